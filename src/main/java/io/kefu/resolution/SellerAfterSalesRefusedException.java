package io.kefu.resolution;

import io.kefu.platform.integration.BusinessRefusalException;

/** The marketplace refused to pass a request to the seller ({@link SellerAfterSales}). */
public class SellerAfterSalesRefusedException extends BusinessRefusalException {

  /** Why; {@link #name()} is the BPMN error code. */
  public enum Reason {
    /** The store is closed or suspended: nobody will answer; the platform decides. */
    STORE_CLOSED,
    /** No order with this number. */
    ORDER_NOT_FOUND
  }

  private final Reason reason;

  public SellerAfterSalesRefusedException(Reason reason, String message) {
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
