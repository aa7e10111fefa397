package io.kefu.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.testsupport.KefuSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The policy as deployed in the engine, and the one-line text agents read. */
@KefuSpringTest
class RemedyPolicyTest {

  @Autowired RemedyPolicy policy;

  @Test
  void aLargeSellerFaultRefundIsHalfRefundedWithSeniorApproval() {
    RemedyAdvice advice = policy.advise(new RemedyPolicy.Situation("TRANSACTION_DISPUTE", null,
        "SELLER", "USER_ERROR", "REFUND_ONLY", "NORMAL", 640.0));

    assertThat(advice).isEqualTo(
        new RemedyAdvice("PARTIAL_REFUND", 0, 0.5, true, "COUPON", 30));
    assertThat(RemedyPolicy.describe(advice, 640.0)).isEqualTo(
        "部分退款 Partial refund 50% of 640.00 CNY - 需高级客服审批 senior approval; "
            + "备选 fallback: 优惠券 Coupon 30.00 CNY");
  }

  @Test
  void aStuckParcelIsExpeditedWithACouponAndTheFallbackCarriesNoCouponWhenZero() {
    RemedyAdvice expedite = policy.advise(new RemedyPolicy.Situation("LOGISTICS", "STUCK", null,
        null, null, "NORMAL", 80.0));
    assertThat(RemedyPolicy.describe(expedite, 80.0)).isEqualTo(
        "催件 Expedite + 优惠券 coupon 10.00 CNY; 备选 fallback: 优惠券 Coupon 30.00 CNY");

    RemedyAdvice coupon = policy.advise(new RemedyPolicy.Situation("LOGISTICS", "IN_TRANSIT",
        null, null, "COMPENSATION", "NORMAL", 80.0));
    assertThat(RemedyPolicy.describe(coupon, 80.0)).isEqualTo(
        "优惠券 Coupon 20.00 CNY; 备选 fallback: 催件 Expedite");
  }

  @Test
  void nothingKnownGivesGuidanceAndARefundWithoutAmountSaysSo() {
    assertThat(policy.advise(null))
        .isEqualTo(new RemedyAdvice("GUIDANCE_ONLY", 0, 0, false, "COUPON", 10));
    RemedyAdvice lost = policy.advise(new RemedyPolicy.Situation("LOGISTICS", "LOST", null,
        null, "REFUND_ONLY", null, 120.0));
    assertThat(RemedyPolicy.describe(lost, null))
        .startsWith("全额退款 Full refund 100% of the order amount; ");
  }
}
