package io.kefu.marketplace;

import java.time.Instant;

/**
 * A new shipment of an order's item (补发).
 *
 * @param reshipId the caller's idempotency key
 * @param orderNumber the order
 * @param carrier the carrier of the new parcel (the order's carrier)
 * @param trackingNumber the new parcel's tracking number, in the carrier's format
 * @param reason why it was shipped again
 * @param createdAt when the marketplace accepted it
 */
public record Reshipment(String reshipId, String orderNumber, ShippingCarrier carrier,
    String trackingNumber, String reason, Instant createdAt) {}
