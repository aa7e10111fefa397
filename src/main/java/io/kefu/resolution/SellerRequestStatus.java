package io.kefu.resolution;

/** Where a request to a seller stands. */
public enum SellerRequestStatus {
  /** The seller has not answered yet. */
  AWAITING_SELLER,
  /** The seller agreed to the buyer's request. */
  ACCEPTED,
  /** The seller refused it (the platform may step in: seed 003, within 2 h). */
  REJECTED
}
