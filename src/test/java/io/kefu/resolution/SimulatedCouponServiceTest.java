package io.kefu.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.platform.integration.IdempotencyConflictException;
import io.kefu.testsupport.KefuSpringTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@KefuSpringTest
class SimulatedCouponServiceTest {

  private static final Instant FROM = Instant.parse("2026-11-23T00:00:00Z");
  private static final Instant UNTIL = FROM.plus(Duration.ofDays(30));

  @Autowired CouponService coupons;
  @Autowired JdbcClient jdbc;

  private int couponsOf(String customer) {
    return jdbc.sql("SELECT COUNT(*) FROM sim_coupon WHERE customer_id = :c")
        .param("c", customer).query(Integer.class).single();
  }

  @Test
  void theSameCouponIdTwiceIssuesOneCoupon() throws Exception {
    String couponId = OperationIds.coupon("CS-20261123-910001", 1);
    CouponRequest request = new CouponRequest(couponId, "C00010", new BigDecimal("20"), "CNY",
        FROM, UNTIL, "物流延误补偿");

    Coupon first = coupons.issue(request);
    Coupon again = coupons.issue(request);

    assertThat(first.code()).startsWith("KF");
    assertThat(first.value()).isEqualTo(new BigDecimal("20.00"));
    assertThat(first.validFrom()).isEqualTo(FROM);
    assertThat(first.validUntil()).isEqualTo(UNTIL);
    assertThat(again).isEqualTo(first);
    assertThat(coupons.findCoupon(couponId)).contains(first);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sim_coupon WHERE coupon_id = :id")
        .param("id", couponId).query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void theSameCouponIdWithOtherValuesIsTheCallersBug() throws Exception {
    String couponId = OperationIds.coupon("CS-20261123-910002", 1);
    coupons.issue(new CouponRequest(couponId, "C00011", BigDecimal.TEN, "CNY", FROM, UNTIL,
        "x"));
    assertThatThrownBy(() -> coupons.issue(new CouponRequest(couponId, "C00011",
        new BigDecimal("11"), "CNY", FROM, UNTIL, "x")))
        .isInstanceOf(IdempotencyConflictException.class);
    assertThat(couponsOf("C00011")).isEqualTo(1);
  }

  @Test
  void businessRefusals() {
    assertThatThrownBy(() -> coupons.issue(new CouponRequest("CP-T-1", "C99999", BigDecimal.TEN,
        "CNY", FROM, UNTIL, "x")))
        .isInstanceOfSatisfying(CouponRefusedException.class, e -> assertThat(e.code())
            .isEqualTo("CUSTOMER_NOT_FOUND"));
    assertThatThrownBy(() -> coupons.issue(new CouponRequest("CP-T-2", "C00012",
        new BigDecimal("500.01"), "CNY", FROM, UNTIL, "x")))
        .isInstanceOfSatisfying(CouponRefusedException.class, e -> assertThat(e.code())
            .isEqualTo("VALUE_ABOVE_LIMIT"));
    assertThatThrownBy(() -> coupons.issue(new CouponRequest("CP-T-3", "C00012", BigDecimal.TEN,
        "USD", FROM, UNTIL, "x")))
        .isInstanceOfSatisfying(CouponRefusedException.class, e -> assertThat(e.code())
            .isEqualTo("CURRENCY_NOT_SUPPORTED"));
    assertThat(couponsOf("C00012")).isZero();
    assertThatThrownBy(() -> new CouponRequest("CP-T-4", "C00012", BigDecimal.TEN, "CNY", UNTIL,
        FROM, "x")).isInstanceOf(IllegalArgumentException.class);
  }
}
