package io.kefu.platform.integration;

/**
 * An outside system refused a request for a business reason: it works, and says no. Checked, so
 * callers decide what the refusal means; a delegate turns it into a {@code BpmnError} with
 * {@link #code()} as the error code. Subclasses exist per port and list their codes.
 */
public abstract class BusinessRefusalException extends Exception {

  protected BusinessRefusalException(String message) {
    super(message);
  }

  /**
   * A stable, upper-case code of the refusal (e.g. {@code AMOUNT_EXCEEDS_REFUNDABLE}), fit to be
   * a BPMN error code.
   */
  public abstract String code();
}
