package io.kefu.resolution;

/** Where a refund stands at the payment gateway. */
public enum RefundStatus {
  /** Accepted by the gateway; the money is on its way back (bank processing). */
  REQUESTED,
  /** The money reached the buyer's original payment method. Final. */
  SUCCEEDED,
  /**
   * The gateway accepted the refund but could not pay it out (e.g. the buyer's account was
   * closed meanwhile); {@link Refund#failureCode()} says why. Final: nothing was paid, and the
   * amount counts as refundable again.
   */
  FAILED;

  /** Whether the refund will not change any more. */
  public boolean isFinal() {
    return this != REQUESTED;
  }
}
