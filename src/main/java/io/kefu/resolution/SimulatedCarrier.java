package io.kefu.resolution;

import io.kefu.marketplace.ShippingCarrier;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * <b>Simulator</b> of the carriers ({@link Carrier}), backed by kefu's {@code sim_*} tables and
 * the marketplace simulator's orders and reshipments. It moves no parcels; it behaves like a
 * logistics aggregator so kefu runs stand-alone, for demos and tests.
 *
 * <p>Tracking is derived deterministically - the same data gives the same history, whatever the
 * clock:
 * <ul>
 *   <li>an order's parcel ({@code mkt_order}): {@link ParcelState#AWAITING_COLLECTION} when the
 *       seller uploaded the number ({@code shipped_at}), {@link ParcelState#IN_TRANSIT} when
 *       collected, a sorting-centre scan half-way to delivery, {@link
 *       ParcelState#OUT_FOR_DELIVERY} two hours before delivery and {@link ParcelState#DELIVERED}
 *       at {@code delivered_at} (the last three only for delivered orders);
 *   <li>a reshipment ({@code sim_reshipment}): {@link ParcelState#AWAITING_COLLECTION} when booked;
 *   <li>a registered return parcel: {@link ParcelState#RETURN_IN_TRANSIT} when registered;
 *   <li>plus every event injected with {@link #injectEvent} (e.g. {@link ParcelState#STUCK},
 *       {@link ParcelState#LOST}) and {@link ParcelState#RETURN_RECEIVED} from
 *       {@link #markReturnReceived}.
 * </ul>
 * The parcel's state is its latest event's. Injected events and received returns are pushed to
 * kefu as the real carrier's subscription would: through {@link CarrierEvents#receive} (the
 * webhook's service, not HTTP), so waiting processes get {@code ParcelEvent} or
 * {@code ReturnReceived}.
 *
 * <p>Works in its own transactions ({@link SimulatedSystem}). Failure injection
 * ({@link SimulatorControl}), simulator {@value #NAME}: operations {@code track} (a refusal
 * answers "no such parcel"), {@code expedite}, {@code register-return} and {@code claim}; keys:
 * the tracking number and the request id or case number. Removed with
 * {@code kefu.resolution.simulator.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "kefu.resolution.simulator.enabled", havingValue = "true",
    matchIfMissing = true)
public class SimulatedCarrier implements Carrier, Simulator {

  /** The simulator's name in failure rules. */
  public static final String NAME = "carrier";
  static final String TRACK = "track";
  static final String EXPEDITE = "expedite";
  static final String REGISTER_RETURN = "register-return";
  static final String CLAIM = "claim";
  private static final Duration OUT_FOR_DELIVERY_BEFORE = Duration.ofHours(2);

  private final JdbcClient jdbc;
  private final SimulatorControl control;
  private final SimulatorNumbers numbers;
  private final SimulatedSystem system;
  private final CarrierEvents kefu;
  private final Clock clock;

  public SimulatedCarrier(JdbcClient jdbc, SimulatorControl control, SimulatorNumbers numbers,
      PlatformTransactionManager transactions, CarrierEvents kefu, Clock clock) {
    this.jdbc = jdbc;
    this.control = control;
    this.numbers = numbers;
    this.system = new SimulatedSystem(transactions);
    this.kefu = kefu;
    this.clock = clock;
  }

  // tracking -----------------------------------------------------------------------------------

  @Override
  public Optional<Tracking> track(ShippingCarrier carrier, String trackingNumber) {
    if (control.check(NAME, TRACK, trackingNumber).isPresent()) {
      return Optional.empty();
    }
    return tracking(carrier, trackingNumber);
  }

  private Optional<Tracking> tracking(ShippingCarrier carrier, String trackingNumber) {
    if (carrier == null || trackingNumber == null) {
      return Optional.empty();
    }
    List<TrackingEvent> events = new ArrayList<>();
    String en = carrier.englishName();
    jdbc.sql("SELECT shipped_at, collected_at, delivered_at FROM mkt_order "
            + "WHERE carrier = :carrier AND tracking_number = :tracking")
        .param("carrier", carrier.name()).param("tracking", trackingNumber)
        .query((rs, i) -> {
          Instant shipped = instant(rs, "shipped_at");
          Instant collected = instant(rs, "collected_at");
          Instant delivered = instant(rs, "delivered_at");
          events.add(new TrackingEvent(shipped, ParcelState.AWAITING_COLLECTION,
              "卖家已发货，等待揽收 Shipped by the seller, awaiting collection"));
          if (collected != null) {
            events.add(new TrackingEvent(collected, ParcelState.IN_TRANSIT,
                "快递员已揽收 Collected by " + en));
          }
          if (collected != null && delivered != null) {
            Instant halfway = collected.plus(Duration.between(collected, delivered).dividedBy(2))
                .truncatedTo(ChronoUnit.MINUTES);
            Instant outForDelivery = delivered.minus(OUT_FOR_DELIVERY_BEFORE);
            if (halfway.isAfter(collected) && halfway.isBefore(outForDelivery)) {
              events.add(new TrackingEvent(halfway, ParcelState.IN_TRANSIT,
                  "运输中，已到达转运中心 In transit, arrived at the sorting centre"));
            }
            if (outForDelivery.isAfter(collected)) {
              events.add(new TrackingEvent(outForDelivery, ParcelState.OUT_FOR_DELIVERY,
                  "派送中 Out for delivery"));
            }
            events.add(new TrackingEvent(delivered, ParcelState.DELIVERED,
                "已签收 Delivered, signed for"));
          }
          return 0;
        })
        .list();
    jdbc.sql("SELECT created_at FROM sim_reshipment WHERE carrier = :carrier "
            + "AND tracking_number = :tracking")
        .param("carrier", carrier.name()).param("tracking", trackingNumber)
        .query((rs, i) -> events.add(new TrackingEvent(instant(rs, "created_at"),
            ParcelState.AWAITING_COLLECTION, "补发包裹已下单，等待揽收 Reshipment booked, "
            + "awaiting collection")))
        .list();
    findReturn(carrier, trackingNumber).ifPresent(r -> events.add(new TrackingEvent(
        r.registeredAt(), ParcelState.RETURN_IN_TRANSIT,
        "退货包裹运输中 Return parcel in transit")));
    jdbc.sql("SELECT occurred_at, state, description FROM sim_tracking_event "
            + "WHERE carrier = :carrier AND tracking_number = :tracking ORDER BY id")
        .param("carrier", carrier.name()).param("tracking", trackingNumber)
        .query((rs, i) -> events.add(new TrackingEvent(instant(rs, "occurred_at"),
            ParcelState.valueOf(rs.getString("state")), rs.getString("description"))))
        .list();
    if (events.isEmpty()) {
      return Optional.empty();
    }
    events.sort(Comparator.comparing(TrackingEvent::occurredAt)); // stable: derived first
    boolean expedited = jdbc.sql("SELECT COUNT(*) FROM sim_expedite WHERE carrier = :carrier "
            + "AND tracking_number = :tracking")
        .param("carrier", carrier.name()).param("tracking", trackingNumber)
        .query(Integer.class).single() > 0;
    return Optional.of(new Tracking(carrier, trackingNumber,
        events.get(events.size() - 1).state(), events, expedited));
  }

  // expedite -----------------------------------------------------------------------------------

  @Override
  public ExpediteTicket expedite(String expediteId, ShippingCarrier carrier,
      String trackingNumber, String reason) throws CarrierRefusedException {
    Checks.text(expediteId, "expediteId", 64);
    Checks.text(trackingNumber, "trackingNumber", 32);
    Checks.text(reason, "reason", 1000);
    refuseIfInjected(EXPEDITE, CarrierRefusedException.Reason.EXPEDITE_NOT_AVAILABLE,
        trackingNumber, expediteId);
    Outcome<ExpediteTicket> outcome = system.run(() -> {
      Optional<ExpediteTicket> existing = jdbc.sql("SELECT * FROM sim_expedite "
              + "WHERE expedite_id = :id")
          .param("id", expediteId)
          .query((rs, i) -> new ExpediteTicket(rs.getString("expedite_id"),
              ShippingCarrier.valueOf(rs.getString("carrier")), rs.getString("tracking_number"),
              rs.getString("carrier_ticket"), rs.getString("reason"),
              instant(rs, "requested_at")))
          .optional();
      if (existing.isPresent()) {
        if (existing.get().carrier() != carrier
            || !existing.get().trackingNumber().equals(trackingNumber)) {
          throw new IdempotencyConflictException(expediteId,
              "Expedite id " + expediteId + " was used for another parcel");
        }
        return Outcome.of(existing.get());
      }
      Optional<Tracking> tracking = tracking(carrier, trackingNumber);
      if (tracking.isEmpty()) {
        return Outcome.refused(CarrierRefusedException.Reason.UNKNOWN_PARCEL,
            "The carrier knows no parcel " + trackingNumber);
      }
      if (tracking.get().state().isArrived()) {
        return Outcome.refused(CarrierRefusedException.Reason.ALREADY_DELIVERED,
            "Parcel " + trackingNumber + " already arrived");
      }
      if (tracking.get().state() == ParcelState.AWAITING_COLLECTION) {
        return Outcome.refused(CarrierRefusedException.Reason.NOT_COLLECTED,
            "Parcel " + trackingNumber + " was never collected");
      }
      Instant now = now();
      String ticket = String.format(Locale.ROOT, "%s-EXP-%010d", carrier.name(), numbers.next());
      jdbc.sql("""
          INSERT INTO sim_expedite (expedite_id, carrier, tracking_number, reason,
            carrier_ticket, requested_at)
          VALUES (:id, :carrier, :tracking, :reason, :ticket, :now)""")
          .param("id", expediteId).param("carrier", carrier.name())
          .param("tracking", trackingNumber).param("reason", reason).param("ticket", ticket)
          .param("now", utc(now))
          .update();
      return Outcome.of(new ExpediteTicket(expediteId, carrier, trackingNumber, ticket, reason,
          now));
    });
    return valueOrRefusal(outcome);
  }

  // returns ------------------------------------------------------------------------------------

  @Override
  public ReturnShipment registerReturnShipment(String caseNumber, ShippingCarrier carrier,
      String trackingNumber) throws CarrierRefusedException {
    Checks.text(caseNumber, "caseNumber", 32);
    Checks.text(trackingNumber, "trackingNumber", 32);
    refuseIfInjected(REGISTER_RETURN, CarrierRefusedException.Reason.INVALID_TRACKING_NUMBER,
        trackingNumber, caseNumber);
    Outcome<ReturnShipment> outcome = system.run(() -> {
      Optional<ReturnShipment> existing = findReturn(carrier, trackingNumber);
      if (existing.isPresent()) {
        if (!existing.get().caseNumber().equals(caseNumber)) {
          return Outcome.refused(CarrierRefusedException.Reason.RETURN_REGISTERED_TO_OTHER_CASE,
              "Return parcel " + trackingNumber + " is registered for another case");
        }
        return Outcome.of(existing.get());
      }
      if (!carrier.isValidTrackingNumber(trackingNumber)) {
        return Outcome.refused(CarrierRefusedException.Reason.INVALID_TRACKING_NUMBER,
            trackingNumber + " is not a " + carrier.englishName() + " tracking number");
      }
      if (outbound(carrier, trackingNumber)) {
        return Outcome.refused(CarrierRefusedException.Reason.INVALID_TRACKING_NUMBER,
            trackingNumber + " is a parcel to the buyer, not a return parcel");
      }
      Instant now = now();
      jdbc.sql("""
          INSERT INTO sim_return_shipment (carrier, tracking_number, case_number, registered_at)
          VALUES (:carrier, :tracking, :caseNumber, :now)""")
          .param("carrier", carrier.name()).param("tracking", trackingNumber)
          .param("caseNumber", caseNumber).param("now", utc(now))
          .update();
      return Outcome.of(new ReturnShipment(caseNumber, carrier, trackingNumber, now, null));
    });
    return valueOrRefusal(outcome);
  }

  private boolean outbound(ShippingCarrier carrier, String trackingNumber) {
    return jdbc.sql("SELECT (SELECT COUNT(*) FROM mkt_order WHERE carrier = :c "
            + "AND tracking_number = :t) + (SELECT COUNT(*) FROM sim_reshipment "
            + "WHERE carrier = :c AND tracking_number = :t)")
        .param("c", carrier.name()).param("t", trackingNumber)
        .query(Integer.class).single() > 0;
  }

  /** The return parcel registered under this number, if any. */
  public Optional<ReturnShipment> findReturn(ShippingCarrier carrier, String trackingNumber) {
    return jdbc.sql("SELECT * FROM sim_return_shipment WHERE carrier = :carrier "
            + "AND tracking_number = :tracking")
        .param("carrier", carrier.name()).param("tracking", trackingNumber)
        .query((rs, i) -> new ReturnShipment(rs.getString("case_number"),
            ShippingCarrier.valueOf(rs.getString("carrier")), rs.getString("tracking_number"),
            instant(rs, "registered_at"), instant(rs, "received_at")))
        .optional();
  }

  // claims -------------------------------------------------------------------------------------

  @Override
  public CarrierClaim fileClaim(String claimId, ShippingCarrier carrier, String trackingNumber,
      BigDecimal amount, String currency, String reason) throws CarrierRefusedException {
    Checks.text(claimId, "claimId", 64);
    Checks.text(trackingNumber, "trackingNumber", 32);
    Checks.money(amount, "amount");
    Checks.text(currency, "currency", 3);
    Checks.text(reason, "reason", 1000);
    refuseIfInjected(CLAIM, CarrierRefusedException.Reason.CLAIM_NOT_ACCEPTED, trackingNumber,
        claimId);
    BigDecimal value = amount.setScale(2, RoundingMode.UNNECESSARY);
    Outcome<CarrierClaim> outcome = system.run(() -> {
      Optional<CarrierClaim> existing = jdbc.sql("SELECT * FROM sim_carrier_claim "
              + "WHERE claim_id = :id")
          .param("id", claimId)
          .query((rs, i) -> new CarrierClaim(rs.getString("claim_id"),
              ShippingCarrier.valueOf(rs.getString("carrier")), rs.getString("tracking_number"),
              rs.getBigDecimal("amount").setScale(2), rs.getString("currency"),
              rs.getString("reason"), rs.getString("carrier_reference"),
              instant(rs, "filed_at")))
          .optional();
      if (existing.isPresent()) {
        CarrierClaim first = existing.get();
        if (first.carrier() != carrier || !first.trackingNumber().equals(trackingNumber)
            || first.amount().compareTo(value) != 0 || !first.currency().equals(currency)) {
          throw new IdempotencyConflictException(claimId,
              "Claim id " + claimId + " was used for another parcel or amount");
        }
        return Outcome.of(first);
      }
      Optional<Tracking> tracking = tracking(carrier, trackingNumber);
      if (tracking.isEmpty()) {
        return Outcome.refused(CarrierRefusedException.Reason.UNKNOWN_PARCEL,
            "The carrier knows no parcel " + trackingNumber);
      }
      ParcelState state = tracking.get().state();
      if (state != ParcelState.LOST && state != ParcelState.STUCK) {
        return Outcome.refused(CarrierRefusedException.Reason.PARCEL_NOT_LOST,
            "Parcel " + trackingNumber + " is " + state + ", not lost");
      }
      Instant now = now();
      String reference = String.format(Locale.ROOT, "%s-CLM-%010d", carrier.name(),
          numbers.next());
      jdbc.sql("""
          INSERT INTO sim_carrier_claim (claim_id, carrier, tracking_number, amount, currency,
            reason, carrier_reference, filed_at)
          VALUES (:id, :carrier, :tracking, :amount, :currency, :reason, :reference, :now)""")
          .param("id", claimId).param("carrier", carrier.name())
          .param("tracking", trackingNumber).param("amount", value).param("currency", currency)
          .param("reason", reason).param("reference", reference).param("now", utc(now))
          .update();
      return Outcome.of(new CarrierClaim(claimId, carrier, trackingNumber, value, currency,
          reason, reference, now));
    });
    return valueOrRefusal(outcome);
  }

  // the simulator's own controls (tests, operators) ----------------------------------------------

  /**
   * Adds an event to a parcel's history, as if the carrier scanned it, and pushes it to kefu as
   * the carrier's subscription would (event id {@code SIM-EV-<n>}).
   *
   * @param occurredAt when it happened; {@code null} for now
   * @param description the carrier's text; {@code null} for a default
   * @return what kefu did with the pushed event
   */
  public CarrierEvents.Receipt injectEvent(ShippingCarrier carrier, String trackingNumber,
      ParcelState state, Instant occurredAt, String description) {
    Checks.text(trackingNumber, "trackingNumber", 32);
    Instant at = (occurredAt == null ? now() : occurredAt).truncatedTo(ChronoUnit.MICROS);
    String text = description == null || description.isBlank()
        ? "模拟事件 Simulated event: " + state : description;
    long id = system.run(() -> Outcome.of(insertEvent(carrier, trackingNumber, state, at, text)))
        .value();
    return kefu.receive(new CarrierEventNotice("SIM-EV-" + id, carrier, trackingNumber, state,
        at, text), CarrierEvents.FROM_SIMULATOR);
  }

  /**
   * The seller's side received the return parcel: records {@link ParcelState#RETURN_RECEIVED}
   * and pushes it to kefu (event id {@code SIM-RR-<carrier>-<tracking number>}), so the process
   * waiting on message {@code ReturnReceived} continues. Idempotent: a second call changes
   * nothing and pushes the same event again, which kefu ignores.
   *
   * @param receivedAt when; {@code null} for now
   * @return what kefu did with the pushed event
   * @throws IllegalArgumentException if no return parcel is registered under this number
   */
  public CarrierEvents.Receipt markReturnReceived(ShippingCarrier carrier, String trackingNumber,
      Instant receivedAt) {
    ReturnShipment shipment = system.run(() -> {
      ReturnShipment registered = findReturn(carrier, trackingNumber).orElseThrow(() ->
          new IllegalArgumentException("No return parcel " + trackingNumber + " is registered"));
      if (registered.isReceived()) {
        return Outcome.of(registered);
      }
      Instant at = (receivedAt == null ? now() : receivedAt).truncatedTo(ChronoUnit.MICROS);
      jdbc.sql("UPDATE sim_return_shipment SET received_at = :at WHERE carrier = :carrier "
              + "AND tracking_number = :tracking AND received_at IS NULL")
          .param("at", utc(at)).param("carrier", carrier.name())
          .param("tracking", trackingNumber).update();
      insertEvent(carrier, trackingNumber, ParcelState.RETURN_RECEIVED, at,
          "退货已签收 Return parcel received by the seller");
      return Outcome.of(findReturn(carrier, trackingNumber).orElseThrow());
    }).value();
    return kefu.receive(new CarrierEventNotice("SIM-RR-" + carrier.name() + "-" + trackingNumber,
        carrier, trackingNumber, ParcelState.RETURN_RECEIVED, shipment.receivedAt(),
        "退货已签收 Return parcel received by the seller"), CarrierEvents.FROM_SIMULATOR);
  }

  private long insertEvent(ShippingCarrier carrier, String trackingNumber, ParcelState state,
      Instant at, String description) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO sim_tracking_event (carrier, tracking_number, state, occurred_at,
          description, recorded_at)
        VALUES (:carrier, :tracking, :state, :at, :description, :now)""")
        .param("carrier", carrier.name()).param("tracking", trackingNumber)
        .param("state", state.name()).param("at", utc(at)).param("description", description)
        .param("now", utc(now()))
        .update(key, "id");
    return key.getKey().longValue();
  }

  // Simulator ----------------------------------------------------------------------------------

  @Override
  public String simulatorName() {
    return NAME;
  }

  @Override
  public Map<String, List<String>> operations() {
    return Map.of(
        TRACK, List.of("UNKNOWN_PARCEL"),
        EXPEDITE, List.of("EXPEDITE_NOT_AVAILABLE", "UNKNOWN_PARCEL", "NOT_COLLECTED",
            "ALREADY_DELIVERED"),
        REGISTER_RETURN, List.of("INVALID_TRACKING_NUMBER", "RETURN_REGISTERED_TO_OTHER_CASE"),
        CLAIM, List.of("CLAIM_NOT_ACCEPTED", "UNKNOWN_PARCEL", "PARCEL_NOT_LOST"));
  }

  private void refuseIfInjected(String operation, CarrierRefusedException.Reason fallback,
      String... keys) throws CarrierRefusedException {
    Optional<InjectedRefusal> injected = control.check(NAME, operation, keys);
    if (injected.isPresent()) {
      throw new CarrierRefusedException(
          injected.get().as(CarrierRefusedException.Reason.class, fallback),
          "The carrier refused the request (simulated refusal)");
    }
  }

  private static <T> T valueOrRefusal(Outcome<T> outcome) throws CarrierRefusedException {
    if (outcome.isRefused()) {
      throw new CarrierRefusedException(CarrierRefusedException.Reason.valueOf(
          outcome.refusal()), outcome.message());
    }
    return outcome.value();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
