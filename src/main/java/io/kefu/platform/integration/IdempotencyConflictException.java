package io.kefu.platform.integration;

/**
 * An idempotency key (refund id, coupon id, reship id...) was used again for a request that
 * differs from the first one. A caller's bug, not a business refusal: unchecked, an incident.
 */
public class IdempotencyConflictException extends RuntimeException {

  private final String key;

  public IdempotencyConflictException(String key, String message) {
    super(message);
    this.key = key;
  }

  /** The idempotency key that was reused. */
  public String key() {
    return key;
  }
}
