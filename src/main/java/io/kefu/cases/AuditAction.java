package io.kefu.cases;

/**
 * The back-office actions kefu audits ({@link AuditTrail}). Stored by name in
 * {@code kefu_audit.action} (at most 40 characters); add a constant for a new kind of action, the
 * table needs no migration.
 */
public enum AuditAction {
  /** Money paid back to the buyer through the payment gateway. */
  REFUND,
  /** The seller sends the item again (new shipment, new tracking number). */
  RESHIP,
  /** A coupon issued to the buyer as compensation or as a fallback offer. */
  COUPON,
  /** Expedited handling requested from the carrier. */
  EXPEDITE,
  /** A claim filed with the carrier for a lost or damaged parcel. */
  CARRIER_CLAIM,
  /** A return parcel's tracking number registered with the carrier for this case. */
  RETURN_REGISTERED,
  /** The seller was asked to respond to an after-sales request. */
  SELLER_AFTER_SALES_REQUEST,
  /** Points deducted from (or added to) a seller's store score. */
  SELLER_SCORE_CHANGE,
  /** A buyer's or seller's account frozen by the security team. */
  ACCOUNT_FREEZE,
  /** A frozen account released. */
  ACCOUNT_UNFREEZE,
  /** An account's password or login reset. */
  ACCOUNT_RESET,
  /** An order closed by the platform. */
  ORDER_CLOSE,
  /** Logistics data of an order changed (address, carrier, tracking number). */
  LOGISTICS_CHANGE,
  /** Compensation paid by other means than a refund or a coupon. */
  COMPENSATION,
  /** A warning recorded against a seller for breaking a marketplace rule (e.g. fake shipment). */
  SELLER_WARNING,
  /** The buyer's return parcel tracking number recorded on the case (who sent it, through which channel). */
  RETURN_TRACKING_NUMBER,
  /** The seller's answer to an after-sales request, or its automatic approval after the deadline. */
  SELLER_AFTER_SALES_RESPONSE
}
