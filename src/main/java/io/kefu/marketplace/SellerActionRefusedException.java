package io.kefu.marketplace;

import io.kefu.platform.integration.BusinessRefusalException;

/** The marketplace refused a sanction against a store ({@link SellerActions}). */
public class SellerActionRefusedException extends BusinessRefusalException {

  /** Why; {@link #name()} is the BPMN error code. */
  public enum Reason {
    /** No seller with this id. */
    SELLER_NOT_FOUND,
    /** The store's score is locked, e.g. while the seller appeals an earlier penalty. */
    SCORE_LOCKED
  }

  private final Reason reason;

  public SellerActionRefusedException(Reason reason, String message) {
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
