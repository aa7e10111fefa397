package io.kefu.marketplace;

import io.kefu.platform.integration.IdempotencyConflictException;
import io.kefu.platform.simulator.InjectedRefusal;
import io.kefu.platform.simulator.SimulatedSystem;
import io.kefu.platform.simulator.SimulatedSystem.Outcome;
import io.kefu.platform.simulator.Simulator;
import io.kefu.platform.simulator.SimulatorControl;
import io.kefu.platform.simulator.SimulatorNumbers;
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
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * <b>Simulator</b> of the marketplace's order and seller operations ({@link OrderActions},
 * {@link SellerActions}), on the same {@code mkt_*} tables as {@link SimulatedMarketplace} plus
 * {@code sim_reshipment} and {@code sim_seller_penalty} (Flyway V22).
 *
 * <ul>
 *   <li>A reship creates a new parcel with the order's carrier and a new tracking number in the
 *       carrier's format (prefixes no demo order uses: SF9…, 79…, YT9…, 31…, JDVR…, 19…); the
 *       order itself is unchanged. {@code SimulatedCarrier} tracks the new parcel.
 *   <li>A store score deduction lowers {@code mkt_seller.credit_score} (not below 0) and keeps
 *       the marketplace's own record of it: penalty id, points, score before and after, reason.
 * </ul>
 *
 * <p>Works in its own transactions, like the real marketplace ({@link SimulatedSystem}). Failure
 * injection ({@link SimulatorControl}): simulator {@value #NAME}, operations {@code reship} (keys:
 * order number, reship id) and {@code reduce-store-score} (keys: seller id, penalty id). Removed
 * with {@code kefu.marketplace.simulator.enabled=false}, together with
 * {@link SimulatedMarketplace}.
 */
@Component
@ConditionalOnProperty(name = "kefu.marketplace.simulator.enabled", havingValue = "true",
    matchIfMissing = true)
public class SimulatedMarketplaceActions implements OrderActions, SellerActions, Simulator {

  /** The simulator's name in failure rules. */
  public static final String NAME = "marketplace";
  static final String RESHIP = "reship";
  static final String REDUCE_SCORE = "reduce-store-score";

  private final JdbcClient jdbc;
  private final SimulatorControl control;
  private final SimulatorNumbers numbers;
  private final SimulatedSystem system;
  private final Clock clock;

  public SimulatedMarketplaceActions(JdbcClient jdbc, SimulatorControl control,
      SimulatorNumbers numbers, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.control = control;
    this.numbers = numbers;
    this.system = new SimulatedSystem(transactions);
    this.clock = clock;
  }

  // OrderActions -------------------------------------------------------------------------------

  @Override
  public Reshipment reship(String orderNumber, String reshipId, String reason)
      throws OrderActionRefusedException {
    requireText(orderNumber, "orderNumber");
    requireText(reshipId, "reshipId");
    requireText(reason, "reason");
    Optional<InjectedRefusal> injected = control.check(NAME, RESHIP, orderNumber, reshipId);
    if (injected.isPresent()) {
      throw new OrderActionRefusedException(injected.get().as(
          OrderActionRefusedException.Reason.class,
          OrderActionRefusedException.Reason.OUT_OF_STOCK),
          "The marketplace refused the reship (simulated refusal)");
    }
    Outcome<Reshipment> outcome = system.run(() -> {
      Optional<Reshipment> existing = findReshipment(reshipId);
      if (existing.isPresent()) {
        if (!existing.get().orderNumber().equals(orderNumber)) {
          throw new IdempotencyConflictException(reshipId,
              "Reship id " + reshipId + " was used for another order");
        }
        return Outcome.of(existing.get());
      }
      Optional<OrderRow> order = jdbc.sql("SELECT status, carrier FROM mkt_order "
              + "WHERE order_number = :n FOR UPDATE")
          .param("n", orderNumber)
          .query((rs, i) -> new OrderRow(OrderStatus.valueOf(rs.getString("status")),
              rs.getString("carrier")))
          .optional();
      if (order.isEmpty()) {
        return Outcome.refused(OrderActionRefusedException.Reason.ORDER_NOT_FOUND,
            "No order " + orderNumber);
      }
      if (order.get().status() == OrderStatus.REFUNDED) {
        return Outcome.refused(OrderActionRefusedException.Reason.ORDER_REFUNDED,
            "Order " + orderNumber + " was refunded");
      }
      if (order.get().carrier() == null || order.get().status() != OrderStatus.SHIPPED
          && order.get().status() != OrderStatus.DELIVERED) {
        return Outcome.refused(OrderActionRefusedException.Reason.ORDER_NOT_SHIPPED,
            "Order " + orderNumber + " was never shipped");
      }
      ShippingCarrier carrier = ShippingCarrier.valueOf(order.get().carrier());
      String tracking = newTrackingNumber(carrier);
      Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
      jdbc.sql("""
          INSERT INTO sim_reshipment (reship_id, order_number, carrier, tracking_number, reason,
            created_at)
          VALUES (:id, :order, :carrier, :tracking, :reason, :now)""")
          .param("id", reshipId).param("order", orderNumber).param("carrier", carrier.name())
          .param("tracking", tracking).param("reason", reason).param("now", utc(now))
          .update();
      return Outcome.of(new Reshipment(reshipId, orderNumber, carrier, tracking, reason, now));
    });
    if (outcome.isRefused()) {
      throw new OrderActionRefusedException(
          OrderActionRefusedException.Reason.valueOf(outcome.refusal()), outcome.message());
    }
    return outcome.value();
  }

  private record OrderRow(OrderStatus status, String carrier) {}

  @Override
  public Optional<Reshipment> findReshipment(String reshipId) {
    return jdbc.sql("SELECT * FROM sim_reshipment WHERE reship_id = :id").param("id", reshipId)
        .query((rs, i) -> new Reshipment(rs.getString("reship_id"), rs.getString("order_number"),
            ShippingCarrier.valueOf(rs.getString("carrier")), rs.getString("tracking_number"),
            rs.getString("reason"), instant(rs, "created_at")))
        .optional();
  }

  /** A new tracking number in the carrier's format, with a prefix no demo order uses. */
  String newTrackingNumber(ShippingCarrier carrier) {
    long n = numbers.next();
    String number = switch (carrier) {
      case SF -> "SF9" + digits(n, 12);
      case ZTO -> "79" + digits(n, 12);
      case YTO -> "YT9" + digits(n, 12);
      case YUNDA -> "31" + digits(n, 11);
      case JD -> "JDVR" + digits(n, 11);
      case EMS -> "19" + digits(n, 11);
    };
    if (!carrier.isValidTrackingNumber(number)) {
      throw new IllegalStateException("Generated an invalid " + carrier + " tracking number");
    }
    return number;
  }

  private static String digits(long n, int width) {
    return String.format(Locale.ROOT, "%0" + width + "d", n);
  }

  // SellerActions ------------------------------------------------------------------------------

  @Override
  public StoreScoreChange reduceStoreScore(String sellerId, String penaltyId, int points,
      String reason) throws SellerActionRefusedException {
    requireText(sellerId, "sellerId");
    requireText(penaltyId, "penaltyId");
    requireText(reason, "reason");
    if (points < 1 || points > 100) {
      throw new IllegalArgumentException("points must be 1 to 100");
    }
    Optional<InjectedRefusal> injected = control.check(NAME, REDUCE_SCORE, sellerId, penaltyId);
    if (injected.isPresent()) {
      throw new SellerActionRefusedException(injected.get().as(
          SellerActionRefusedException.Reason.class,
          SellerActionRefusedException.Reason.SCORE_LOCKED),
          "The marketplace refused the score change (simulated refusal)");
    }
    Outcome<StoreScoreChange> outcome = system.run(() -> {
      Optional<StoreScoreChange> existing = findScoreChange(penaltyId);
      if (existing.isPresent()) {
        if (!existing.get().sellerId().equals(sellerId) || existing.get().points() != points) {
          throw new IdempotencyConflictException(penaltyId,
              "Penalty id " + penaltyId + " was used for another seller or amount");
        }
        return Outcome.of(existing.get());
      }
      Optional<Integer> before = jdbc.sql("SELECT credit_score FROM mkt_seller WHERE id = :id "
              + "FOR UPDATE")
          .param("id", sellerId).query(Integer.class).optional();
      if (before.isEmpty()) {
        return Outcome.refused(SellerActionRefusedException.Reason.SELLER_NOT_FOUND,
            "No seller " + sellerId);
      }
      int after = Math.max(0, before.get() - points);
      Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
      jdbc.sql("UPDATE mkt_seller SET credit_score = :score WHERE id = :id")
          .param("score", after).param("id", sellerId).update();
      jdbc.sql("""
          INSERT INTO sim_seller_penalty (penalty_id, seller_id, points, score_before,
            score_after, reason, created_at)
          VALUES (:id, :seller, :points, :before, :after, :reason, :now)""")
          .param("id", penaltyId).param("seller", sellerId).param("points", points)
          .param("before", before.get()).param("after", after).param("reason", reason)
          .param("now", utc(now))
          .update();
      return Outcome.of(new StoreScoreChange(penaltyId, sellerId, points, before.get(), after,
          reason, now));
    });
    if (outcome.isRefused()) {
      throw new SellerActionRefusedException(
          SellerActionRefusedException.Reason.valueOf(outcome.refusal()), outcome.message());
    }
    return outcome.value();
  }

  @Override
  public Optional<StoreScoreChange> findScoreChange(String penaltyId) {
    return jdbc.sql("SELECT * FROM sim_seller_penalty WHERE penalty_id = :id")
        .param("id", penaltyId)
        .query((rs, i) -> new StoreScoreChange(rs.getString("penalty_id"),
            rs.getString("seller_id"), rs.getInt("points"), rs.getInt("score_before"),
            rs.getInt("score_after"), rs.getString("reason"), instant(rs, "created_at")))
        .optional();
  }

  // Simulator ----------------------------------------------------------------------------------

  @Override
  public String simulatorName() {
    return NAME;
  }

  @Override
  public Map<String, List<String>> operations() {
    return Map.of(
        RESHIP, List.of("OUT_OF_STOCK", "ORDER_NOT_FOUND", "ORDER_NOT_SHIPPED", "ORDER_REFUNDED"),
        REDUCE_SCORE, List.of("SCORE_LOCKED", "SELLER_NOT_FOUND"));
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
