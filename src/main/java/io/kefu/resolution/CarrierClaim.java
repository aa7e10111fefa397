package io.kefu.resolution;

import io.kefu.marketplace.ShippingCarrier;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A claim filed with the carrier for a lost parcel (理赔).
 *
 * @param claimId the caller's idempotency key
 * @param carrier the carrier
 * @param trackingNumber the lost parcel
 * @param amount the amount claimed, scale 2
 * @param currency ISO 4217
 * @param reason why, as sent
 * @param carrierReference the carrier's claim number
 * @param filedAt when the carrier accepted the claim
 */
public record CarrierClaim(String claimId, ShippingCarrier carrier, String trackingNumber,
    BigDecimal amount, String currency, String reason, String carrierReference,
    Instant filedAt) {}
