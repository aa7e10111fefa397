package io.kefu.resolution;

import io.kefu.platform.integration.BusinessRefusalException;

/** The payment gateway refused a refund: a business refusal ({@link PaymentGateway}). */
public class PaymentRefusedException extends BusinessRefusalException {

  /** Why; {@link #name()} is the BPMN error code. */
  public enum Reason {
    /** The gateway knows no payment for this order. */
    ORDER_NOT_FOUND,
    /** The order was never paid (unpaid or cancelled): nothing to refund. */
    ORDER_NOT_PAID,
    /** The refund's currency is not the payment's. */
    CURRENCY_MISMATCH,
    /** The amount is above the order amount minus what was already refunded for the order. */
    AMOUNT_EXCEEDS_REFUNDABLE,
    /** The buyer's payment account (or card) is closed: the gateway cannot pay back to it. */
    ACCOUNT_CLOSED
  }

  private final Reason reason;

  public PaymentRefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  @Override
  public String code() {
    return reason.name();
  }
}
