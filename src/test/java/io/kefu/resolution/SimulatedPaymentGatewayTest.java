package io.kefu.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.marketplace.DemoMarketplaceData;
import io.kefu.platform.integration.IdempotencyConflictException;
import io.kefu.platform.simulator.SimulatorControl;
import io.kefu.platform.simulator.SimulatorNumbers;
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

@KefuSpringTest
class SimulatedPaymentGatewayTest {

  @Autowired PaymentGateway gateway;
  @Autowired SimulatorControl control;
  @Autowired SimulatorNumbers numbers;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void noFailures() {
    control.clear();
  }

  private BigDecimal amountOf(String order) {
    return jdbc.sql("SELECT amount FROM mkt_order WHERE order_number = :n").param("n", order)
        .query(BigDecimal.class).single();
  }

  private int paymentsOf(String order) {
    return jdbc.sql("SELECT COUNT(*) FROM sim_refund WHERE order_number = :n").param("n", order)
        .query(Integer.class).single();
  }

  @Test
  void theBuiltInGatewayIsTheSimulator() {
    assertThat(gateway).isInstanceOf(SimulatedPaymentGateway.class);
  }

  @Test
  void theSameRefundIdTwicePaysOnce() throws Exception {
    String order = TestOrders.delivered(jdbc);
    String refundId = OperationIds.refund("CS-20261123-900001", 1);
    RefundRequest request = new RefundRequest(refundId, order, new BigDecimal("5.00"), "CNY",
        "屏幕碎裂");

    Refund first = gateway.refund(request);
    Refund again = gateway.refund(new RefundRequest(refundId, order, new BigDecimal("5"), "CNY",
        "retried job"));

    assertThat(first.status()).isEqualTo(RefundStatus.SUCCEEDED);
    assertThat(first.gatewayReference()).startsWith("SIMPAY-");
    assertThat(first.completedAt()).isNotNull();
    assertThat(again).isEqualTo(first);
    assertThat(paymentsOf(order)).isEqualTo(1);
    assertThat(gateway.findRefund(refundId)).contains(first);
    assertThat(gateway.refundableAmount(order)).contains(amountOf(order).subtract(
        new BigDecimal("5.00")));
  }

  @Test
  void theSameRefundIdForAnotherAmountIsTheCallersBug() throws Exception {
    String order = TestOrders.delivered(jdbc);
    String refundId = OperationIds.refund("CS-20261123-900002", 1);
    gateway.refund(new RefundRequest(refundId, order, new BigDecimal("1.00"), "CNY", "x"));
    assertThatThrownBy(() -> gateway.refund(new RefundRequest(refundId, order,
        new BigDecimal("2.00"), "CNY", "x")))
        .isInstanceOf(IdempotencyConflictException.class);
    assertThat(paymentsOf(order)).isEqualTo(1);
  }

  @Test
  void aRefundAboveTheOrderAmountIsRefused() {
    String order = TestOrders.delivered(jdbc);
    BigDecimal tooMuch = amountOf(order).add(new BigDecimal("0.01"));
    assertThatThrownBy(() -> gateway.refund(new RefundRequest(
        OperationIds.refund("CS-20261123-900003", 1), order, tooMuch, "CNY", "too much")))
        .isInstanceOfSatisfying(PaymentRefusedException.class, e -> {
          assertThat(e.reason())
              .isEqualTo(PaymentRefusedException.Reason.AMOUNT_EXCEEDS_REFUNDABLE);
          assertThat(e.code()).isEqualTo("AMOUNT_EXCEEDS_REFUNDABLE");
        });
    assertThat(paymentsOf(order)).isZero();
  }

  @Test
  void partialRefundsAddUpToTheOrderAmountAndNoFurther() throws Exception {
    String order = TestOrders.delivered(jdbc);
    BigDecimal amount = amountOf(order);
    BigDecimal third = amount.divide(new BigDecimal("3"), 2, java.math.RoundingMode.DOWN);
    BigDecimal rest = amount.subtract(third).subtract(third);
    String caseNumber = "CS-20261123-900004";

    gateway.refund(new RefundRequest(OperationIds.refund(caseNumber, 1), order, third, "CNY",
        "part 1"));
    gateway.refund(new RefundRequest(OperationIds.refund(caseNumber, 2), order, third, "CNY",
        "part 2"));
    assertThat(gateway.refundableAmount(order)).contains(rest);
    assertThatThrownBy(() -> gateway.refund(new RefundRequest(OperationIds.refund(caseNumber, 3),
        order, rest.add(new BigDecimal("0.01")), "CNY", "one cent too much")))
        .isInstanceOf(PaymentRefusedException.class);
    Refund last = gateway.refund(new RefundRequest(OperationIds.refund(caseNumber, 4), order,
        rest, "CNY", "the rest"));

    assertThat(last.status()).isEqualTo(RefundStatus.SUCCEEDED);
    assertThat(gateway.refundableAmount(order)).contains(new BigDecimal("0.00"));
    BigDecimal total = jdbc.sql("SELECT SUM(amount) FROM sim_refund WHERE order_number = :n")
        .param("n", order).query(BigDecimal.class).single();
    assertThat(total).isEqualByComparingTo(amount);
  }

  @Test
  void unpaidRefundedAndUnknownOrdersAreRefused() {
    assertThatThrownBy(() -> gateway.refund(new RefundRequest("RF-T-unpaid-1",
        DemoMarketplaceData.ORDER_UNPAID, BigDecimal.ONE, "CNY", "x")))
        .isInstanceOfSatisfying(PaymentRefusedException.class, e -> assertThat(e.reason())
            .isEqualTo(PaymentRefusedException.Reason.ORDER_NOT_PAID));
    assertThatThrownBy(() -> gateway.refund(new RefundRequest("RF-T-refunded-1",
        DemoMarketplaceData.ORDER_VIP_REFUNDED, BigDecimal.ONE, "CNY", "x")))
        .isInstanceOfSatisfying(PaymentRefusedException.class, e -> assertThat(e.reason())
            .isEqualTo(PaymentRefusedException.Reason.AMOUNT_EXCEEDS_REFUNDABLE));
    assertThatThrownBy(() -> gateway.refund(new RefundRequest("RF-T-unknown-1",
        "O1999010100001", BigDecimal.ONE, "CNY", "x")))
        .isInstanceOfSatisfying(PaymentRefusedException.class, e -> assertThat(e.reason())
            .isEqualTo(PaymentRefusedException.Reason.ORDER_NOT_FOUND));
    String order = TestOrders.delivered(jdbc);
    assertThatThrownBy(() -> gateway.refund(new RefundRequest("RF-T-usd-1", order,
        BigDecimal.ONE, "USD", "x")))
        .isInstanceOfSatisfying(PaymentRefusedException.class, e -> assertThat(e.reason())
            .isEqualTo(PaymentRefusedException.Reason.CURRENCY_MISMATCH));
    assertThat(gateway.refundableAmount(DemoMarketplaceData.ORDER_UNPAID)).isEmpty();
    assertThat(gateway.findRefund("RF-T-unknown-1")).isEmpty();
  }

  @Test
  void invalidRequestsAreTheCallersBug() {
    assertThatThrownBy(() -> new RefundRequest("RF-1", "O1", new BigDecimal("-1"), "CNY", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RefundRequest("RF-1", "O1", new BigDecimal("1.001"), "CNY",
        "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RefundRequest("RF-1", "O1", BigDecimal.ONE, "CNY", " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withASettleDelayARefundIsRequestedFirstThenSucceeds() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T02:00:00Z"));
    SimulatedPaymentGateway slow = new SimulatedPaymentGateway(jdbc, control, numbers,
        transactions, clock, Duration.ofHours(2));
    String order = TestOrders.delivered(jdbc);
    String refundId = OperationIds.refund("CS-20261123-900005", 1);

    Refund requested = slow.refund(new RefundRequest(refundId, order, BigDecimal.TEN, "CNY",
        "late delivery"));
    assertThat(requested.status()).isEqualTo(RefundStatus.REQUESTED);
    assertThat(requested.completedAt()).isNull();
    assertThat(requested.gatewayReference()).startsWith("SIMPAY-");

    clock.advance(Duration.ofMinutes(119));
    assertThat(slow.findRefund(refundId).orElseThrow().status()).isEqualTo(RefundStatus.REQUESTED);

    clock.advance(Duration.ofMinutes(1));
    Refund settled = slow.findRefund(refundId).orElseThrow();
    assertThat(settled.status()).isEqualTo(RefundStatus.SUCCEEDED);
    assertThat(settled.completedAt()).isEqualTo("2026-11-23T04:00:00Z");
    assertThat(settled.gatewayReference()).isEqualTo(requested.gatewayReference());
  }

  @Test
  void aRefundThatJoinsARolledBackTransactionStaysPaidLikeWithTheRealGateway() throws Exception {
    String order = TestOrders.delivered(jdbc);
    String refundId = OperationIds.refund("CS-20261123-900006", 1);
    TransactionTemplate job = new TransactionTemplate(transactions);
    assertThatThrownBy(() -> job.executeWithoutResult(status -> {
      try {
        gateway.refund(new RefundRequest(refundId, order, BigDecimal.ONE, "CNY", "x"));
      } catch (PaymentRefusedException e) {
        throw new AssertionError(e);
      }
      throw new IllegalStateException("the job fails after the refund");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(gateway.findRefund(refundId)).isPresent();
    Refund retried = gateway.refund(new RefundRequest(refundId, order, BigDecimal.ONE, "CNY",
        "x"));
    assertThat(retried.status()).isEqualTo(RefundStatus.SUCCEEDED);
    assertThat(paymentsOf(order)).isEqualTo(1);
  }
}
