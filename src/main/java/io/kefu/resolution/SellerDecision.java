package io.kefu.resolution;

/** The output {@code sellerDecision} of {@code processes/seller-after-sales.bpmn}. */
public enum SellerDecision {
  /** The seller agreed. */
  ACCEPTED,
  /** The seller did not answer in time: approved by the platform, the store's score reduced. */
  AUTO_APPROVED,
  /**
   * The seller refused, or the marketplace could not pass the request to the store (then the
   * variable {@code sellerAskRefusal} holds why): the platform gets involved.
   */
  REJECTED
}
