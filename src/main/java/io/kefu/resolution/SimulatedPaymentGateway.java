package io.kefu.resolution;

import io.kefu.platform.integration.ExternalSystemException;
import io.kefu.platform.integration.IdempotencyConflictException;
import io.kefu.platform.simulator.InjectedRefusal;
import io.kefu.platform.simulator.SimulatedSystem;
import io.kefu.platform.simulator.SimulatedSystem.Outcome;
import io.kefu.platform.simulator.Simulator;
import io.kefu.platform.simulator.SimulatorControl;
import io.kefu.platform.simulator.SimulatorNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * <b>Simulator</b> of the payment gateway ({@link PaymentGateway}), backed by kefu's table
 * {@code sim_refund} and the marketplace simulator's orders ({@code mkt_order}). It moves no
 * money; it behaves like the real gateway so kefu runs stand-alone, for demos and tests.
 *
 * <ul>
 *   <li>A refund is accepted as {@link RefundStatus#REQUESTED} with a gateway reference
 *       ({@code SIMPAY-…}) and becomes {@link RefundStatus#SUCCEEDED} once
 *       {@code kefu.simulators.payment-gateway.settle-after} (default {@code PT0S}: at once) has
 *       passed on kefu's clock - checked whenever the refund is asked for again.
 *   <li>Only paid orders are refundable; an order the demo data shows {@code REFUNDED} already
 *       had its full amount refunded.
 *   <li>Works in its own transactions, like the real gateway ({@link SimulatedSystem}): a refund
 *       stays made when the caller's transaction rolls back; its retry finds it by refund id.
 * </ul>
 *
 * <p>Failure injection ({@link SimulatorControl}), simulator {@value #NAME}: operation
 * {@code refund} (keys: refund id, order number; refusals as {@link PaymentRefusedException}),
 * {@code settle} (a refusal makes the refund {@link RefundStatus#FAILED} with that code; a
 * technical failure leaves it {@code REQUESTED}) and {@code query} (technical only). Removed with
 * {@code kefu.resolution.simulator.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "kefu.resolution.simulator.enabled", havingValue = "true",
    matchIfMissing = true)
public class SimulatedPaymentGateway implements PaymentGateway, Simulator {

  /** The simulator's name in failure rules. */
  public static final String NAME = "payment-gateway";
  static final String REFUND = "refund";
  static final String SETTLE = "settle";
  static final String QUERY = "query";

  private final JdbcClient jdbc;
  private final SimulatorControl control;
  private final SimulatorNumbers numbers;
  private final SimulatedSystem system;
  private final Clock clock;
  private final Duration settleAfter;

  @Autowired
  public SimulatedPaymentGateway(JdbcClient jdbc, SimulatorControl control,
      SimulatorNumbers numbers, PlatformTransactionManager transactions, Clock clock,
      @Value("${kefu.simulators.payment-gateway.settle-after:PT0S}") Duration settleAfter) {
    this.jdbc = jdbc;
    this.control = control;
    this.numbers = numbers;
    this.system = new SimulatedSystem(transactions);
    this.clock = clock;
    if (settleAfter.isNegative()) {
      throw new IllegalArgumentException("settle-after must not be negative");
    }
    this.settleAfter = settleAfter;
  }

  @Override
  public Refund refund(RefundRequest request) throws PaymentRefusedException {
    Optional<InjectedRefusal> injected = control.check(NAME, REFUND, request.refundId(),
        request.orderNumber());
    if (injected.isPresent()) {
      throw new PaymentRefusedException(injected.get().as(PaymentRefusedException.Reason.class,
          PaymentRefusedException.Reason.ACCOUNT_CLOSED),
          "The payment gateway refused the refund (simulated refusal)");
    }
    BigDecimal amount = request.amount().setScale(2, RoundingMode.UNNECESSARY);
    Outcome<Refund> outcome = system.run(() -> {
      Optional<Payment> payment = jdbc.sql("SELECT amount, currency, status, paid_at "
              + "FROM mkt_order WHERE order_number = :n FOR UPDATE")
          .param("n", request.orderNumber())
          .query((rs, i) -> new Payment(rs.getBigDecimal("amount"), rs.getString("currency"),
              rs.getString("status"), rs.getObject("paid_at") != null))
          .optional();
      Optional<Refund> existing = find(request.refundId());
      if (existing.isPresent()) {
        Refund first = existing.get();
        if (!first.orderNumber().equals(request.orderNumber())
            || first.amount().compareTo(amount) != 0
            || !first.currency().equals(request.currency())) {
          throw new IdempotencyConflictException(request.refundId(), "Refund id "
              + request.refundId() + " was used with another order, amount or currency");
        }
        return Outcome.of(first);
      }
      if (payment.isEmpty()) {
        return Outcome.refused(PaymentRefusedException.Reason.ORDER_NOT_FOUND,
            "No payment for order " + request.orderNumber());
      }
      if (!payment.get().paid()) {
        return Outcome.refused(PaymentRefusedException.Reason.ORDER_NOT_PAID,
            "Order " + request.orderNumber() + " was never paid");
      }
      if (!payment.get().currency().equals(request.currency())) {
        return Outcome.refused(PaymentRefusedException.Reason.CURRENCY_MISMATCH,
            "Order " + request.orderNumber() + " was paid in " + payment.get().currency());
      }
      BigDecimal refundable = refundable(request.orderNumber(), payment.get());
      if (amount.compareTo(refundable) > 0) {
        return Outcome.refused(PaymentRefusedException.Reason.AMOUNT_EXCEEDS_REFUNDABLE,
            "At most " + refundable.toPlainString() + " " + payment.get().currency()
                + " of order " + request.orderNumber() + " can still be refunded");
      }
      Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
      String reference = String.format(Locale.ROOT, "SIMPAY-%012d", numbers.next());
      jdbc.sql("""
          INSERT INTO sim_refund (refund_id, order_number, amount, currency, reason, status,
            gateway_reference, requested_at)
          VALUES (:id, :order, :amount, :currency, :reason, 'REQUESTED', :reference, :now)""")
          .param("id", request.refundId()).param("order", request.orderNumber())
          .param("amount", amount).param("currency", request.currency())
          .param("reason", request.reason()).param("reference", reference)
          .param("now", utc(now))
          .update();
      return Outcome.of(new Refund(request.refundId(), request.orderNumber(), amount,
          request.currency(), RefundStatus.REQUESTED, reference, null, now, null));
    });
    if (outcome.isRefused()) {
      throw new PaymentRefusedException(PaymentRefusedException.Reason.valueOf(
          outcome.refusal()), outcome.message());
    }
    return settleIfDue(outcome.value());
  }

  private record Payment(BigDecimal amount, String currency, String status, boolean paid) {}

  @Override
  public Optional<Refund> findRefund(String refundId) {
    control.check(NAME, QUERY, refundId);
    return find(refundId).map(this::settleIfDue);
  }

  @Override
  public Optional<BigDecimal> refundableAmount(String orderNumber) {
    control.check(NAME, QUERY, orderNumber);
    return jdbc.sql("SELECT amount, currency, status, paid_at FROM mkt_order "
            + "WHERE order_number = :n")
        .param("n", orderNumber)
        .query((rs, i) -> new Payment(rs.getBigDecimal("amount"), rs.getString("currency"),
            rs.getString("status"), rs.getObject("paid_at") != null))
        .optional()
        .filter(Payment::paid)
        .map(payment -> {
          // settle what is due first, so failed refunds count as refundable again
          jdbc.sql("SELECT refund_id FROM sim_refund WHERE order_number = :n "
                  + "AND status = 'REQUESTED'")
              .param("n", orderNumber).query(String.class).list()
              .forEach(id -> find(id).ifPresent(this::settleIfDue));
          return refundable(orderNumber, payment);
        });
  }

  /** The order amount minus refunds that did not fail (and minus everything if REFUNDED). */
  private BigDecimal refundable(String orderNumber, Payment payment) {
    if ("REFUNDED".equals(payment.status())) {
      return BigDecimal.ZERO.setScale(2);
    }
    BigDecimal refunded = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM sim_refund "
            + "WHERE order_number = :n AND status <> 'FAILED'")
        .param("n", orderNumber).query(BigDecimal.class).single();
    return payment.amount().subtract(refunded).max(BigDecimal.ZERO).setScale(2);
  }

  /**
   * The bank's side: a REQUESTED refund whose settle time has come succeeds - or fails, when a
   * refusal is injected for {@code settle}. A technical failure injected for {@code settle}
   * leaves it REQUESTED (the bank has not answered yet).
   */
  private Refund settleIfDue(Refund refund) {
    if (refund.status() != RefundStatus.REQUESTED) {
      return refund;
    }
    Instant due = refund.requestedAt().plus(settleAfter);
    if (clock.instant().isBefore(due)) {
      return refund;
    }
    Optional<InjectedRefusal> refusal;
    try {
      refusal = control.check(NAME, SETTLE, refund.refundId(), refund.orderNumber());
    } catch (ExternalSystemException bankSilent) {
      return refund;
    }
    RefundStatus status = refusal.isPresent() ? RefundStatus.FAILED : RefundStatus.SUCCEEDED;
    String failureCode = refusal.map(r -> r.as(PaymentRefusedException.Reason.class,
        PaymentRefusedException.Reason.ACCOUNT_CLOSED).name()).orElse(null);
    system.run(() -> Outcome.of(jdbc.sql("UPDATE sim_refund SET status = :status, "
            + "failure_code = :code, completed_at = :at "
            + "WHERE refund_id = :id AND status = 'REQUESTED'")
        .param("status", status.name()).param("code", failureCode).param("at", utc(due))
        .param("id", refund.refundId()).update()));
    return find(refund.refundId()).orElseThrow();
  }

  private Optional<Refund> find(String refundId) {
    return jdbc.sql("SELECT * FROM sim_refund WHERE refund_id = :id").param("id", refundId)
        .query(REFUND_ROW).optional();
  }

  @Override
  public String simulatorName() {
    return NAME;
  }

  @Override
  public Map<String, List<String>> operations() {
    return Map.of(
        REFUND, List.of("ACCOUNT_CLOSED", "ORDER_NOT_FOUND", "ORDER_NOT_PAID",
            "CURRENCY_MISMATCH", "AMOUNT_EXCEEDS_REFUNDABLE"),
        SETTLE, List.of("ACCOUNT_CLOSED"),
        QUERY, List.of());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static final RowMapper<Refund> REFUND_ROW = (rs, i) -> new Refund(
      rs.getString("refund_id"), rs.getString("order_number"),
      rs.getBigDecimal("amount").setScale(2), rs.getString("currency"),
      RefundStatus.valueOf(rs.getString("status")), rs.getString("gateway_reference"),
      rs.getString("failure_code"), instant(rs, "requested_at"), instant(rs, "completed_at"));
}
