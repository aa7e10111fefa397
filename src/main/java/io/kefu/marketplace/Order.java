package io.kefu.marketplace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An order on the marketplace, as customer service sees it.
 *
 * <p>The times tell the order's story: {@code createdAt}, then {@code paidAt} (null until
 * paid), {@code shippedAt} (the seller uploaded the tracking number), {@code collectedAt} (the
 * carrier picked the parcel up) and {@code deliveredAt}. A tracking number uploaded long ago but
 * never collected is what the fake-shipment check looks for.
 *
 * @param orderNumber the marketplace's order number, e.g. {@code O2026110100001}
 * @param customerId the buyer ({@link Customer#id()})
 * @param sellerId the store ({@link Seller#id()})
 * @param itemTitle the listing's title, in the buyer's preferred language
 * @param category category of goods, an upper-case code such as {@code ELECTRONICS}, {@code
 *     APPLIANCES}, {@code APPAREL}, {@code BEAUTY}, {@code FOOD}, {@code HOME}, {@code BABY},
 *     {@code SPORTS}, {@code BOOKS} or {@code PETS}
 * @param amount what the buyer paid (or is to pay), scale 2
 * @param currency ISO 4217 code, {@code CNY}
 * @param status where the order stands
 * @param paymentMethod how it was paid; {@code null} while unpaid
 * @param carrier the carrier, {@code null} until shipped
 * @param trackingNumber the carrier's waybill number, {@code null} until shipped
 * @param createdAt when the order was placed
 * @param paidAt when it was paid, or {@code null}
 * @param shippedAt when the seller uploaded the tracking number, or {@code null}
 * @param collectedAt when the carrier picked the parcel up, or {@code null}
 * @param deliveredAt when it was delivered, or {@code null}
 */
public record Order(
    String orderNumber,
    String customerId,
    String sellerId,
    String itemTitle,
    String category,
    BigDecimal amount,
    String currency,
    OrderStatus status,
    PaymentMethod paymentMethod,
    ShippingCarrier carrier,
    String trackingNumber,
    Instant createdAt,
    Instant paidAt,
    Instant shippedAt,
    Instant collectedAt,
    Instant deliveredAt) {

  public Order {
    Objects.requireNonNull(orderNumber, "orderNumber");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(sellerId, "sellerId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Whether this order was placed by the given customer (the "is this order yours" check). */
  public boolean belongsTo(String customerId) {
    return this.customerId.equals(customerId);
  }

  /** Whether the order went out as a parcel kefu can ask its carrier about. */
  public boolean hasParcel() {
    return carrier != null && trackingNumber != null;
  }

  /** Whether the seller uploaded a tracking number that the carrier has not collected yet. */
  public boolean isAwaitingCollection() {
    return status == OrderStatus.SHIPPED && shippedAt != null && collectedAt == null;
  }
}
