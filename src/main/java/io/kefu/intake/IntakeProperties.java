package io.kefu.intake;

import io.kefu.sla.WorkingTimeCalendar;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Intake settings ({@code kefu.intake.*}).
 *
 * @param selfServiceConfirmationTimeout how long a self-service answer waits for the buyer's
 *     confirmation before the case closes as deflected: an engine timer duration, by default
 *     {@code wall-clock@PT24H} (24 real hours; without the prefix it counts business time)
 */
@ConfigurationProperties("kefu.intake")
public record IntakeProperties(String selfServiceConfirmationTimeout) {
  public IntakeProperties {
    if (selfServiceConfirmationTimeout == null || selfServiceConfirmationTimeout.isBlank()) {
      selfServiceConfirmationTimeout = "wall-clock@PT24H";
    }
    String duration = selfServiceConfirmationTimeout.substring(
        selfServiceConfirmationTimeout.indexOf('@') + 1);
    WorkingTimeCalendar.parseDuration(duration); // fails the start on a malformed value
  }
}
