package io.kefu.sla;

import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The case's SLA clock stops while kefu waits on the buyer and resumes with the business time
 * that was left (table {@code kefu_sla_pause}; each pause and resume is on the case's timeline).
 */
@Service
public class SlaClock {

  private final JdbcClient jdbc;
  private final WorkingTimeCalendar calendar;
  private final CaseRepository cases;
  private final Clock clock;

  public SlaClock(JdbcClient jdbc, WorkingTimeCalendar calendar, CaseRepository cases,
      Clock clock) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.cases = cases;
    this.clock = clock;
  }

  /** A pause of the clock, with the business time left on each deadline when it stopped. */
  public record Pause(Instant pausedAt, String reason, Duration remainingFirstResponse,
      Duration remainingResolution, Instant resumedAt) {}

  /** The deadlines after a resume. */
  public record Deadlines(Instant firstResponseDue, Instant resolutionDue,
      Duration remainingFirstResponse) {}

  public void pause(long caseId, String group, Instant firstResponseDue, Instant resolutionDue,
      String reason) {
    if (openPause(caseId).isPresent()) {
      return; // already stopped (a retried step)
    }
    Instant now = clock.instant();
    Duration firstResponseLeft = left(group, now, firstResponseDue);
    Duration resolutionLeft = left(group, now, resolutionDue);
    jdbc.sql("""
        INSERT INTO kefu_sla_pause (case_id, paused_at, reason, remaining_first_response_ms,
          remaining_resolution_ms) VALUES (:c, :at, :reason, :f, :r)""")
        .param("c", caseId).param("at", utc(now)).param("reason", reason)
        .param("f", firstResponseLeft.toMillis()).param("r", resolutionLeft.toMillis())
        .update();
    cases.addEvent(caseId, "SLA_PAUSED", CaseEvent.SYSTEM, false,
        "SLA clock paused; left: first response " + firstResponseLeft + ", resolution "
            + resolutionLeft, reason);
  }

  /** Restarts the clock with the time that was left; empty if it was not paused. */
  public Optional<Deadlines> resume(long caseId, String group) {
    return openPause(caseId).map(pause -> {
      Instant now = clock.instant();
      Instant firstResponseDue = calendar.addWorkingTime(group, now,
          pause.remainingFirstResponse());
      Instant resolutionDue = calendar.addWorkingTime(group, now, pause.remainingResolution());
      jdbc.sql("UPDATE kefu_sla_pause SET resumed_at = :now WHERE case_id = :c "
              + "AND resumed_at IS NULL")
          .param("now", utc(now)).param("c", caseId).update();
      cases.updateDeadlines(caseId, firstResponseDue, resolutionDue);
      cases.addEvent(caseId, "SLA_RESUMED", CaseEvent.SYSTEM, false,
          "SLA clock resumed after " + Duration.between(pause.pausedAt(), now).toMinutes()
              + " min; first response due " + firstResponseDue + ", resolution due "
              + resolutionDue, pause.reason());
      return new Deadlines(firstResponseDue, resolutionDue, pause.remainingFirstResponse());
    });
  }

  public List<Pause> pauses(long caseId) {
    return jdbc.sql("SELECT * FROM kefu_sla_pause WHERE case_id = :c ORDER BY paused_at, id")
        .param("c", caseId)
        .query((rs, i) -> new Pause(rs.getObject("paused_at", OffsetDateTime.class).toInstant(),
            rs.getString("reason"), Duration.ofMillis(rs.getLong("remaining_first_response_ms")),
            Duration.ofMillis(rs.getLong("remaining_resolution_ms")),
            Optional.ofNullable(rs.getObject("resumed_at", OffsetDateTime.class))
                .map(OffsetDateTime::toInstant).orElse(null)))
        .list();
  }

  private Optional<Pause> openPause(long caseId) {
    return pauses(caseId).stream().filter(p -> p.resumedAt() == null).findFirst();
  }

  private Duration left(String group, Instant now, Instant due) {
    if (due == null) {
      return Duration.ZERO;
    }
    Duration left = calendar.workingTimeBetween(group, now, due);
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
