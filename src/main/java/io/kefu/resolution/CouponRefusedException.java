package io.kefu.resolution;

import io.kefu.platform.integration.BusinessRefusalException;

/** The coupon service refused to issue a coupon: a business refusal ({@link CouponService}). */
public class CouponRefusedException extends BusinessRefusalException {

  /** Why; {@link #name()} is the BPMN error code. */
  public enum Reason {
    /** The compensation budget for coupons is used up. */
    BUDGET_EXHAUSTED,
    /** No buyer with this id. */
    CUSTOMER_NOT_FOUND,
    /** The coupon service does not issue coupons in this currency. */
    CURRENCY_NOT_SUPPORTED,
    /** The value is above what one service coupon may be worth. */
    VALUE_ABOVE_LIMIT
  }

  private final Reason reason;

  public CouponRefusedException(Reason reason, String message) {
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
