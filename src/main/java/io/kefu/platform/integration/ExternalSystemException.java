package io.kefu.platform.integration;

/**
 * A technical failure of an outside system: unreachable, timed out, answered with an error, or a
 * simulator told to fail. Unchecked: the job that called it is retried and, once its retries are
 * used up, leaves an incident. The message must not contain personal data.
 */
public class ExternalSystemException extends RuntimeException {

  private final String system;

  public ExternalSystemException(String system, String message) {
    super(system + ": " + message);
    this.system = system;
  }

  public ExternalSystemException(String system, String message, Throwable cause) {
    super(system + ": " + message, cause);
    this.system = system;
  }

  /** The outside system that failed, e.g. {@code payment-gateway}. */
  public String system() {
    return system;
  }
}
