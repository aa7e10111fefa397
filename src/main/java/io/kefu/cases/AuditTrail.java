package io.kefu.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of back-office actions (table {@code kefu_audit}): who did what on which case,
 * when (UTC), why, the state before and after, and the outside system's reference. Every entry
 * also appears in the case's timeline as an internal entry of kind {@code AUDIT_<action>}.
 *
 * <p>Append-only by design: this service can only add and read entries, and the database
 * refuses {@code UPDATE} and {@code DELETE} on the table (triggers, migration V21).
 *
 * <p>Record the action in the same transaction as the step that took it (a delegate's job):
 * if the step fails, neither the audit entry nor its timeline entry remains. A step that runs
 * again records nothing new when it passes the same {@code externalReference}: the first entry
 * is returned.
 */
@Service
public class AuditTrail {

  /** Longest before/after snapshot, in characters. */
  public static final int MAX_SNAPSHOT = 4000;
  static final int MAX_REASON = 1000;
  static final int MAX_ACTOR = 64;
  static final int MAX_REFERENCE = 128;
  private static final int MAX_TIMELINE_TEXT = 8000;

  private final JdbcClient jdbc;
  private final CaseRepository cases;
  private final Clock clock;

  public AuditTrail(JdbcClient jdbc, CaseRepository cases, Clock clock) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.clock = clock;
  }

  /**
   * Records a back-office action and adds it to the case's internal timeline.
   *
   * @param caseId the case the action was taken for (must exist)
   * @param actor the user id of whoever took the action, or {@link CaseEvent#SYSTEM} ("kefu")
   *     for automatic steps; not blank, at most 64 characters
   * @param action what was done
   * @param reason why; required, not blank, at most 1000 characters
   * @param before a short JSON or text snapshot of the state before, or {@code null}; at most
   *     {@value #MAX_SNAPSHOT} characters
   * @param after the state after, likewise
   * @param externalReference the id the outside system knows the action by (e.g. the refund id
   *     {@code RF-CS-20261123-000001-1}), or {@code null}; at most 128 characters
   * @return the entry; the existing one if this case already has an entry with the same action
   *     and external reference (a retried step)
   * @throws IllegalArgumentException if a value is missing, blank or too long
   */
  @Transactional
  public AuditEntry record(long caseId, String actor, AuditAction action, String reason,
      String before, String after, String externalReference) {
    Objects.requireNonNull(action, "action");
    require(actor, "actor", MAX_ACTOR);
    require(reason, "reason", MAX_REASON);
    limit(before, "before", MAX_SNAPSHOT);
    limit(after, "after", MAX_SNAPSHOT);
    limit(externalReference, "externalReference", MAX_REFERENCE);
    if (externalReference != null) {
      Optional<AuditEntry> existing = find(caseId, action, externalReference);
      if (existing.isPresent()) {
        return existing.get();
      }
    }
    OffsetDateTime now = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO kefu_audit (occurred_at, actor, case_id, action, reason, before_state,
          after_state, external_reference)
        VALUES (:at, :actor, :caseId, :action, :reason, :before, :after, :reference)""")
        .param("at", now).param("actor", actor).param("caseId", caseId)
        .param("action", action.name()).param("reason", reason).param("before", before)
        .param("after", after).param("reference", externalReference)
        .update(key, "id");
    cases.addEvent(caseId, "AUDIT_" + action.name(), actor, false,
        timelineText(action, before, after, externalReference), reason);
    return new AuditEntry(key.getKey().longValue(), now.toInstant(), actor, caseId, action,
        reason, before, after, externalReference);
  }

  /** The case's audit entries, oldest first. */
  public List<AuditEntry> ofCase(long caseId) {
    return jdbc.sql("SELECT * FROM kefu_audit WHERE case_id = :id ORDER BY occurred_at, id")
        .param("id", caseId).query(ENTRY).list();
  }

  /** The case's entry for this action and external reference, if recorded. */
  public Optional<AuditEntry> find(long caseId, AuditAction action, String externalReference) {
    return jdbc.sql("SELECT * FROM kefu_audit WHERE case_id = :id AND action = :action "
            + "AND external_reference = :reference")
        .param("id", caseId).param("action", action.name())
        .param("reference", externalReference).query(ENTRY).optional();
  }

  private static String timelineText(AuditAction action, String before, String after,
      String reference) {
    StringBuilder text = new StringBuilder(action.name());
    if (reference != null) {
      text.append(' ').append(reference);
    }
    if (before != null || after != null) {
      text.append(": ").append(before == null ? "-" : before).append(" -> ")
          .append(after == null ? "-" : after);
    }
    return text.length() <= MAX_TIMELINE_TEXT ? text.toString()
        : text.substring(0, MAX_TIMELINE_TEXT - 1) + "…";
  }

  private static void require(String value, String name, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("An audit entry needs a " + name);
    }
    limit(value, name, max);
  }

  private static void limit(String value, String name, int max) {
    if (value != null && value.length() > max) {
      throw new IllegalArgumentException("The audit entry's " + name + " is longer than " + max
          + " characters");
    }
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static final RowMapper<AuditEntry> ENTRY = (rs, i) -> new AuditEntry(
      rs.getLong("id"), instant(rs, "occurred_at"), rs.getString("actor"), rs.getLong("case_id"),
      AuditAction.valueOf(rs.getString("action")), rs.getString("reason"),
      rs.getString("before_state"), rs.getString("after_state"),
      rs.getString("external_reference"));
}
