package io.kefu.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.marketplace.DemoMarketplaceData;
import io.kefu.marketplace.OrderActions;
import io.kefu.marketplace.Reshipment;
import io.kefu.marketplace.ShippingCarrier;
import io.kefu.platform.integration.IdempotencyConflictException;
import io.kefu.testsupport.KefuSpringTest;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@KefuSpringTest
class SimulatedCarrierTest {

  @Autowired Carrier carrier;
  @Autowired SimulatedCarrier simulator;
  @Autowired OrderActions orders;
  @Autowired JdbcClient jdbc;

  private String trackingOf(String order) {
    return jdbc.sql("SELECT tracking_number FROM mkt_order WHERE order_number = :n")
        .param("n", order).query(String.class).single();
  }

  private ShippingCarrier carrierOf(String order) {
    return ShippingCarrier.valueOf(jdbc.sql("SELECT carrier FROM mkt_order "
        + "WHERE order_number = :n").param("n", order).query(String.class).single());
  }

  @Test
  void trackingOfADeliveredDemoOrderFollowsItsTimes() {
    // O2026110100001: shipped 11-01 16:40, collected 18:05, delivered 11-02 14:30 (Shanghai)
    Tracking tracking = carrier.track(ShippingCarrier.SF, "SF1402638154729").orElseThrow();

    assertThat(tracking.state()).isEqualTo(ParcelState.DELIVERED);
    assertThat(tracking.expedited()).isFalse();
    assertThat(tracking.events()).extracting(TrackingEvent::state).containsExactly(
        ParcelState.AWAITING_COLLECTION, ParcelState.IN_TRANSIT, ParcelState.IN_TRANSIT,
        ParcelState.OUT_FOR_DELIVERY, ParcelState.DELIVERED);
    assertThat(tracking.events()).extracting(TrackingEvent::occurredAt).containsExactly(
        Instant.parse("2026-11-01T08:40:00Z"), Instant.parse("2026-11-01T10:05:00Z"),
        Instant.parse("2026-11-01T20:17:00Z"), Instant.parse("2026-11-02T04:30:00Z"),
        Instant.parse("2026-11-02T06:30:00Z"));
    assertThat(tracking.lastEvent().description()).contains("签收");
    // deterministic: asked again, the same history
    assertThat(carrier.track(ShippingCarrier.SF, "SF1402638154729")).contains(tracking);
  }

  @Test
  void trackingOfParcelsInTransitAndNeverCollected() {
    Tracking inTransit = carrier.track(ShippingCarrier.YTO, "YT7534016628815").orElseThrow();
    assertThat(inTransit.state()).isEqualTo(ParcelState.IN_TRANSIT);
    assertThat(inTransit.events()).hasSize(2);

    Tracking fake = carrier.track(ShippingCarrier.ZTO, "78316099102455").orElseThrow();
    assertThat(fake.state()).isEqualTo(ParcelState.AWAITING_COLLECTION);
    assertThat(fake.events()).singleElement()
        .satisfies(e -> assertThat(e.occurredAt()).isEqualTo("2026-11-15T10:00:00Z"));

    assertThat(carrier.track(ShippingCarrier.SF, "SF0000000000000")).isEmpty();
    assertThat(carrier.track(ShippingCarrier.ZTO, "SF1402638154729")).isEmpty();
  }

  @Test
  void injectedEventsChangeTheStateAndAReshipmentIsTracked() throws Exception {
    String order = TestOrders.inTransit(jdbc);
    ShippingCarrier c = carrierOf(order);
    String tracking = trackingOf(order);
    simulator.injectEvent(c, tracking, ParcelState.STUCK, Instant.parse("2026-12-05T00:00:00Z"),
        null);
    assertThat(carrier.track(c, tracking).orElseThrow().state()).isEqualTo(ParcelState.STUCK);
    simulator.injectEvent(c, tracking, ParcelState.LOST, Instant.parse("2026-12-08T00:00:00Z"),
        "包裹丢失 Parcel lost");
    Tracking lost = carrier.track(c, tracking).orElseThrow();
    assertThat(lost.state()).isEqualTo(ParcelState.LOST);
    assertThat(lost.lastEvent().description()).isEqualTo("包裹丢失 Parcel lost");

    Reshipment reship = orders.reship(order, OperationIds.reship("CS-20261123-920001", 1),
        "parcel lost");
    assertThat(reship.carrier()).isEqualTo(c);
    assertThat(c.isValidTrackingNumber(reship.trackingNumber())).isTrue();
    assertThat(carrier.track(c, reship.trackingNumber()).orElseThrow().state())
        .isEqualTo(ParcelState.AWAITING_COLLECTION);
  }

  @Test
  void expediteIsIdempotentAndRefusedForArrivedOrUncollectedParcels() throws Exception {
    String order = TestOrders.inTransit(jdbc);
    ShippingCarrier c = carrierOf(order);
    String tracking = trackingOf(order);
    String expediteId = OperationIds.expedite("CS-20261123-920002", 1);

    // other tests may have expedited the same demo parcel under their own ids
    int before = expeditesOf(tracking);
    ExpediteTicket first = carrier.expedite(expediteId, c, tracking, "买家着急");
    ExpediteTicket again = carrier.expedite(expediteId, c, tracking, "retried");
    assertThat(again).isEqualTo(first);
    assertThat(first.carrierTicket()).startsWith(c.name() + "-EXP-");
    assertThat(expeditesOf(tracking)).isEqualTo(before + 1);
    assertThat(carrier.track(c, tracking).orElseThrow().expedited()).isTrue();

    assertThatThrownBy(() -> carrier.expedite(expediteId, ShippingCarrier.SF, "SF1402638154729",
        "x")).isInstanceOf(IdempotencyConflictException.class);
    assertThatThrownBy(() -> carrier.expedite("EX-T-2", ShippingCarrier.SF, "SF1402638154729",
        "x")).isInstanceOfSatisfying(CarrierRefusedException.class,
            e -> assertThat(e.code()).isEqualTo("ALREADY_DELIVERED"));
    assertThatThrownBy(() -> carrier.expedite("EX-T-3", ShippingCarrier.ZTO, "78316099102455",
        "x")).isInstanceOfSatisfying(CarrierRefusedException.class,
            e -> assertThat(e.code()).isEqualTo("NOT_COLLECTED"));
    assertThatThrownBy(() -> carrier.expedite("EX-T-4", ShippingCarrier.SF, "SF0000000000000",
        "x")).isInstanceOfSatisfying(CarrierRefusedException.class,
            e -> assertThat(e.code()).isEqualTo("UNKNOWN_PARCEL"));
  }

  @Test
  void returnParcelsAreRegisteredOncePerCase() throws Exception {
    ReturnShipment registered = carrier.registerReturnShipment("CS-20261123-920003",
        ShippingCarrier.SF, "SF5000000000301");
    assertThat(registered.isReceived()).isFalse();
    assertThat(carrier.registerReturnShipment("CS-20261123-920003", ShippingCarrier.SF,
        "SF5000000000301")).isEqualTo(registered);
    assertThat(carrier.track(ShippingCarrier.SF, "SF5000000000301").orElseThrow().state())
        .isEqualTo(ParcelState.RETURN_IN_TRANSIT);

    assertThatThrownBy(() -> carrier.registerReturnShipment("CS-20261123-920004",
        ShippingCarrier.SF, "SF5000000000301"))
        .isInstanceOfSatisfying(CarrierRefusedException.class, e -> assertThat(e.code())
            .isEqualTo("RETURN_REGISTERED_TO_OTHER_CASE"));
    assertThatThrownBy(() -> carrier.registerReturnShipment("CS-20261123-920004",
        ShippingCarrier.SF, "12345"))
        .isInstanceOfSatisfying(CarrierRefusedException.class, e -> assertThat(e.code())
            .isEqualTo("INVALID_TRACKING_NUMBER"));
    assertThatThrownBy(() -> carrier.registerReturnShipment("CS-20261123-920004",
        ShippingCarrier.SF, "SF1402638154729"))
        .as("the order's own parcel is no return parcel")
        .isInstanceOfSatisfying(CarrierRefusedException.class, e -> assertThat(e.code())
            .isEqualTo("INVALID_TRACKING_NUMBER"));
  }

  @Test
  void claimsOnlyForLostOrStuckParcelsAndIdempotent() throws Exception {
    String order = TestOrders.inTransit(jdbc);
    ShippingCarrier c = carrierOf(order);
    String tracking = trackingOf(order);
    String claimId = OperationIds.carrierClaim("CS-20261123-920005", 1);
    assertThatThrownBy(() -> carrier.fileClaim(claimId, c, tracking, BigDecimal.TEN, "CNY",
        "lost")).isInstanceOfSatisfying(CarrierRefusedException.class,
            e -> assertThat(e.code()).isEqualTo("PARCEL_NOT_LOST"));

    simulator.injectEvent(c, tracking, ParcelState.LOST, Instant.parse("2026-12-09T00:00:00Z"),
        null);
    CarrierClaim claim = carrier.fileClaim(claimId, c, tracking, BigDecimal.TEN, "CNY", "lost");
    assertThat(claim.carrierReference()).startsWith(c.name() + "-CLM-");
    assertThat(claim.amount()).isEqualTo(new BigDecimal("10.00"));
    assertThat(carrier.fileClaim(claimId, c, tracking, BigDecimal.TEN, "CNY", "retried"))
        .isEqualTo(claim);
    assertThatThrownBy(() -> carrier.fileClaim(claimId, c, tracking, BigDecimal.ONE, "CNY", "x"))
        .isInstanceOf(IdempotencyConflictException.class);
    assertThatThrownBy(() -> carrier.fileClaim("CL-T-2", ShippingCarrier.SF, "SF1402638154729",
        BigDecimal.ONE, "CNY", "x")).isInstanceOfSatisfying(CarrierRefusedException.class,
            e -> assertThat(e.code()).isEqualTo("PARCEL_NOT_LOST"));
  }

  @Test
  void demoOrderTrackingNumbersAreKnown() {
    for (String order : new String[] {DemoMarketplaceData.ORDER_VIP_LARGE,
        DemoMarketplaceData.ORDER_EN_DELIVERED, DemoMarketplaceData.ORDER_OF_OTHER_CUSTOMER}) {
      assertThat(carrier.track(carrierOf(order), trackingOf(order)).orElseThrow().state())
          .as(order).isEqualTo(ParcelState.DELIVERED);
    }
  }

  private int expeditesOf(String tracking) {
    return jdbc.sql("SELECT COUNT(*) FROM sim_expedite WHERE tracking_number = :t")
        .param("t", tracking).query(Integer.class).single();
  }
}
