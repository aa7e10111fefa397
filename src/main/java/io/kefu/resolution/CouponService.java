package io.kefu.resolution;

import io.kefu.platform.integration.ExternalSystemException;
import io.kefu.platform.integration.IdempotencyConflictException;
import java.util.Optional;

/**
 * Port to the marketplace's coupon (marketing) service, which puts compensation and goodwill
 * coupons into a buyer's coupon wallet. The real system is the marketplace's promotion platform
 * (e.g. Taobao's 优惠券 API for service compensation). Built in: {@link SimulatedCouponService}.
 */
public interface CouponService {

  /**
   * Issues a coupon to the buyer. Idempotent by {@link CouponRequest#couponId()}: the same id
   * again returns the first coupon and issues no second one.
   *
   * @throws CouponRefusedException the service refuses (business): budget used up, unknown
   *     buyer, currency not supported, value above the limit
   * @throws IdempotencyConflictException the coupon id was used with other values
   * @throws ExternalSystemException the service cannot be reached or fails (technical)
   */
  Coupon issue(CouponRequest request) throws CouponRefusedException;

  /**
   * The coupon issued with this id, if any.
   *
   * @throws ExternalSystemException the service cannot be reached or fails
   */
  Optional<Coupon> findCoupon(String couponId);
}
