package io.kefu.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Intake settings ({@code kefu.intake.*}).
 *
 * @param selfServiceConfirmationTimeout how long kefu waits for the buyer to confirm that a
 *     self-service answer solved the problem before closing the case as deflected (ISO-8601,
 *     business time of the engine's calendar)
 */
@ConfigurationProperties("kefu.intake")
public record IntakeProperties(Duration selfServiceConfirmationTimeout) {
  public IntakeProperties {
    if (selfServiceConfirmationTimeout == null) {
      selfServiceConfirmationTimeout = Duration.ofHours(24);
    }
  }
}
