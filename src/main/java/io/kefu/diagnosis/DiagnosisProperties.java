package io.kefu.diagnosis;

import io.kefu.sla.WorkingTimeCalendar;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Waiting for information from the buyer ({@code kefu.diagnosis.*}); engine timer durations,
 * {@code wall-clock@} for real time, else business time.
 *
 * @param infoReminderAfter when the buyer is reminded (default {@code wall-clock@PT24H})
 * @param infoNoReplyAfter when the case closes as "no reply" (default {@code wall-clock@PT72H})
 */
@ConfigurationProperties("kefu.diagnosis")
public record DiagnosisProperties(String infoReminderAfter, String infoNoReplyAfter) {
  public DiagnosisProperties {
    infoReminderAfter = infoReminderAfter == null ? "wall-clock@PT24H" : infoReminderAfter;
    infoNoReplyAfter = infoNoReplyAfter == null ? "wall-clock@PT72H" : infoNoReplyAfter;
    WorkingTimeCalendar.parseDuration(infoReminderAfter.substring(infoReminderAfter.indexOf('@') + 1));
    WorkingTimeCalendar.parseDuration(infoNoReplyAfter.substring(infoNoReplyAfter.indexOf('@') + 1));
  }
}
