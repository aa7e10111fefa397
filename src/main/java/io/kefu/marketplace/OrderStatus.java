package io.kefu.marketplace;

/**
 * Where an order stands in the marketplace.
 *
 * <ul>
 *   <li>{@link #CREATED} - placed, not paid yet;
 *   <li>{@link #PAID} - paid, the seller has not shipped yet;
 *   <li>{@link #SHIPPED} - the seller uploaded a tracking number; the carrier may or may not have
 *       collected the parcel yet ({@link Order#collectedAt()});
 *   <li>{@link #DELIVERED} - the carrier delivered it (signed for);
 *   <li>{@link #CANCELLED} - closed before payment;
 *   <li>{@link #REFUNDED} - the payment was returned, before shipping or after a return.
 * </ul>
 */
public enum OrderStatus {
  CREATED,
  PAID,
  SHIPPED,
  DELIVERED,
  CANCELLED,
  REFUNDED
}
