package io.kefu.resolution;

/**
 * What {@code processes/remedy-policy.dmn} recommends.
 *
 * @param remedy RESHIP, PARTIAL_REFUND, FULL_REFUND, RETURN_AND_REFUND, COUPON, EXPEDITE or
 *     GUIDANCE_ONLY
 * @param couponValue coupon in CNY, 0 = none (with EXPEDITE a coupon is issued too when above 0)
 * @param refundShare share of the order amount refunded, 0..1 (0 unless a refund)
 * @param seniorApprovalRequired a senior agent must approve before it is carried out
 * @param fallbackRemedy COUPON or EXPEDITE: the one alternative offered when the buyer refuses
 * @param fallbackCouponValue coupon in CNY of the fallback
 */
public record RemedyAdvice(String remedy, double couponValue, double refundShare,
    boolean seniorApprovalRequired, String fallbackRemedy, double fallbackCouponValue) {

  public boolean isRefund() {
    return refundShare > 0;
  }
}
