package io.kefu.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.marketplace.DemoMarketplaceData;
import io.kefu.platform.integration.IdempotencyConflictException;
import io.kefu.testsupport.KefuSpringTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@KefuSpringTest
class SimulatedSellerAfterSalesTest {

  private static final Instant DEADLINE = Instant.parse("2026-11-26T02:00:00Z");

  @Autowired SellerAfterSales sellers;
  @Autowired SimulatedSellerAfterSales simulator;

  @Test
  void asksTheOrdersSellerOnceAndWaitsForTheAnswer() throws Exception {
    AfterSalesAsk ask = new AfterSalesAsk(OperationIds.afterSales("CS-20261123-940001", 1),
        "CS-20261123-940001", DemoMarketplaceData.ORDER_FAKE_SHIPMENT,
        AfterSalesKind.REFUND_ONLY, "买家称未收到货，请在72小时内处理", DEADLINE);

    SellerRequest request = sellers.askSellerToRespond(ask);
    assertThat(request.requestId()).startsWith("ASR");
    assertThat(request.sellerId()).isEqualTo(DemoMarketplaceData.SELLER_LOW_CREDIT);
    assertThat(request.status()).isEqualTo(SellerRequestStatus.AWAITING_SELLER);
    assertThat(request.respondBy()).isEqualTo(DEADLINE);
    assertThat(sellers.askSellerToRespond(ask)).isEqualTo(request);
    assertThatThrownBy(() -> sellers.askSellerToRespond(new AfterSalesAsk(ask.askId(),
        ask.caseNumber(), ask.orderNumber(), AfterSalesKind.EXCHANGE, "x", DEADLINE)))
        .isInstanceOf(IdempotencyConflictException.class);

    SellerRequest answered = simulator.respond(request.requestId(), false, "买家未退货");
    assertThat(answered.status()).isEqualTo(SellerRequestStatus.REJECTED);
    assertThat(answered.respondedAt()).isNotNull();
    assertThat(simulator.respond(request.requestId(), true, "changed my mind").status())
        .as("the first answer stays").isEqualTo(SellerRequestStatus.REJECTED);
    assertThat(sellers.findRequest(request.requestId())).contains(answered);
  }

  @Test
  void anUnknownOrderIsRefused() {
    assertThatThrownBy(() -> sellers.askSellerToRespond(new AfterSalesAsk("AS-T-9", "CS-T-9",
        "O1999010100001", AfterSalesKind.RESHIP, "x", DEADLINE)))
        .isInstanceOfSatisfying(SellerAfterSalesRefusedException.class,
            e -> assertThat(e.code()).isEqualTo("ORDER_NOT_FOUND"));
    assertThat(sellers.findRequest("ASR000000000000")).isEmpty();
  }
}
