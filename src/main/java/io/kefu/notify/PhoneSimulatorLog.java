package io.kefu.notify;

import io.kefu.marketplace.Customer;
import io.kefu.marketplace.CustomerDirectory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the SMS and voice simulators "sent" (table {@code kefu_sim_phone_message}), and the
 * switch that makes them fail, for tests and demos. Shared by {@link SimulatedSmsGateway} and
 * {@link SimulatedVoiceCallGateway}.
 */
public abstract class PhoneSimulatorLog {

  /** A message the simulator recorded instead of sending. */
  public record Recorded(long id, Channel channel, String reference, String customerId,
      String phoneLast4, String language, String text, Instant recordedAt) {}

  /** The failure a simulator told to fail throws: a transient one, worth retrying. */
  public static class SimulatedFailure extends RuntimeException {
    public SimulatedFailure(String message) {
      super(message);
    }
  }

  private final Channel channel;
  private final JdbcClient jdbc;
  private final CustomerDirectory customers;
  private final Clock clock;
  private final AtomicBoolean failing = new AtomicBoolean();
  private final AtomicInteger failNext = new AtomicInteger();

  protected PhoneSimulatorLog(Channel channel, JdbcClient jdbc, CustomerDirectory customers,
      Clock clock) {
    this.channel = channel;
    this.jdbc = jdbc;
    this.customers = customers;
    this.clock = clock;
  }

  /** Every message fails from now on ({@code true}) or none does ({@code false}). */
  public void setFailing(boolean failing) {
    this.failing.set(failing);
    if (!failing) {
      failNext.set(0);
    }
  }

  /** The next {@code count} messages fail, then it works again. */
  public void failNext(int count) {
    failNext.set(count);
  }

  /** What was recorded for a customer, oldest first. */
  public List<Recorded> recordedFor(String customerId) {
    return jdbc.sql("SELECT * FROM kefu_sim_phone_message WHERE channel = :ch "
            + "AND customer_id = :c ORDER BY id")
        .param("ch", channel.name()).param("c", customerId)
        .query((rs, i) -> recorded(rs)).list();
  }

  /** What was recorded for a delivery reference, if anything. */
  public List<Recorded> recordedWithReference(String reference) {
    return jdbc.sql("SELECT * FROM kefu_sim_phone_message WHERE channel = :ch "
            + "AND reference = :r")
        .param("ch", channel.name()).param("r", reference)
        .query((rs, i) -> recorded(rs)).list();
  }

  protected void record(String reference, String customerId, String language, String text) {
    if (failing.get() || failNext.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
      throw new SimulatedFailure("Simulated " + channel + " gateway failure");
    }
    Customer customer = customers.findCustomer(customerId)
        .orElseThrow(() -> new UndeliverableException("Unknown customer"));
    try {
      jdbc.sql("""
          INSERT INTO kefu_sim_phone_message (channel, reference, customer_id, phone_last4,
            language, text, recorded_at)
          VALUES (:ch, :r, :c, :phone, :lang, :text, :now)""")
          .param("ch", channel.name()).param("r", reference).param("c", customerId)
          .param("phone", customer.phoneLast4()).param("lang", language).param("text", text)
          .param("now", clock.instant().atOffset(ZoneOffset.UTC))
          .update();
    } catch (DuplicateKeyException seenBefore) {
      // like a provider that ignores a reference it has seen
    }
  }

  private static Recorded recorded(ResultSet rs) throws SQLException {
    OffsetDateTime at = rs.getObject("recorded_at", OffsetDateTime.class);
    return new Recorded(rs.getLong("id"), Channel.valueOf(rs.getString("channel")),
        rs.getString("reference"), rs.getString("customer_id"), rs.getString("phone_last4"),
        rs.getString("language"), rs.getString("text"), at.toInstant());
  }
}
