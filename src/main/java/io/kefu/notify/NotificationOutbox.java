package io.kefu.notify;

import io.kefu.platform.database.DatabaseProduct;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The notifications and their deliveries (tables {@code kefu_notification} and
 * {@code kefu_notification_delivery}, migration V10). Joins the caller's transaction.
 */
@Repository
public class NotificationOutbox {

  /** A delivery's state. PENDING -> SENDING (claimed, leased) -> SENT, PENDING again, FAILED. */
  public enum Status { PENDING, SENDING, SENT, FAILED }

  /** A notification as recorded. */
  public record Notification(long id, String key, long caseId, String customerId,
      String template, String language, String timelineKind, String subject, String body,
      Instant createdAt) {}

  /** One channel's delivery of a notification. */
  public record Delivery(long id, long notificationId, Channel channel, Status status,
      int attempts, Instant nextAttemptAt, String lastError, Instant sentAt) {}

  /** A delivery this node has claimed and must now deliver. */
  public record Claimed(long deliveryId, long notificationId, long caseId, String customerId,
      String template, String language, Channel channel, String subject, String body,
      int attempt, Instant leaseUntil) {}

  private final JdbcClient jdbc;
  private final DatabaseProduct database;

  public NotificationOutbox(JdbcClient jdbc, DatabaseProduct database) {
    this.jdbc = jdbc;
    this.database = database;
  }

  public Optional<Notification> findByKey(String key) {
    return jdbc.sql("SELECT * FROM kefu_notification WHERE notification_key = :k")
        .param("k", key).query((rs, i) -> notification(rs)).optional();
  }

  public Optional<Notification> find(long id) {
    return jdbc.sql("SELECT * FROM kefu_notification WHERE id = :id")
        .param("id", id).query((rs, i) -> notification(rs)).optional();
  }

  /** The notifications of a case, oldest first. */
  public List<Notification> ofCase(long caseId) {
    return jdbc.sql("SELECT * FROM kefu_notification WHERE case_id = :c ORDER BY id")
        .param("c", caseId).query((rs, i) -> notification(rs)).list();
  }

  /**
   * Records a notification unless one with the same key exists (insert-if-absent on the unique
   * key, which the caller's transaction survives).
   *
   * @return the new notification's id, or empty when the key was already recorded
   */
  public Optional<Long> insertIfAbsent(String key, long caseId, String customerId,
      String template, String language, String timelineKind, String subject, String body,
      Instant now) {
    KeyHolder id = new GeneratedKeyHolder();
    int rows = database.insertUnlessDuplicate("""
        INSERT INTO kefu_notification (notification_key, case_id, customer_id, template,
          language, timeline_kind, subject, body, created_at)
        VALUES (:key, :caseId, :customerId, :template, :language, :kind, :subject, :body, :now)""",
        "notification_key", sql -> jdbc.sql(sql)
            .param("key", key).param("caseId", caseId).param("customerId", customerId)
            .param("template", template).param("language", language).param("kind", timelineKind)
            .param("subject", subject).param("body", body).param("now", utc(now))
            .update(id, "id"));
    return rows == 1 ? Optional.of(id.getKey().longValue()) : Optional.empty();
  }

  /** Queues a channel's delivery of a notification, due at once. */
  public void enqueue(long notificationId, Channel channel, String subject, String body,
      Instant now) {
    jdbc.sql("""
        INSERT INTO kefu_notification_delivery (notification_id, channel, subject, body, status,
          attempts, next_attempt_at, created_at, updated_at)
        VALUES (:n, :channel, :subject, :body, 'PENDING', 0, :now, :now, :now)""")
        .param("n", notificationId).param("channel", channel.name()).param("subject", subject)
        .param("body", body).param("now", utc(now))
        .update();
  }

  public List<Delivery> deliveriesOf(long notificationId) {
    return jdbc.sql("SELECT * FROM kefu_notification_delivery WHERE notification_id = :n "
            + "ORDER BY id")
        .param("n", notificationId).query((rs, i) -> delivery(rs)).list();
  }

  /** Dead deliveries (FAILED after the last attempt), newest first. */
  public List<Delivery> failed(int limit) {
    return jdbc.sql("SELECT * FROM kefu_notification_delivery WHERE status = 'FAILED' "
            + "ORDER BY updated_at DESC, id DESC FETCH FIRST " + Math.max(1, limit)
            + " ROWS ONLY")
        .query((rs, i) -> delivery(rs)).list();
  }

  /**
   * Claims due deliveries for this node: PENDING ones whose time has come, and SENDING ones
   * whose lease ran out (their node died while sending). Rows another node is claiming at this
   * moment are skipped ({@code FOR UPDATE SKIP LOCKED}); claimed rows become SENDING with a
   * lease and one more attempt. Must run in a (short) transaction of its own.
   *
   * @param takeOverExpired whether to look for SENDING rows with an expired lease too (the
   *     poller does, every few seconds; the dispatches right after a commit need not)
   */
  public List<Claimed> claimDue(String owner, Instant now, Instant leaseUntil, int batchSize,
      boolean takeOverExpired) {
    // Two queries rather than one with OR: each is a plain scan of ix_notification_delivery_due
    // (status, next_attempt_at, id) that stops after batchSize rows. A bitmap scan (what the OR
    // gets) cannot mark the index entries of rows that have moved on to SENT as dead, so under
    // load every claim visited all of them again until the next vacuum (1.4 ms per claim in
    // the benchmark, the most expensive statement of an intake).
    List<Long> ids = new ArrayList<>(jdbc.sql("""
            SELECT id FROM kefu_notification_delivery
            WHERE status = 'PENDING' AND next_attempt_at <= :now
            ORDER BY next_attempt_at, id
            FETCH FIRST %d ROWS ONLY
            FOR UPDATE SKIP LOCKED""".formatted(batchSize))
        .param("now", utc(now)).query(Long.class).list());
    if (takeOverExpired && ids.size() < batchSize) {
      ids.addAll(jdbc.sql("""
              SELECT id FROM kefu_notification_delivery
              WHERE status = 'SENDING' AND lease_until < :now
              ORDER BY next_attempt_at, id
              FETCH FIRST %d ROWS ONLY
              FOR UPDATE SKIP LOCKED""".formatted(batchSize - ids.size()))
          .param("now", utc(now)).query(Long.class).list());
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    jdbc.sql("""
        UPDATE kefu_notification_delivery
        SET status = 'SENDING', attempts = attempts + 1, lease_owner = :owner,
          lease_until = :until, updated_at = :now
        WHERE id IN (:ids)""")
        .param("owner", owner).param("until", utc(leaseUntil)).param("now", utc(now))
        .param("ids", ids)
        .update();
    return jdbc.sql("""
            SELECT d.id AS delivery_id, d.notification_id, n.case_id, n.customer_id,
              n.template, n.language, d.channel, d.subject, d.body, d.attempts, d.lease_until
            FROM kefu_notification_delivery d
            JOIN kefu_notification n ON n.id = d.notification_id
            WHERE d.id IN (:ids) ORDER BY d.next_attempt_at, d.id""")
        .param("ids", ids)
        .query((rs, i) -> new Claimed(rs.getLong("delivery_id"), rs.getLong("notification_id"),
            rs.getLong("case_id"), rs.getString("customer_id"), rs.getString("template"),
            rs.getString("language"), Channel.valueOf(rs.getString("channel")),
            rs.getString("subject"), rs.getString("body"), rs.getInt("attempts"),
            instant(rs, "lease_until")))
        .list();
  }

  /**
   * Records a successful delivery - only if this node still holds the claim of this attempt.
   *
   * @return false if the lease was lost (another node took the delivery over)
   */
  public boolean markSent(Claimed claim, String owner, Instant now) {
    return jdbc.sql("""
            UPDATE kefu_notification_delivery
            SET status = 'SENT', sent_at = :now, updated_at = :now, lease_owner = NULL,
              lease_until = NULL, last_error = NULL
            WHERE id = :id AND status = 'SENDING' AND lease_owner = :owner
              AND attempts = :attempt""")
        .param("now", utc(now)).param("id", claim.deliveryId()).param("owner", owner)
        .param("attempt", claim.attempt())
        .update() == 1;
  }

  /** Puts a failed delivery back, due again at {@code next}; false if the lease was lost. */
  public boolean reschedule(Claimed claim, String owner, Instant next, String error,
      Instant now) {
    return jdbc.sql("""
            UPDATE kefu_notification_delivery
            SET status = 'PENDING', next_attempt_at = :next, last_error = :error,
              updated_at = :now, lease_owner = NULL, lease_until = NULL
            WHERE id = :id AND status = 'SENDING' AND lease_owner = :owner
              AND attempts = :attempt""")
        .param("next", utc(next)).param("error", error).param("now", utc(now))
        .param("id", claim.deliveryId()).param("owner", owner)
        .param("attempt", claim.attempt())
        .update() == 1;
  }

  /** Gives a delivery up for good; false if the lease was lost. */
  public boolean markFailed(Claimed claim, String owner, String error, Instant now) {
    return jdbc.sql("""
            UPDATE kefu_notification_delivery
            SET status = 'FAILED', last_error = :error, updated_at = :now, lease_owner = NULL,
              lease_until = NULL
            WHERE id = :id AND status = 'SENDING' AND lease_owner = :owner
              AND attempts = :attempt""")
        .param("error", error).param("now", utc(now)).param("id", claim.deliveryId())
        .param("owner", owner).param("attempt", claim.attempt())
        .update() == 1;
  }

  private static Notification notification(ResultSet rs) throws SQLException {
    return new Notification(rs.getLong("id"), rs.getString("notification_key"),
        rs.getLong("case_id"), rs.getString("customer_id"), rs.getString("template"),
        rs.getString("language"), rs.getString("timeline_kind"), rs.getString("subject"),
        rs.getString("body"), instant(rs, "created_at"));
  }

  private static Delivery delivery(ResultSet rs) throws SQLException {
    return new Delivery(rs.getLong("id"), rs.getLong("notification_id"),
        Channel.valueOf(rs.getString("channel")), Status.valueOf(rs.getString("status")),
        rs.getInt("attempts"), instant(rs, "next_attempt_at"), rs.getString("last_error"),
        instant(rs, "sent_at"));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
