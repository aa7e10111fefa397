package io.kefu.resolution;

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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * <b>Simulator</b> of the coupon service ({@link CouponService}), backed by kefu's table
 * {@code sim_coupon} and the marketplace simulator's customers. It issues coupons no shop
 * accepts; it behaves like the real service so kefu runs stand-alone.
 *
 * <p>Coupons are in CNY, for a known buyer, worth at most
 * {@code kefu.simulators.coupon-service.max-value} (default 500); each gets a code
 * {@code KF…}. Works in its own transactions ({@link SimulatedSystem}). Failure injection
 * ({@link SimulatorControl}), simulator {@value #NAME}: operations {@code issue} (keys: coupon
 * id, customer id; refusals as {@link CouponRefusedException}) and {@code query} (technical
 * only). Removed with {@code kefu.resolution.simulator.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "kefu.resolution.simulator.enabled", havingValue = "true",
    matchIfMissing = true)
public class SimulatedCouponService implements CouponService, Simulator {

  /** The simulator's name in failure rules. */
  public static final String NAME = "coupon-service";
  static final String ISSUE = "issue";
  static final String QUERY = "query";
  private static final String CURRENCY = "CNY";

  private final JdbcClient jdbc;
  private final SimulatorControl control;
  private final SimulatorNumbers numbers;
  private final SimulatedSystem system;
  private final Clock clock;
  private final BigDecimal maxValue;

  public SimulatedCouponService(JdbcClient jdbc, SimulatorControl control,
      SimulatorNumbers numbers, PlatformTransactionManager transactions, Clock clock,
      @Value("${kefu.simulators.coupon-service.max-value:500}") BigDecimal maxValue) {
    this.jdbc = jdbc;
    this.control = control;
    this.numbers = numbers;
    this.system = new SimulatedSystem(transactions);
    this.clock = clock;
    this.maxValue = maxValue;
  }

  @Override
  public Coupon issue(CouponRequest request) throws CouponRefusedException {
    Optional<InjectedRefusal> injected = control.check(NAME, ISSUE, request.couponId(),
        request.customerId());
    if (injected.isPresent()) {
      throw new CouponRefusedException(injected.get().as(CouponRefusedException.Reason.class,
          CouponRefusedException.Reason.BUDGET_EXHAUSTED),
          "The coupon service refused the coupon (simulated refusal)");
    }
    BigDecimal value = request.value().setScale(2, RoundingMode.UNNECESSARY);
    Instant validFrom = request.validFrom().truncatedTo(ChronoUnit.MICROS);
    Instant validUntil = request.validUntil().truncatedTo(ChronoUnit.MICROS);
    Outcome<Coupon> outcome = system.run(() -> {
      Optional<Coupon> existing = find(request.couponId());
      if (existing.isPresent()) {
        Coupon first = existing.get();
        if (!first.customerId().equals(request.customerId())
            || first.value().compareTo(value) != 0
            || !first.currency().equals(request.currency())
            || !first.validFrom().equals(validFrom)
            || !first.validUntil().equals(validUntil)) {
          throw new IdempotencyConflictException(request.couponId(),
              "Coupon id " + request.couponId() + " was used with other values");
        }
        return Outcome.of(first);
      }
      if (!CURRENCY.equals(request.currency())) {
        return Outcome.refused(CouponRefusedException.Reason.CURRENCY_NOT_SUPPORTED,
            "Coupons are issued in " + CURRENCY + " only");
      }
      if (value.compareTo(maxValue) > 0) {
        return Outcome.refused(CouponRefusedException.Reason.VALUE_ABOVE_LIMIT,
            "A service coupon is worth at most " + maxValue.toPlainString() + " " + CURRENCY);
      }
      boolean known = jdbc.sql("SELECT COUNT(*) FROM mkt_customer WHERE id = :id")
          .param("id", request.customerId()).query(Integer.class).single() > 0;
      if (!known) {
        return Outcome.refused(CouponRefusedException.Reason.CUSTOMER_NOT_FOUND,
            "No buyer " + request.customerId());
      }
      Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
      String code = String.format(Locale.ROOT, "KF%010d", numbers.next());
      jdbc.sql("""
          INSERT INTO sim_coupon (coupon_id, customer_id, amount, currency, valid_from,
            valid_until, reason, code, issued_at)
          VALUES (:id, :customer, :amount, :currency, :from, :until, :reason, :code, :now)""")
          .param("id", request.couponId()).param("customer", request.customerId())
          .param("amount", value).param("currency", request.currency())
          .param("from", utc(validFrom)).param("until", utc(validUntil))
          .param("reason", request.reason()).param("code", code).param("now", utc(now))
          .update();
      return Outcome.of(new Coupon(request.couponId(), request.customerId(), value,
          request.currency(), validFrom, validUntil, code, now));
    });
    if (outcome.isRefused()) {
      throw new CouponRefusedException(CouponRefusedException.Reason.valueOf(outcome.refusal()),
          outcome.message());
    }
    return outcome.value();
  }

  @Override
  public Optional<Coupon> findCoupon(String couponId) {
    control.check(NAME, QUERY, couponId);
    return find(couponId);
  }

  private Optional<Coupon> find(String couponId) {
    return jdbc.sql("SELECT * FROM sim_coupon WHERE coupon_id = :id").param("id", couponId)
        .query(COUPON).optional();
  }

  @Override
  public String simulatorName() {
    return NAME;
  }

  @Override
  public Map<String, List<String>> operations() {
    return Map.of(
        ISSUE, List.of("BUDGET_EXHAUSTED", "CUSTOMER_NOT_FOUND", "CURRENCY_NOT_SUPPORTED",
            "VALUE_ABOVE_LIMIT"),
        QUERY, List.of());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static final RowMapper<Coupon> COUPON = (rs, i) -> new Coupon(
      rs.getString("coupon_id"), rs.getString("customer_id"),
      rs.getBigDecimal("amount").setScale(2), rs.getString("currency"),
      instant(rs, "valid_from"), instant(rs, "valid_until"), rs.getString("code"),
      instant(rs, "issued_at"));
}
