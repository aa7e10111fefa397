package io.kefu.marketplace;

import io.kefu.platform.integration.BusinessRefusalException;

/** The marketplace refused an order operation ({@link OrderActions}): a business refusal. */
public class OrderActionRefusedException extends BusinessRefusalException {

  /** Why; {@link #name()} is the BPMN error code. */
  public enum Reason {
    /** No order with this number. */
    ORDER_NOT_FOUND,
    /** The order was never shipped (unpaid, paid but not shipped, or cancelled). */
    ORDER_NOT_SHIPPED,
    /** The order was refunded: nothing to ship again. */
    ORDER_REFUNDED,
    /** The seller has no stock left of the item. */
    OUT_OF_STOCK
  }

  private final Reason reason;

  public OrderActionRefusedException(Reason reason, String message) {
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
