package io.kefu.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Realistic buyer requests: the labelled messages of kefu's triage tests (Chinese and English,
 * every category), the demo marketplace's customers and their orders, and personal data to
 * redact in about one request in five (mobile numbers, national ID numbers, bank card numbers,
 * all with valid check digits so kefu's privacy guard must mask them).
 */
final class Corpus {

  record Message(String text, String category, String emotion, boolean english) {}

  record Customer(String id, boolean prefersEnglish, String tier, boolean flagged,
      List<String> orders) {}

  /** One generated request: the body kefu receives, and what was picked for it. */
  private record Request(Map<String, Object> body, Message message, Customer customer) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Categories that need an agent: used to create cases that wait at the diagnosis. */
  private static final Set<String> COMPLAINTS =
      Set.of("TRANSACTION_DISPUTE", "LOGISTICS", "PAYMENT_REFUND", "ACCOUNT_SECURITY");
  private static final String[] CHANNELS =
      {"APP", "APP", "APP", "APP", "WEB", "WEB", "WECHAT", "WECHAT", "PHONE", "EMAIL", "SOCIAL"};
  private static final String[] OUTCOMES =
      {"REFUND_ONLY", "RETURN_REFUND", "EXCHANGE", "COMPENSATION", "INFORMATION"};

  private final List<Message> chinese = new ArrayList<>();
  private final List<Message> english = new ArrayList<>();
  private final List<Message> complaintsZh = new ArrayList<>();
  private final List<Message> complaintsEn = new ArrayList<>();
  private final List<Customer> customers = new ArrayList<>();
  private final Map<String, Double> orderAmounts = new HashMap<>();
  /** Requests sent to kefu's model per customer: kefu's triage counts a customer's cases. */
  private final Map<String, java.util.concurrent.atomic.AtomicInteger> modelRequests =
      new java.util.concurrent.ConcurrentHashMap<>();

  Corpus(Path csv, Connection kefuDb) throws IOException, SQLException {
    List<List<String>> rows = parseCsv(Files.readString(csv, StandardCharsets.UTF_8));
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() < 2 || row.get(0).isBlank()) {
        continue;
      }
      String text = row.get(0);
      boolean en = text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c)
          == Character.UnicodeScript.HAN);
      Message m = new Message(text, row.get(1), row.size() > 2 ? row.get(2) : "CALM", en);
      (en ? english : chinese).add(m);
      if (COMPLAINTS.contains(m.category())) {
        (en ? complaintsEn : complaintsZh).add(m);
      }
    }
    Map<String, List<String>> orders = new HashMap<>();
    try (Statement s = kefuDb.createStatement();
         ResultSet rs = s.executeQuery(
             "SELECT customer_id, order_number, amount FROM mkt_order")) {
      while (rs.next()) {
        orders.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        orderAmounts.put(rs.getString(2), rs.getDouble(3));
      }
    }
    try (Statement s = kefuDb.createStatement();
         ResultSet rs = s.executeQuery(
             "SELECT id, preferred_language, tier, risk_flags FROM mkt_customer ORDER BY id")) {
      while (rs.next()) {
        String flags = rs.getString(4);
        customers.add(new Customer(rs.getString(1), "en".equals(rs.getString(2)),
            rs.getString(3), flags != null && !flags.isBlank(),
            orders.getOrDefault(rs.getString(1), List.of())));
      }
    }
    if (customers.isEmpty() || chinese.isEmpty() || english.isEmpty()) {
      throw new IllegalStateException("No demo customers or no messages: is kefu.demo.enabled "
          + "on, and is " + csv + " kefu's labelled-messages.csv?");
    }
  }

  int messages() {
    return chinese.size() + english.size();
  }

  int customers() {
    return customers.size();
  }

  /** A buyer's request as a channel integration would send it. */
  String intake(Random r, String requestId, boolean complaintOnly) {
    return json(request(r, requestId, complaintOnly).body());
  }

  /**
   * The same request as {@link #intake} (the same random choices) as a start of kefu's model on
   * the bare engine (profile kefu-model): the variables kefu's intake passes to its process, and
   * as transient {@code standIn*} variables what kefu's classifier, marketplace look-up and
   * customer history would find: the corpus's labels, the customer's tier and risk flag, the
   * order's amount, and the customer's earlier requests in this run (kefu counts the customer's
   * cases of the last 30 days; after the warm-up every demo customer has dozens, so triage's
   * repeat-complainant rule routes most requests to senior agents in both).
   */
  String modelStart(Random r, String requestId, long caseId) {
    Request q = request(r, requestId, false);
    Map<String, Object> vars = new LinkedHashMap<>();
    String caseNumber = "CS-BENCH-" + caseId;
    vars.put("caseId", Map.of("value", caseId, "type", "Long"));
    vars.put("caseNumber", Map.of("value", caseNumber, "type", "String"));
    vars.put("customerId", Map.of("value", q.customer().id(), "type", "String"));
    Object order = q.body().get("orderNumber");
    vars.put("orderNumber", order == null ? Map.of("type", "Null")
        : Map.of("value", order, "type", "String"));
    vars.put("language", Map.of("value", q.message().english() ? "en" : "zh", "type", "String"));
    vars.put("description", Map.of("value", q.body().get("description"), "type", "String"));
    vars.put("selfServiceConfirmationTimeout", Map.of("value", "PT24H", "type", "String"));
    vars.put("standInCategory", standIn(q.message().category(), "String"));
    vars.put("standInEmotion", standIn(q.message().emotion(), "String"));
    vars.put("standInTier", standIn(q.customer().tier(), "String"));
    vars.put("standInAmount",
        standIn(order == null ? 0.0 : orderAmounts.getOrDefault(order, 0.0), "Double"));
    vars.put("standInAccountRisk", standIn(q.customer().flagged(), "Boolean"));
    vars.put("standInComplaints30d", standIn(modelRequests.computeIfAbsent(q.customer().id(),
        k -> new java.util.concurrent.atomic.AtomicInteger()).getAndIncrement(), "Integer"));
    return json(Map.of("businessKey", caseNumber, "variables", vars));
  }

  private static Map<String, Object> standIn(Object value, String type) {
    return Map.of("value", value, "type", type, "valueInfo", Map.of("transient", true));
  }

  private Request request(Random r, String requestId, boolean complaintOnly) {
    Customer c = customers.get(r.nextInt(customers.size()));
    boolean en = c.prefersEnglish() ? r.nextDouble() < 0.8 : r.nextDouble() < 0.15;
    List<Message> pool = complaintOnly ? (en ? complaintsEn : complaintsZh)
        : (en ? english : chinese);
    Message m = pool.get(r.nextInt(pool.size()));
    String text = m.text();
    if (r.nextDouble() < 0.2) {
      text = withPersonalData(r, text, m.english());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("requestId", requestId);
    body.put("channel", CHANNELS[r.nextInt(CHANNELS.length)]);
    body.put("customerId", c.id());
    if (!c.orders().isEmpty() && r.nextDouble() < 0.7) {
      body.put("orderNumber", c.orders().get(r.nextInt(c.orders().size())));
    }
    body.put("description", text);
    if (r.nextDouble() < 0.6) {
      body.put("desiredOutcome", OUTCOMES[r.nextInt(OUTCOMES.length)]);
    }
    if (r.nextDouble() < 0.15) {
      body.put("attachments", List.of(Map.of("type", "IMAGE", "name",
          "photo-" + r.nextInt(1000) + ".jpg",
          "url", "https://img.example.com/u/" + Long.toHexString(r.nextLong()) + ".jpg")));
    }
    return new Request(body, m, c);
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String withPersonalData(Random r, String text, boolean en) {
    return switch (r.nextInt(3)) {
      case 0 -> text + (en ? " You can call me on " : "，我的手机号 ") + mobile(r)
          + (en ? " any time." : "，请尽快联系我");
      case 1 -> text + (en ? " My ID number is " : "。身份证号 ") + nationalId(r)
          + (en ? " if you need it." : " 可以核实");
      default -> text + (en ? " Please refund to my card " : "，退款请退到银行卡 ") + bankCard(r)
          + (en ? " thanks." : " 谢谢");
    };
  }

  static String mobile(Random r) {
    StringBuilder s = new StringBuilder("1").append(3 + r.nextInt(7));
    for (int i = 0; i < 9; i++) {
      s.append(r.nextInt(10));
    }
    return s.toString();
  }

  static String nationalId(Random r) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    char[] check = "10X98765432".toCharArray();
    String body = String.format("%06d%04d%02d%02d%03d", 110101 + r.nextInt(500),
        1960 + r.nextInt(45), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(1000));
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * weights[i];
    }
    return body + check[sum % 11];
  }

  static String bankCard(Random r) {
    StringBuilder s = new StringBuilder("622202");
    for (int i = 0; i < 9; i++) {
      s.append(r.nextInt(10));
    }
    int sum = 0;
    boolean dbl = true; // the check digit will be appended on the right
    for (int i = s.length() - 1; i >= 0; i--) {
      int d = s.charAt(i) - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    s.append((10 - sum % 10) % 10);
    return s.substring(0, 4) + " " + s.substring(4, 8) + " " + s.substring(8, 12) + " "
        + s.substring(12);
  }

  /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(ch);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
