package io.kefu.resolution;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A coupon the buyer holds.
 *
 * @param couponId the caller's idempotency key
 * @param customerId the buyer
 * @param value face value, scale 2
 * @param currency ISO 4217
 * @param validFrom from when it can be redeemed
 * @param validUntil until when (exclusive)
 * @param code the code the buyer redeems (shown in the buyer's coupon wallet)
 * @param issuedAt when it was issued
 */
public record Coupon(String couponId, String customerId, BigDecimal value, String currency,
    Instant validFrom, Instant validUntil, String code, Instant issuedAt) {}
