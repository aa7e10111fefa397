package io.kefu.resolution;

import io.kefu.marketplace.ShippingCarrier;
import io.kefu.platform.integration.IdempotencyConflictException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carrier events coming into kefu - from the webhook {@code POST /api/v1/carrier-events}
 * ({@link CarrierEventController}) or from the simulated carrier: recorded once per event id
 * (table {@code kefu_carrier_event}) and passed to the processes waiting for them, in one
 * transaction.
 *
 * <ul>
 *   <li>{@link ParcelState#RETURN_RECEIVED}: message {@value #RETURN_RECEIVED} to the process
 *       instances whose variable {@value #RETURN_TRACKING_NUMBER} is the tracking number, with
 *       the variables {@code returnReceivedAt} (date) and {@code carrierEventId}.
 *   <li>any other event: message {@value #PARCEL_EVENT} to the process instances whose variable
 *       {@value #TRACKING_NUMBER} is the tracking number, with {@code parcelState} (the
 *       {@link ParcelState} name), {@code parcelEventAt} (date) and {@code carrierEventId}.
 * </ul>
 *
 * <p>An event nobody waits for is recorded all the same; a model that starts waiting late can
 * look at {@link #eventsOf(String)} first.
 */
@Service
public class CarrierEvents {

  /** Message correlated when a return parcel was received. */
  public static final String RETURN_RECEIVED = "ReturnReceived";
  /** Message correlated for every other parcel event. */
  public static final String PARCEL_EVENT = "ParcelEvent";
  /** Process variable that correlates {@value #RETURN_RECEIVED}: the return parcel's number. */
  public static final String RETURN_TRACKING_NUMBER = "returnTrackingNumber";
  /** Process variable that correlates {@value #PARCEL_EVENT}: the watched parcel's number. */
  public static final String TRACKING_NUMBER = "trackingNumber";
  /** {@code receivedFrom} of events the simulated carrier delivers. */
  public static final String FROM_SIMULATOR = "simulator";

  private static final Logger log = LoggerFactory.getLogger(CarrierEvents.class);

  private final JdbcClient jdbc;
  private final RuntimeService runtime;
  private final TransactionTemplate tx;
  private final Clock clock;

  public CarrierEvents(JdbcClient jdbc, RuntimeService runtime, TransactionTemplate tx,
      Clock clock) {
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * What became of an event.
   *
   * @param eventId the carrier's event id
   * @param duplicate whether it had been received before (then nothing was done again)
   * @param correlated how many waiting process instances took it (for a duplicate: the first
   *     time)
   */
  public record Receipt(String eventId, boolean duplicate, int correlated) {}

  /**
   * Records the event and correlates its message, in one transaction; the same event id again
   * records and correlates nothing.
   *
   * @param receivedFrom the account that delivered it, or {@link #FROM_SIMULATOR}
   * @throws IdempotencyConflictException the event id was received before with other content
   */
  public Receipt receive(CarrierEventNotice event, String receivedFrom) {
    Objects.requireNonNull(event.eventId(), "eventId");
    Optional<Receipt> known = duplicate(event);
    if (known.isPresent()) {
      return known.get();
    }
    try {
      return tx.execute(status -> record(event, receivedFrom));
    } catch (DuplicateKeyException raced) {
      // the same event delivered twice at once: the other delivery recorded it
      return duplicate(event).orElseThrow(() -> raced);
    }
  }

  private Optional<Receipt> duplicate(CarrierEventNotice event) {
    return find(event.eventId()).map(first -> {
      if (first.carrier() != event.carrier()
          || !first.trackingNumber().equals(event.trackingNumber())
          || first.eventType() != event.eventType()
          || !first.occurredAt().equals(event.occurredAt().truncatedTo(ChronoUnit.MICROS))) {
        throw new IdempotencyConflictException(event.eventId(),
            "Carrier event " + event.eventId() + " was received before with other content");
      }
      return new Receipt(first.eventId(), true, first.correlatedCount());
    });
  }

  private Receipt record(CarrierEventNotice event, String receivedFrom) {
    Instant occurredAt = event.occurredAt().truncatedTo(ChronoUnit.MICROS);
    // first claim the event id: a concurrent delivery of the same event waits here, then fails
    jdbc.sql("""
        INSERT INTO kefu_carrier_event (event_id, carrier, tracking_number, event_type,
          occurred_at, description, received_at, received_from, correlated_count)
        VALUES (:id, :carrier, :tracking, :type, :at, :description, :now, :from, 0)""")
        .param("id", event.eventId()).param("carrier", event.carrier().name())
        .param("tracking", event.trackingNumber()).param("type", event.eventType().name())
        .param("at", utc(occurredAt)).param("description", event.description())
        .param("now", utc(clock.instant().truncatedTo(ChronoUnit.MICROS)))
        .param("from", receivedFrom)
        .update();
    MessageCorrelationBuilder message;
    if (event.eventType() == ParcelState.RETURN_RECEIVED) {
      message = runtime.createMessageCorrelation(RETURN_RECEIVED)
          .processInstanceVariableEquals(RETURN_TRACKING_NUMBER, event.trackingNumber())
          .setVariable("returnReceivedAt", Date.from(occurredAt));
    } else {
      message = runtime.createMessageCorrelation(PARCEL_EVENT)
          .processInstanceVariableEquals(TRACKING_NUMBER, event.trackingNumber())
          .setVariable("parcelState", event.eventType().name())
          .setVariable("parcelEventAt", Date.from(occurredAt));
    }
    int correlated = message.setVariable("carrierEventId", event.eventId())
        .correlateAllWithResult().size();
    jdbc.sql("UPDATE kefu_carrier_event SET correlated_count = :n WHERE event_id = :id")
        .param("n", correlated).param("id", event.eventId()).update();
    log.info("Carrier event {} ({} {}) passed to {} process instance(s)", event.eventId(),
        event.carrier(), event.eventType(), correlated);
    return new Receipt(event.eventId(), false, correlated);
  }

  /** The event with this id, if received. */
  public Optional<RecordedCarrierEvent> find(String eventId) {
    return jdbc.sql("SELECT * FROM kefu_carrier_event WHERE event_id = :id")
        .param("id", eventId).query(EVENT).optional();
  }

  /** The events received about a parcel, oldest first. */
  public List<RecordedCarrierEvent> eventsOf(String trackingNumber) {
    return jdbc.sql("SELECT * FROM kefu_carrier_event WHERE tracking_number = :t "
            + "ORDER BY occurred_at, id")
        .param("t", trackingNumber).query(EVENT).list();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static final RowMapper<RecordedCarrierEvent> EVENT = (rs, i) ->
      new RecordedCarrierEvent(rs.getString("event_id"),
          ShippingCarrier.valueOf(rs.getString("carrier")), rs.getString("tracking_number"),
          ParcelState.valueOf(rs.getString("event_type")), instant(rs, "occurred_at"),
          rs.getString("description"), instant(rs, "received_at"), rs.getString("received_from"),
          rs.getInt("correlated_count"));
}
