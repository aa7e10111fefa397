package io.kefu.sla;

/**
 * A business-calendar configuration (kefu.sla.* or a holiday file) that cannot work. Thrown at
 * startup, or when a calendar is built in code; the message names the property or file.
 */
public class SlaConfigurationException extends IllegalStateException {
  public SlaConfigurationException(String message) {
    super(message);
  }

  public SlaConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
