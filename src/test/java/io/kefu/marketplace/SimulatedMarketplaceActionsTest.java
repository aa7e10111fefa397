package io.kefu.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.platform.integration.IdempotencyConflictException;
import io.kefu.testsupport.KefuSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@KefuSpringTest
class SimulatedMarketplaceActionsTest {

  @Autowired OrderActions orders;
  @Autowired SellerActions sellers;
  @Autowired SellerDirectory sellerDirectory;
  @Autowired JdbcClient jdbc;

  /** Puts the demo sellers' scores back: other tests expect the demo data as generated. */
  @AfterEach
  void restoreDemoScores() {
    for (Seller seller : DemoMarketplaceData.generate().sellers()) {
      jdbc.sql("UPDATE mkt_seller SET credit_score = :score WHERE id = :id")
          .param("score", seller.creditScore()).param("id", seller.id()).update();
    }
  }

  private int reshipmentsOf(String order) {
    return jdbc.sql("SELECT COUNT(*) FROM sim_reshipment WHERE order_number = :n")
        .param("n", order).query(Integer.class).single();
  }

  @Test
  void oneSimulatorServesBothPorts() {
    assertThat(orders).isInstanceOf(SimulatedMarketplaceActions.class).isSameAs(sellers);
  }

  @Test
  void reshipIsIdempotentByReshipIdAndGivesANewTrackingNumber() throws Exception {
    String order = DemoMarketplaceData.ORDER_EN_DELIVERED;
    Reshipment first = orders.reship(order, "RS-CS-20261123-950001-1", "item damaged");
    Reshipment again = orders.reship(order, "RS-CS-20261123-950001-1", "retried");

    assertThat(again).isEqualTo(first);
    assertThat(first.carrier()).isEqualTo(ShippingCarrier.ZTO);
    assertThat(first.trackingNumber()).startsWith("79").isNotEqualTo("78316052847193");
    assertThat(ShippingCarrier.ZTO.isValidTrackingNumber(first.trackingNumber())).isTrue();
    assertThat(reshipmentsOf(order)).isEqualTo(1);
    assertThat(orders.findReshipment("RS-CS-20261123-950001-1")).contains(first);

    Reshipment second = orders.reship(order, "RS-CS-20261123-950001-2", "lost again");
    assertThat(second.trackingNumber()).isNotEqualTo(first.trackingNumber());
    assertThat(reshipmentsOf(order)).isEqualTo(2);
    // the order itself is unchanged
    assertThat(jdbc.sql("SELECT tracking_number FROM mkt_order WHERE order_number = :n")
        .param("n", order).query(String.class).single()).isEqualTo("78316052847193");

    assertThatThrownBy(() -> orders.reship(DemoMarketplaceData.ORDER_VIP_LARGE,
        "RS-CS-20261123-950001-1", "x")).isInstanceOf(IdempotencyConflictException.class);
  }

  @Test
  void reshipRefusals() {
    assertThatThrownBy(() -> orders.reship(DemoMarketplaceData.ORDER_AT_RISK_PAID, "RS-T-1",
        "x")).isInstanceOfSatisfying(OrderActionRefusedException.class,
            e -> assertThat(e.reason())
                .isEqualTo(OrderActionRefusedException.Reason.ORDER_NOT_SHIPPED));
    assertThatThrownBy(() -> orders.reship(DemoMarketplaceData.ORDER_VIP_REFUNDED, "RS-T-2",
        "x")).isInstanceOfSatisfying(OrderActionRefusedException.class,
            e -> assertThat(e.code()).isEqualTo("ORDER_REFUNDED"));
    assertThatThrownBy(() -> orders.reship("O1999010100001", "RS-T-3", "x"))
        .isInstanceOfSatisfying(OrderActionRefusedException.class,
            e -> assertThat(e.code()).isEqualTo("ORDER_NOT_FOUND"));
    assertThat(orders.findReshipment("RS-T-1")).isEmpty();
  }

  @Test
  void storeScoreReductionIsIdempotentRecordedAndStopsAtZero() throws Exception {
    int before = sellerDirectory.findSeller("S0012").orElseThrow().creditScore();
    StoreScoreChange change = sellers.reduceStoreScore("S0012", "SP-CS-20261123-950002-1", 5,
        "72 小时未处理售后申请");
    assertThat(change.scoreBefore()).isEqualTo(before);
    assertThat(change.scoreAfter()).isEqualTo(before - 5);
    assertThat(sellers.reduceStoreScore("S0012", "SP-CS-20261123-950002-1", 5, "retried"))
        .isEqualTo(change);
    assertThat(sellerDirectory.findSeller("S0012").orElseThrow().creditScore())
        .isEqualTo(before - 5);
    assertThat(sellers.findScoreChange("SP-CS-20261123-950002-1")).contains(change);
    assertThat(jdbc.sql("SELECT reason FROM sim_seller_penalty WHERE penalty_id = :id")
        .param("id", "SP-CS-20261123-950002-1").query(String.class).single())
        .isEqualTo("72 小时未处理售后申请");

    StoreScoreChange floor = sellers.reduceStoreScore("S0012", "SP-CS-20261123-950002-2", 100,
        "x");
    assertThat(floor.scoreAfter()).isZero();
    assertThatThrownBy(() -> sellers.reduceStoreScore("S0012", "SP-CS-20261123-950002-1", 6,
        "x")).isInstanceOf(IdempotencyConflictException.class);
    assertThatThrownBy(() -> sellers.reduceStoreScore("S9999", "SP-T-1", 1, "x"))
        .isInstanceOfSatisfying(SellerActionRefusedException.class,
            e -> assertThat(e.code()).isEqualTo("SELLER_NOT_FOUND"));
    assertThatThrownBy(() -> sellers.reduceStoreScore("S0012", "SP-T-2", 0, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
