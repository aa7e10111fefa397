package io.kefu.resolution;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A coupon to issue to a buyer.
 *
 * @param couponId the idempotency key, {@link OperationIds#coupon(String, int)}
 * @param customerId the buyer, e.g. {@code C00001}
 * @param value the coupon's face value, positive, at most two decimals
 * @param currency ISO 4217 ({@code CNY})
 * @param validFrom from when the buyer can redeem it
 * @param validUntil until when (exclusive); after {@code validFrom}
 * @param reason why, kept by the coupon service; not blank
 */
public record CouponRequest(String couponId, String customerId, BigDecimal value,
    String currency, Instant validFrom, Instant validUntil, String reason) {

  public CouponRequest {
    Checks.text(couponId, "couponId", 64);
    Checks.text(customerId, "customerId", 16);
    Checks.money(value, "value");
    Checks.text(currency, "currency", 3);
    Checks.text(reason, "reason", 1000);
    if (validFrom == null || validUntil == null || !validUntil.isAfter(validFrom)) {
      throw new IllegalArgumentException("validUntil must be after validFrom");
    }
  }
}
