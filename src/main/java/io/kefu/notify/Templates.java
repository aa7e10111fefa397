package io.kefu.notify;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The buyer-message templates kefu uses, with the values each one is given. Seed 004's four
 * kinds - {@link #OPENING}, {@link #CLARIFICATION}, {@link #APOLOGY_OPTIONS}, {@link #RESOLVED} -
 * and the lifecycle's other messages. Every language file must define all of them; a template
 * that uses a value not listed here fails at load time (see {@link TemplateCatalog}).
 */
public final class Templates {
  private Templates() {}

  /**
   * 开场/受理: greeting (an empathetic line first for an upset or angry buyer), the receipt with
   * the case number and the expected times, and what would help to resolve it. Values:
   * {@code caseNumber, angry, upset, calm, firstResponseBy, resolutionBy, orderNumber}.
   */
  public static final String OPENING = "opening";

  /**
   * 澄清/补充信息: confirm the problem and ask for what is missing. Values: {@code caseNumber,
   * category} (a {@link Phrase} {@code category.<CATEGORY>} or a text), {@code errorText} (what
   * the buyer saw, or null), {@code questions} (a list of phrases {@code ask.*} or texts).
   */
  public static final String CLARIFICATION = "clarification";

  /**
   * 致歉+方案与时限: an apology and one or two options with the time each takes. Values:
   * {@code caseNumber}, {@code options} (a list of maps with {@code label}, {@code text} and
   * {@code due}, an {@link Instant}), {@code replyBy} (until when the buyer may choose, or null).
   */
  public static final String APOLOGY_OPTIONS = "apology-options";

  /**
   * 已解决+处理清单: the case is resolved, with the list of actions taken. Values:
   * {@code caseNumber}, {@code actions} (a list of phrases {@code action.*} or texts),
   * {@code closedWithoutReply} (true when it closed because the buyer did not answer).
   */
  public static final String RESOLVED = "resolved";

  /**
   * The knowledge base's standard answer to a simple question. Values: {@code caseNumber,
   * title, answer, link, confirmationHint}.
   */
  public static final String SELF_SERVICE_ANSWER = "self-service-answer";

  /** The self-service answer did not help: an agent takes over. Values: {@code caseNumber, firstResponseBy}. */
  public static final String HANDOVER = "handover";

  /** An agent diagnosed the request. Values: {@code caseNumber, resolutionBy} (may be null). */
  public static final String DIAGNOSIS_DONE = "diagnosis-done";
  public static final String REMINDER = "reminder";
  public static final String CLOSED_NO_REPLY = "closed-no-reply";

  /**
   * Resolution: what the carrier says about the parcel. Values: {@code caseNumber,
   * trackingNumber, state} (a phrase {@code parcel.<ParcelState>} or {@code parcel.UNKNOWN}).
   */
  public static final String PARCEL_STATUS = "parcel-status";
  /**
   * Resolution: one step of the remedy was carried out. Values: {@code caseNumber, action} (a
   * phrase {@code action.refund}, {@code action.reship}...).
   */
  public static final String REMEDY_PROGRESS = "remedy-progress";
  /** The case goes to dispute handling: the platform gets involved. Values: {@code caseNumber}. */
  public static final String PLATFORM_INVOLVED = "platform-involved";
  /** Closed because the buyer did not send the item back. Values: {@code caseNumber}. */
  public static final String CLOSED_NO_RETURN = "closed-no-return";

  /** Phrases of remedies offered ({@code remedy.<REMEDY>}, values amount, coupon, currency). */
  public static final List<String> REMEDIES = List.of("RESHIP", "PARTIAL_REFUND", "FULL_REFUND",
      "RETURN_AND_REFUND", "COUPON", "EXPEDITE", "GUIDANCE_ONLY");
  /** Phrases of actions taken by resolution (items of {@link #RESOLVED} and {@link #REMEDY_PROGRESS}). */
  public static final String ACTION_REFUND = "action.refund";
  public static final String ACTION_RESHIP = "action.reship";
  public static final String ACTION_COUPON = "action.coupon";
  public static final String ACTION_EXPEDITE = "action.expedite";
  public static final String ACTION_CARRIER_CLAIM = "action.carrier-claim";
  /** Parcel states the carrier reports ({@code parcel.<STATE>}), plus {@code parcel.UNKNOWN}. */
  public static final List<String> PARCEL_STATES = List.of("AWAITING_COLLECTION", "IN_TRANSIT",
      "OUT_FOR_DELIVERY", "DELIVERED", "STUCK", "LOST", "RETURNED_TO_SENDER", "RETURN_IN_TRANSIT",
      "RETURN_RECEIVED", "UNKNOWN");
  /**
   * 退货指引: how to send the item back (My orders -> After-sales, proof, rules, how long each
   * step takes). Values: {@code caseNumber, orderNumber} (may be null), {@code trackingBy}.
   */
  public static final String RETURN_GUIDANCE = "return-guidance";
  /** The return tracking number has not arrived yet. Values: {@code caseNumber, trackingBy}. */
  public static final String RETURN_REMINDER = "return-reminder";
  /**
   * The carrier registered the return parcel. Values: {@code caseNumber, carrier} (name in the
   * buyer's language), {@code trackingNumber, receivedBy}.
   */
  public static final String RETURN_REGISTERED = "return-registered";
  /**
   * The carrier refused the tracking number: send another. Values: {@code caseNumber,
   * trackingNumber, trackingBy} (may be null).
   */
  public static final String RETURN_TRACKING_REFUSED = "return-tracking-refused";
  /** The seller's side received the return parcel. Values: {@code caseNumber, trackingNumber}. */
  public static final String RETURN_RECEIVED = "return-received";
  /** No tracking number arrived in time: the return ends. Values: {@code caseNumber}. */
  public static final String RETURN_NO_TRACKING = "return-no-tracking";
  /**
   * The return parcel did not arrive in time; kefu follows it up. Values: {@code caseNumber,
   * trackingNumber}.
   */
  public static final String RETURN_NOT_RECEIVED = "return-not-received";
  /** The seller was asked to respond. Values: {@code caseNumber, respondBy}. */
  public static final String SELLER_ASKED = "seller-asked";
  /** The seller agreed. Values: {@code caseNumber, comment} (may be null). */
  public static final String SELLER_ACCEPTED = "seller-accepted";
  /** The seller refused; the platform looks into it. Values: {@code caseNumber, comment}. */
  public static final String SELLER_REJECTED = "seller-rejected";
  /** The seller did not answer in time: approved automatically. Values: {@code caseNumber}. */
  public static final String SELLER_AUTO_APPROVED = "seller-auto-approved";
  /** The store cannot be reached (closed); the platform decides. Values: {@code caseNumber}. */
  public static final String SELLER_UNREACHABLE = "seller-unreachable";

  /** Phrases for the items of {@link #RESOLVED}'s list of actions. */
  public static final String ACTION_SELF_SERVICE_ANSWER_SENT = "action.self-service-answer-sent";
  public static final String ACTION_BUYER_CONFIRMED = "action.buyer-confirmed";
  public static final String ACTION_NO_REPLY = "action.no-reply";
  public static final String ACTION_CASE_CLOSED = "action.case-closed";

  /** Phrases for {@link #CLARIFICATION}'s questions. */
  public static final String ASK_ORDER_NUMBER = "ask.order-number";
  public static final String ASK_ERROR_MESSAGE = "ask.error-message";
  public static final String ASK_SCREENSHOT = "ask.screenshot";
  public static final String ASK_EXPECTED_OUTCOME = "ask.expected-outcome";

  /** The phrase naming a problem category, e.g. {@code category.LOGISTICS}. */
  public static Phrase category(String category) {
    return Phrase.of("category." + category);
  }

  /** The phrases kefu's code uses: every language must define them. */
  static final Set<String> REQUIRED_PHRASES = Set.of(ACTION_SELF_SERVICE_ANSWER_SENT,
      ACTION_BUYER_CONFIRMED, ACTION_NO_REPLY, ACTION_CASE_CLOSED, ASK_ORDER_NUMBER,
      ASK_ERROR_MESSAGE, ASK_SCREENSHOT, ASK_EXPECTED_OUTCOME, "category.TRANSACTION_DISPUTE",
      "category.ACCOUNT_SECURITY", "category.LOGISTICS", "category.FEATURE_USAGE",
      "category.ORDER_QUERY", "category.PAYMENT_REFUND");

  /** Every phrase kefu's code uses, resolution's included. */
  static Set<String> requiredPhrases() {
    Set<String> all = new java.util.HashSet<>(REQUIRED_PHRASES);
    REMEDIES.forEach(r -> all.add("remedy." + r));
    PARCEL_STATES.forEach(p -> all.add("parcel." + p));
    all.addAll(List.of(ACTION_REFUND, ACTION_RESHIP, ACTION_COUPON, ACTION_EXPEDITE,
        ACTION_CARRIER_CLAIM));
    return Set.copyOf(all);
  }

  /**
   * Every template kefu uses, with sample values of every value it is given: a template is
   * validated by rendering it with these.
   */
  static final Map<String, Map<String, Object>> SAMPLES = samples();

  private static Map<String, Map<String, Object>> samples() {
    Instant t = Instant.parse("2026-11-23T06:30:00Z");
    Map<String, Map<String, Object>> s = new LinkedHashMap<>();
    s.put(OPENING, Map.of("caseNumber", "CS-20261123-000001", "angry", true, "upset", false,
        "calm", false, "firstResponseBy", t, "resolutionBy", t, "orderNumber", "O2026110100001"));
    s.put(CLARIFICATION, Map.of("caseNumber", "CS-20261123-000001",
        "category", category("LOGISTICS"), "errorText", "支付失败 E102",
        "questions", List.of(Phrase.of(ASK_ORDER_NUMBER), Phrase.of(ASK_ERROR_MESSAGE),
            Phrase.of(ASK_SCREENSHOT), Phrase.of(ASK_EXPECTED_OUTCOME), "free text")));
    s.put(APOLOGY_OPTIONS, Map.of("caseNumber", "CS-20261123-000001",
        "options", List.of(Map.of("label", "A", "text", "reship", "due", t),
            Map.of("label", "B", "text", "refund", "due", t)),
        "replyBy", t));
    s.put(RESOLVED, Map.of("caseNumber", "CS-20261123-000001", "closedWithoutReply", false,
        "actions", List.of(Phrase.of(ACTION_SELF_SERVICE_ANSWER_SENT, "title", "title"),
            Phrase.of(ACTION_BUYER_CONFIRMED), Phrase.of(ACTION_NO_REPLY),
            Phrase.of(ACTION_CASE_CLOSED, "caseNumber", "CS-20261123-000001"), "free text")));
    s.put(SELF_SERVICE_ANSWER, Map.of("caseNumber", "CS-20261123-000001", "title", "title",
        "answer", "answer", "link", "https://help.example/x", "confirmationHint", "hint"));
    s.put(HANDOVER, Map.of("caseNumber", "CS-20261123-000001", "firstResponseBy", t));
    s.put(DIAGNOSIS_DONE, Map.of("caseNumber", "CS-20261123-000001", "resolutionBy", t));
    s.put(REMINDER, Map.of("caseNumber", "CS-20261123-000001",
        "questions", List.of("free text"), "closeBy", t));
    s.put(CLOSED_NO_REPLY, Map.of("caseNumber", "CS-20261123-000001"));
    s.put(PARCEL_STATUS, Map.of("caseNumber", "CS-20261123-000001",
        "trackingNumber", "SF1402638154729", "state", Phrase.of("parcel.LOST")));
    s.put(REMEDY_PROGRESS, Map.of("caseNumber", "CS-20261123-000001",
        "action", Phrase.of(ACTION_REFUND, Map.of("amount", "60.00", "currency", "CNY",
            "reference", "SIMPAY-000000000001"))));
    s.put(PLATFORM_INVOLVED, Map.of("caseNumber", "CS-20261123-000001"));
    s.put(CLOSED_NO_RETURN, Map.of("caseNumber", "CS-20261123-000001"));
    s.put(RETURN_GUIDANCE, Map.of("caseNumber", "CS-20261123-000001",
        "orderNumber", "O2026110100001", "trackingBy", t));
    s.put(RETURN_REMINDER, Map.of("caseNumber", "CS-20261123-000001", "trackingBy", t));
    s.put(RETURN_REGISTERED, Map.of("caseNumber", "CS-20261123-000001", "carrier", "顺丰速运",
        "trackingNumber", "SF1234567890123", "receivedBy", t));
    s.put(RETURN_TRACKING_REFUSED, Map.of("caseNumber", "CS-20261123-000001",
        "trackingNumber", "SF1234567890123", "trackingBy", t));
    s.put(RETURN_RECEIVED, Map.of("caseNumber", "CS-20261123-000001",
        "trackingNumber", "SF1234567890123"));
    s.put(RETURN_NO_TRACKING, Map.of("caseNumber", "CS-20261123-000001"));
    s.put(RETURN_NOT_RECEIVED, Map.of("caseNumber", "CS-20261123-000001",
        "trackingNumber", "SF1234567890123"));
    s.put(SELLER_ASKED, Map.of("caseNumber", "CS-20261123-000001", "respondBy", t));
    s.put(SELLER_ACCEPTED, Map.of("caseNumber", "CS-20261123-000001", "comment", "同意退款"));
    s.put(SELLER_REJECTED, Map.of("caseNumber", "CS-20261123-000001", "comment", "商品无质量问题"));
    s.put(SELLER_AUTO_APPROVED, Map.of("caseNumber", "CS-20261123-000001"));
    s.put(SELLER_UNREACHABLE, Map.of("caseNumber", "CS-20261123-000001"));
    return Map.copyOf(s);
  }
}
