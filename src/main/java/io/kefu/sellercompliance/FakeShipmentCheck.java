package io.kefu.sellercompliance;

import io.kefu.cases.AuditAction;
import io.kefu.cases.AuditTrail;
import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRecord;
import io.kefu.cases.CaseRepository;
import io.kefu.intake.IntakeRequest;
import io.kefu.intake.IntakeService;
import io.kefu.marketplace.Customer;
import io.kefu.marketplace.CustomerDirectory;
import io.kefu.marketplace.Order;
import io.kefu.marketplace.OrderDirectory;
import io.kefu.marketplace.OrderStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The fake-shipment check (seed 003): orders whose tracking number was uploaded but which the
 * carrier did not collect within {@code kefu.fake-shipments.uncollected-after} get a proactive
 * case for the buyer and a warning against the seller. Every step may run again (jobs are
 * at-least-once, the sweep repeats): the case is unique per order (intake's request id), the
 * warning per seller, order and kind.
 */
@Service("fakeShipmentCheck")
public class FakeShipmentCheck {

  /** Channel of the cases kefu opens itself. */
  public static final String CHANNEL = "PROACTIVE";
  /** Intake's request id of the case opened for an order. */
  public static final String REQUEST_ID_PREFIX = "fake-shipment-";
  /** Actor of the seller warning in the audit trail. */
  public static final String ACTOR = "system";

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final OrderDirectory orders;
  private final CustomerDirectory customers;
  private final IntakeService intake;
  private final CaseRepository cases;
  private final AuditTrail audit;
  private final SellerWarnings warnings;
  private final FakeShipmentSettings settings;
  private final Clock clock;
  private final ZoneId zone;

  public FakeShipmentCheck(OrderDirectory orders, CustomerDirectory customers,
      IntakeService intake, CaseRepository cases, AuditTrail audit, SellerWarnings warnings,
      FakeShipmentSettings settings, Clock clock,
      @Value("${kefu.zone:Asia/Shanghai}") String zone) {
    this.orders = orders;
    this.customers = customers;
    this.intake = intake;
    this.cases = cases;
    this.audit = audit;
    this.warnings = warnings;
    this.settings = settings;
    this.clock = clock;
    this.zone = ZoneId.of(zone);
  }

  /** The latest upload time that is overdue now. */
  public Instant shippedBefore() {
    return clock.instant().minus(settings.getUncollectedAfter());
  }

  /**
   * Orders not collected in time whose seller has not been warned for them yet, oldest upload
   * first, at most {@code max-per-sweep}.
   */
  public List<String> candidates() {
    return orders.uncollectedShipments(shippedBefore()).stream()
        .filter(o -> !warnings.existsForOrder(o.orderNumber(), SellerWarnings.FAKE_SHIPMENT))
        .limit(settings.getMaxPerSweep())
        .map(Order::orderNumber)
        .toList();
  }

  /** For the multi-instance collection: {@code "a,b"} to {@code [a, b]}; empty for none. */
  public List<String> split(String orderNumbers) {
    if (orderNumbers == null || orderNumbers.isBlank()) {
      return List.of();
    }
    return Arrays.stream(orderNumbers.split(",")).map(String::trim)
        .filter(s -> !s.isEmpty()).toList();
  }

  /**
   * Opens the buyer's proactive case for the order through kefu's normal intake, unless the
   * order was collected meanwhile. Opening it again returns the same case.
   *
   * @return the case, or empty if the order is no longer overdue and has no case
   */
  public Optional<CaseRecord> openProactiveCase(String orderNumber) {
    Optional<CaseRecord> existing = proactiveCase(orderNumber);
    if (existing.isPresent()) {
      return existing;
    }
    Order order = order(orderNumber);
    if (!stillUncollected(order)) {
      return Optional.empty();
    }
    Customer buyer = customers.findCustomer(order.customerId())
        .orElseThrow(() -> new IllegalStateException("Unknown buyer " + order.customerId()));
    String caseNumber = intake.submit(CaseEvent.SYSTEM, new IntakeRequest(
        REQUEST_ID_PREFIX + orderNumber, CHANNEL, buyer.id(), orderNumber,
        description(order, buyer.preferredLanguage()), null, null)).response().caseNumber();
    return cases.findByNumber(caseNumber);
  }

  /** The case opened for this order, if any. */
  public Optional<CaseRecord> proactiveCase(String orderNumber) {
    return cases.findByRequest(CaseEvent.SYSTEM, REQUEST_ID_PREFIX + orderNumber);
  }

  /**
   * Records the fake-shipment warning against the order's seller, in {@code
   * kefu_seller_warning} and in the case's audit trail; nothing if there is no case (the order was
   * collected before one was opened) or the warning exists.
   *
   * @return true if recorded now
   */
  public boolean warnSeller(String orderNumber) {
    Optional<CaseRecord> proactive = proactiveCase(orderNumber);
    if (proactive.isEmpty()) {
      return false;
    }
    Order order = order(orderNumber);
    long caseId = proactive.get().id();
    String reason = "tracking number uploaded " + when(order.shippedAt()) + ", not collected "
        + "within " + hours() + " h";
    boolean recorded = warnings.record(order.sellerId(), orderNumber,
        SellerWarnings.FAKE_SHIPMENT, caseId, reason);
    audit.record(caseId, ACTOR, AuditAction.SELLER_WARNING, reason,
        null, "{\"seller\":\"" + order.sellerId() + "\",\"kind\":\""
            + SellerWarnings.FAKE_SHIPMENT + "\",\"order\":\"" + orderNumber + "\"}",
        REQUEST_ID_PREFIX + orderNumber);
    return recorded;
  }

  private Order order(String orderNumber) {
    return orders.findOrder(orderNumber)
        .orElseThrow(() -> new IllegalStateException("Unknown order " + orderNumber));
  }

  private boolean stillUncollected(Order order) {
    return order.status() == OrderStatus.SHIPPED && order.collectedAt() == null
        && order.shippedAt() != null && order.shippedAt().isBefore(shippedBefore());
  }

  private String description(Order order, String language) {
    String carrierZh = order.carrier() == null ? "" : order.carrier().chineseName() + " ";
    String carrierEn = order.carrier() == null ? "" : order.carrier().englishName() + " ";
    String tracking = order.trackingNumber() == null ? "" : order.trackingNumber();
    if ("en".equals(language)) {
      return "[Opened by kefu] For your order " + order.orderNumber() + " (" + order.itemTitle()
          + ") the seller uploaded tracking number " + carrierEn + tracking + " on "
          + when(order.shippedAt()) + ", but the carrier has not collected the parcel: a "
          + "possible fake shipment. We are looking into it for you.";
    }
    return "【系统主动发起】您的订单 " + order.orderNumber() + "（" + order.itemTitle() + "）卖家已于 "
        + when(order.shippedAt()) + " 上传运单号 " + carrierZh + tracking
        + "，但快递公司至今未揽收，疑似假发货。我们已主动为您跟进处理。";
  }

  private String when(Instant instant) {
    return instant == null ? "-" : WHEN.format(instant.atZone(zone)) + " (" + zone + ")";
  }

  private String hours() {
    return Long.toString(settings.getUncollectedAfter().toHours());
  }
}
