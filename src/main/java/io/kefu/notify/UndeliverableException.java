package io.kefu.notify;

/**
 * A delivery that can never succeed (no address, unknown customer, channel not configured): the
 * dispatcher marks it FAILED at once instead of retrying. Its message must not contain personal
 * data: it is stored and logged.
 */
public class UndeliverableException extends RuntimeException {
  public UndeliverableException(String message) {
    super(message);
  }
}
