package io.kefu.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.marketplace.DemoMarketplaceData;
import io.kefu.marketplace.OrderActionRefusedException;
import io.kefu.marketplace.OrderActions;
import io.kefu.marketplace.SellerActionRefusedException;
import io.kefu.marketplace.Seller;
import io.kefu.marketplace.SellerActions;
import io.kefu.marketplace.ShippingCarrier;
import io.kefu.platform.integration.ExternalSystemException;
import io.kefu.platform.simulator.FailureKind;
import io.kefu.platform.simulator.FailureRule;
import io.kefu.platform.simulator.FailureSpec;
import io.kefu.platform.simulator.Simulator;
import io.kefu.platform.simulator.SimulatorControl;
import io.kefu.testsupport.KefuSpringTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every simulator can be told to fail, technically or with a business refusal; by default none
 * does.
 */
@KefuSpringTest
class FailureInjectionTest {

  private static final Instant FROM = Instant.parse("2026-11-23T00:00:00Z");

  @Autowired SimulatorControl control;
  @Autowired PaymentGateway payments;
  @Autowired CouponService coupons;
  @Autowired Carrier carrier;
  @Autowired SellerAfterSales sellers;
  @Autowired OrderActions orders;
  @Autowired SellerActions sellerActions;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void clear() {
    control.clear();
    // other tests expect the demo sellers' scores as generated
    for (Seller seller : DemoMarketplaceData.generate().sellers()) {
      jdbc.sql("UPDATE mkt_seller SET credit_score = :score WHERE id = :id")
          .param("score", seller.creditScore()).param("id", seller.id()).update();
    }
  }

  private static FailureSpec refusal(String simulator, String operation, String code) {
    return new FailureSpec(simulator, operation, null, FailureKind.REFUSAL, code, 1);
  }

  private CouponRequest coupon(String id) {
    return new CouponRequest(id, "C00020", BigDecimal.TEN, "CNY", FROM,
        FROM.plus(Duration.ofDays(7)), "x");
  }

  @Test
  void offByDefaultEverySimulatorWorks() throws Exception {
    assertThat(control.rules()).isEmpty();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sim_failure").query(Integer.class).single())
        .isZero();
    assertThat(control.simulators()).extracting(Simulator::simulatorName).containsExactly(
        "carrier", "coupon-service", "marketplace", "payment-gateway", "seller-after-sales");
    String order = TestOrders.delivered(jdbc);
    assertThat(payments.refund(new RefundRequest("RF-FI-0", order, BigDecimal.ONE, "CNY", "x"))
        .status()).isEqualTo(RefundStatus.SUCCEEDED);
    assertThat(coupons.issue(coupon("CP-FI-0")).code()).isNotBlank();
    assertThat(carrier.track(ShippingCarrier.SF, "SF1402638154729")).isPresent();
    assertThat(sellers.askSellerToRespond(new AfterSalesAsk("AS-FI-0", "CS-FI-0", order,
        AfterSalesKind.REFUND_ONLY, "x", FROM)).status())
        .isEqualTo(SellerRequestStatus.AWAITING_SELLER);
    assertThat(orders.reship(order, "RS-FI-0", "x").trackingNumber()).isNotBlank();
    assertThat(sellerActions.reduceStoreScore("S0005", "SP-FI-0", 1, "x").points()).isEqualTo(1);
  }

  @Test
  void paymentGatewayTechnicalFailureForTheNextCallsOnly() throws Exception {
    String order = TestOrders.delivered(jdbc);
    control.inject(FailureSpec.next(SimulatedPaymentGateway.NAME, 2, FailureKind.TECHNICAL));
    RefundRequest request = new RefundRequest("RF-FI-1", order, BigDecimal.ONE, "CNY", "x");

    assertThatThrownBy(() -> payments.refund(request))
        .isInstanceOfSatisfying(ExternalSystemException.class,
            e -> assertThat(e.system()).isEqualTo("payment-gateway"));
    assertThatThrownBy(() -> payments.findRefund("RF-FI-1"))
        .isInstanceOf(ExternalSystemException.class);
    assertThat(payments.findRefund("RF-FI-1")).isEmpty(); // nothing was paid by the failed call
    assertThat(payments.refund(request).status()).isEqualTo(RefundStatus.SUCCEEDED);
    assertThat(control.rules()).isEmpty();
  }

  @Test
  void paymentGatewayRefusalsAtRequestAndAtSettlement() throws Exception {
    String order = TestOrders.delivered(jdbc);
    control.inject(refusal(SimulatedPaymentGateway.NAME, "refund", null));
    assertThatThrownBy(() -> payments.refund(new RefundRequest("RF-FI-2", order, BigDecimal.ONE,
        "CNY", "x"))).isInstanceOfSatisfying(PaymentRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(PaymentRefusedException.Reason.ACCOUNT_CLOSED));

    BigDecimal before = payments.refundableAmount(order).orElseThrow();
    control.inject(refusal(SimulatedPaymentGateway.NAME, "settle", "ACCOUNT_CLOSED"));
    Refund failed = payments.refund(new RefundRequest("RF-FI-3", order, BigDecimal.ONE, "CNY",
        "x"));
    assertThat(failed.status()).isEqualTo(RefundStatus.FAILED);
    assertThat(failed.failureCode()).isEqualTo("ACCOUNT_CLOSED");
    assertThat(failed.completedAt()).isNotNull();
    assertThat(payments.refundableAmount(order)).contains(before);
  }

  @Test
  void aRuleForAKeyFailsOnlyCallsAboutThatKeyUntilRemoved() throws Exception {
    String failing = TestOrders.delivered(jdbc);
    String working = TestOrders.delivered(jdbc);
    FailureRule rule = control.inject(FailureSpec.forKey(SimulatedPaymentGateway.NAME, failing,
        FailureKind.TECHNICAL));
    for (int i = 1; i <= 3; i++) {
      int n = i;
      assertThatThrownBy(() -> payments.refund(new RefundRequest("RF-FI-K-" + n, failing,
          BigDecimal.ONE, "CNY", "x"))).isInstanceOf(ExternalSystemException.class);
    }
    assertThat(payments.refund(new RefundRequest("RF-FI-K-9", working, BigDecimal.ONE, "CNY",
        "x")).status()).isEqualTo(RefundStatus.SUCCEEDED);
    assertThat(control.remove(rule.id())).isTrue();
    assertThat(payments.refund(new RefundRequest("RF-FI-K-1", failing, BigDecimal.ONE, "CNY",
        "x")).status()).isEqualTo(RefundStatus.SUCCEEDED);
  }

  @Test
  void aFailureIsUsedUpEvenWhenTheCallersTransactionRollsBack() {
    String order = TestOrders.delivered(jdbc);
    control.inject(FailureSpec.next(SimulatedPaymentGateway.NAME, 1, FailureKind.TECHNICAL));
    assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
      try {
        payments.refund(new RefundRequest("RF-FI-TX", order, BigDecimal.ONE, "CNY", "x"));
      } catch (PaymentRefusedException e) {
        throw new AssertionError(e);
      }
    })).isInstanceOf(ExternalSystemException.class);
    assertThat(control.rules()).isEmpty();
  }

  @Test
  void couponService() throws Exception {
    control.inject(FailureSpec.next(SimulatedCouponService.NAME, 1, FailureKind.TECHNICAL));
    assertThatThrownBy(() -> coupons.issue(coupon("CP-FI-1")))
        .isInstanceOf(ExternalSystemException.class);
    control.inject(refusal(SimulatedCouponService.NAME, "issue", null));
    assertThatThrownBy(() -> coupons.issue(coupon("CP-FI-1")))
        .isInstanceOfSatisfying(CouponRefusedException.class,
            e -> assertThat(e.code()).isEqualTo("BUDGET_EXHAUSTED"));
    assertThat(coupons.findCoupon("CP-FI-1")).isEmpty();
    assertThat(coupons.issue(coupon("CP-FI-1")).couponId()).isEqualTo("CP-FI-1");
  }

  @Test
  void carrier() throws Exception {
    control.inject(new FailureSpec(SimulatedCarrier.NAME, "track", "SF1402638154729",
        FailureKind.TECHNICAL, null, 1));
    assertThat(carrier.track(ShippingCarrier.JD, "JDVA26111100421")).isPresent();
    assertThatThrownBy(() -> carrier.track(ShippingCarrier.SF, "SF1402638154729"))
        .isInstanceOf(ExternalSystemException.class);
    control.inject(refusal(SimulatedCarrier.NAME, "track", null));
    assertThat(carrier.track(ShippingCarrier.SF, "SF1402638154729")).isEmpty();
    assertThat(carrier.track(ShippingCarrier.SF, "SF1402638154729")).isPresent();

    String order = TestOrders.inTransit(jdbc);
    String tracking = jdbc.sql("SELECT tracking_number FROM mkt_order WHERE order_number = :n")
        .param("n", order).query(String.class).single();
    ShippingCarrier c = ShippingCarrier.valueOf(jdbc.sql("SELECT carrier FROM mkt_order "
        + "WHERE order_number = :n").param("n", order).query(String.class).single());
    control.inject(refusal(SimulatedCarrier.NAME, "expedite", null));
    assertThatThrownBy(() -> carrier.expedite("EX-FI-1", c, tracking, "x"))
        .isInstanceOfSatisfying(CarrierRefusedException.class,
            e -> assertThat(e.code()).isEqualTo("EXPEDITE_NOT_AVAILABLE"));
    control.inject(FailureSpec.next(SimulatedCarrier.NAME, 1, FailureKind.TECHNICAL));
    assertThatThrownBy(() -> carrier.registerReturnShipment("CS-FI-1", ShippingCarrier.SF,
        "SF5000000000777")).isInstanceOf(ExternalSystemException.class);
    control.inject(refusal(SimulatedCarrier.NAME, "claim", null));
    assertThatThrownBy(() -> carrier.fileClaim("CL-FI-1", c, tracking, BigDecimal.ONE, "CNY",
        "x")).isInstanceOfSatisfying(CarrierRefusedException.class,
            e -> assertThat(e.code()).isEqualTo("CLAIM_NOT_ACCEPTED"));
    assertThat(carrier.expedite("EX-FI-1", c, tracking, "x").carrierTicket()).isNotBlank();
  }

  @Test
  void sellerAfterSales() throws Exception {
    String order = TestOrders.delivered(jdbc);
    AfterSalesAsk ask = new AfterSalesAsk("AS-FI-1", "CS-FI-1", order, AfterSalesKind.EXCHANGE,
        "x", FROM);
    control.inject(FailureSpec.next(SimulatedSellerAfterSales.NAME, 1, FailureKind.TECHNICAL));
    assertThatThrownBy(() -> sellers.askSellerToRespond(ask))
        .isInstanceOf(ExternalSystemException.class);
    control.inject(refusal(SimulatedSellerAfterSales.NAME, "request", null));
    assertThatThrownBy(() -> sellers.askSellerToRespond(ask))
        .isInstanceOfSatisfying(SellerAfterSalesRefusedException.class,
            e -> assertThat(e.code()).isEqualTo("STORE_CLOSED"));
    assertThat(sellers.askSellerToRespond(ask).requestId()).startsWith("ASR");
  }

  @Test
  void marketplace() throws Exception {
    String order = TestOrders.delivered(jdbc);
    control.inject(refusal("marketplace", "reship", null));
    assertThatThrownBy(() -> orders.reship(order, "RS-FI-1", "x"))
        .isInstanceOfSatisfying(OrderActionRefusedException.class,
            e -> assertThat(e.code()).isEqualTo("OUT_OF_STOCK"));
    control.inject(FailureSpec.next("marketplace", 1, FailureKind.TECHNICAL));
    assertThatThrownBy(() -> orders.reship(order, "RS-FI-1", "x"))
        .isInstanceOf(ExternalSystemException.class);
    control.inject(refusal("marketplace", "reduce-store-score", null));
    assertThatThrownBy(() -> sellerActions.reduceStoreScore("S0006", "SP-FI-1", 2, "x"))
        .isInstanceOfSatisfying(SellerActionRefusedException.class,
            e -> assertThat(e.code()).isEqualTo("SCORE_LOCKED"));
    assertThat(orders.findReshipment("RS-FI-1")).isEmpty();
    assertThat(sellerActions.findScoreChange("SP-FI-1")).isEmpty();
  }

  @Test
  void invalidRulesAreRefused() {
    assertThatThrownBy(() -> control.inject(FailureSpec.next("bank", 1, FailureKind.TECHNICAL)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No simulator");
    assertThatThrownBy(() -> control.inject(new FailureSpec("carrier", "teleport", null,
        FailureKind.TECHNICAL, null, 1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> control.inject(refusal("carrier", "expedite", "ACCOUNT_CLOSED")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> control.inject(refusal("payment-gateway", "query", null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("technically");
    assertThatThrownBy(() -> control.inject(new FailureSpec("carrier", null, null,
        FailureKind.TECHNICAL, "UNKNOWN_PARCEL", 1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> control.inject(new FailureSpec("carrier", null, null,
        FailureKind.TECHNICAL, null, 0))).isInstanceOf(IllegalArgumentException.class);
    assertThat(control.rules()).isEmpty();
  }
}
