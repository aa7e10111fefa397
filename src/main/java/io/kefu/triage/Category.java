package io.kefu.triage;

/**
 * What a buyer's request is about, as decided at intake (DOMAIN.md section 2, "Classify").
 * Each category is routed to the skill group that resolves it.
 */
public enum Category {
  /** The item or the deal is wrong: damaged, not as described, fake, wrong item, a return refused. */
  TRANSACTION_DISPUTE,
  /** Abnormal login, stolen account or funds, phishing, verification problems. */
  ACCOUNT_SECURITY,
  /** Late, lost or stuck parcel, wrong address in transit, signed for but not received, couriers. */
  LOGISTICS,
  /** How to use the platform: coupons, search, filters, listing an item, settings, app faults. */
  FEATURE_USAGE,
  /** Order status, changing or cancelling an order before shipment, invoices. */
  ORDER_QUERY,
  /** Payment failed or charged twice, refund status, timing or destination. */
  PAYMENT_REFUND
}
