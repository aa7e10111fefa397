package io.kefu.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.marketplace.ShippingCarrier;
import io.kefu.testsupport.KefuApi;
import io.kefu.testsupport.KefuSpringTest;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The carriers' webhook and the messages it correlates, with tiny test models. */
@KefuSpringTest
class CarrierEventsTest {

  static final String AWAIT_RETURN = "test-await-return";
  static final String AWAIT_PARCEL = "test-await-parcel";

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired CarrierEvents events;
  @Autowired SimulatedCarrier simulatedCarrier;
  @Autowired Carrier carrier;
  @Autowired JdbcClient jdbc;

  private KefuApi carrierApi;

  @BeforeEach
  void deployTestModels() {
    carrierApi = new KefuApi(http, "carrier-sim");
    if (repository.createProcessDefinitionQuery().processDefinitionKey(AWAIT_RETURN).count() > 0) {
      return;
    }
    BpmnModelInstance awaitReturn = Bpmn.createExecutableProcess(AWAIT_RETURN)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .intermediateCatchEvent("WaitReturn").message(CarrierEvents.RETURN_RECEIVED)
        .userTask("InspectReturn")
        .endEvent()
        .done();
    BpmnModelInstance awaitParcel = Bpmn.createExecutableProcess(AWAIT_PARCEL)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .receiveTask("WaitParcel").message(CarrierEvents.PARCEL_EVENT)
        .userTask("LookAtParcel")
        .endEvent()
        .done();
    repository.createDeployment().name("carrier-events-test")
        .addModelInstance(AWAIT_RETURN + ".bpmn", awaitReturn)
        .addModelInstance(AWAIT_PARCEL + ".bpmn", awaitParcel)
        .deploy();
  }

  private static String sfNumber() {
    long n = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L);
    return String.format("SF8%012d", n);
  }

  private static Map<String, Object> event(String eventId, String tracking, String type) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("eventId", eventId);
    body.put("carrier", "SF");
    body.put("trackingNumber", tracking);
    body.put("eventType", type);
    body.put("occurredAt", "2026-11-23T10:15:00+08:00");
    body.put("description", "退货已签收");
    return body;
  }

  private ProcessInstance awaitingReturn(String tracking) {
    return runtime.startProcessInstanceByKey(AWAIT_RETURN,
        Map.of(CarrierEvents.RETURN_TRACKING_NUMBER, tracking));
  }

  private boolean waitsAt(ProcessInstance pi, String activity) {
    return runtime.getActiveActivityIds(pi.getId()).contains(activity);
  }

  @Test
  void returnReceivedIsCorrelatedOnceToTheProcessWaitingForThatParcel() {
    String tracking = sfNumber();
    ProcessInstance waiting = awaitingReturn(tracking);
    ProcessInstance other = awaitingReturn(sfNumber());
    String eventId = "SF-EV-" + UUID.randomUUID();

    KefuApi.Response first = carrierApi.post("/api/v1/carrier-events",
        event(eventId, tracking, "RETURN_RECEIVED"));
    assertThat(first.status()).isEqualTo(202);
    assertThat(first.json().get("duplicate").asBoolean()).isFalse();
    assertThat(first.json().get("correlated").asInt()).isEqualTo(1);
    assertThat(waitsAt(waiting, "InspectReturn")).isTrue();
    assertThat(waitsAt(other, "WaitReturn")).isTrue();
    assertThat(runtime.getVariable(waiting.getId(), "carrierEventId")).isEqualTo(eventId);
    assertThat(runtime.getVariable(waiting.getId(), "returnReceivedAt"))
        .isEqualTo(Date.from(java.time.Instant.parse("2026-11-23T02:15:00Z")));

    // the carrier pushes the same event again: nothing happens a second time
    ProcessInstance later = awaitingReturn(tracking);
    KefuApi.Response again = carrierApi.post("/api/v1/carrier-events",
        event(eventId, tracking, "RETURN_RECEIVED"));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("duplicate").asBoolean()).isTrue();
    assertThat(again.json().get("correlated").asInt()).isEqualTo(1);
    assertThat(waitsAt(later, "WaitReturn")).isTrue();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM kefu_carrier_event WHERE event_id = :id")
        .param("id", eventId).query(Integer.class).single()).isEqualTo(1);
    RecordedCarrierEvent recorded = events.find(eventId).orElseThrow();
    assertThat(recorded.receivedFrom()).isEqualTo("carrier-sim");
    assertThat(recorded.eventType()).isEqualTo(ParcelState.RETURN_RECEIVED);
    assertThat(recorded.correlatedCount()).isEqualTo(1);
  }

  @Test
  void theSameEventIdWithOtherContentIsAConflict() {
    String tracking = sfNumber();
    String eventId = "SF-EV-" + UUID.randomUUID();
    assertThat(carrierApi.post("/api/v1/carrier-events", event(eventId, tracking, "IN_TRANSIT"))
        .status()).isEqualTo(202);
    KefuApi.Response conflict = carrierApi.post("/api/v1/carrier-events",
        event(eventId, tracking, "DELIVERED"));
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.text("type")).endsWith("/carrier-event-conflict");
  }

  @Test
  void anEventNobodyWaitsForIsRecordedAllTheSame() {
    String tracking = sfNumber();
    KefuApi.Response r = carrierApi.post("/api/v1/carrier-events",
        event("SF-EV-" + UUID.randomUUID(), tracking, "STUCK"));
    assertThat(r.status()).isEqualTo(202);
    assertThat(r.json().get("correlated").asInt()).isZero();
    assertThat(events.eventsOf(tracking)).singleElement()
        .satisfies(e -> assertThat(e.eventType()).isEqualTo(ParcelState.STUCK));
  }

  @Test
  void onlyCarriersMayPushEvents() {
    Map<String, Object> body = event("SF-EV-" + UUID.randomUUID(), sfNumber(), "IN_TRANSIT");
    assertThat(new KefuApi(http, "channel-app").post("/api/v1/carrier-events", body).status())
        .isEqualTo(403);
    assertThat(new KefuApi(http, "agent").post("/api/v1/carrier-events", body).status())
        .isEqualTo(403);
    assertThat(http.postForEntity("/api/v1/carrier-events", body, String.class)
        .getStatusCode().value()).isEqualTo(401);
    // and carriers may use nothing else of kefu's API
    assertThat(carrierApi.get("/api/v1/requests/CS-1").status()).isEqualTo(403);
    assertThat(carrierApi.get("/api/v1/simulators").status()).isEqualTo(403);
  }

  @Test
  void invalidEventsAreRejected() {
    Map<String, Object> noId = event("", sfNumber(), "IN_TRANSIT");
    assertThat(carrierApi.post("/api/v1/carrier-events", noId).status()).isEqualTo(400);
    Map<String, Object> badType = event("SF-EV-x", sfNumber(), "TELEPORTED");
    assertThat(carrierApi.post("/api/v1/carrier-events", badType).status()).isEqualTo(400);
    Map<String, Object> lowerCase = event("SF-EV-y", "sf123", "IN_TRANSIT");
    assertThat(carrierApi.post("/api/v1/carrier-events", lowerCase).status()).isEqualTo(400);
  }

  @Test
  void theSimulatedCarrierReportsAReceivedReturnThroughTheSameService() throws Exception {
    String tracking = sfNumber();
    carrier.registerReturnShipment("CS-20261123-930001", ShippingCarrier.SF, tracking);
    ProcessInstance waiting = awaitingReturn(tracking);

    CarrierEvents.Receipt receipt = simulatedCarrier.markReturnReceived(ShippingCarrier.SF,
        tracking, null);

    assertThat(receipt.correlated()).isEqualTo(1);
    assertThat(waitsAt(waiting, "InspectReturn")).isTrue();
    assertThat(events.find(receipt.eventId()).orElseThrow().receivedFrom())
        .isEqualTo(CarrierEvents.FROM_SIMULATOR);
    Tracking tracked = carrier.track(ShippingCarrier.SF, tracking).orElseThrow();
    assertThat(tracked.state()).isEqualTo(ParcelState.RETURN_RECEIVED);
    assertThat(simulatedCarrier.findReturn(ShippingCarrier.SF, tracking).orElseThrow()
        .isReceived()).isTrue();

    // told twice: the same event, ignored by kefu
    CarrierEvents.Receipt again = simulatedCarrier.markReturnReceived(ShippingCarrier.SF,
        tracking, null);
    assertThat(again.duplicate()).isTrue();
    assertThat(again.eventId()).isEqualTo(receipt.eventId());
  }

  @Test
  void otherParcelEventsAreCorrelatedAsParcelEvent() {
    String tracking = sfNumber();
    ProcessInstance watching = runtime.startProcessInstanceByKey(AWAIT_PARCEL,
        Map.of(CarrierEvents.TRACKING_NUMBER, tracking));

    CarrierEvents.Receipt receipt = simulatedCarrier.injectEvent(ShippingCarrier.SF, tracking,
        ParcelState.STUCK, null, null);

    assertThat(receipt.correlated()).isEqualTo(1);
    assertThat(waitsAt(watching, "LookAtParcel")).isTrue();
    assertThat(runtime.getVariable(watching.getId(), "parcelState")).isEqualTo("STUCK");
    assertThat(runtime.getVariable(watching.getId(), "parcelEventAt")).isInstanceOf(Date.class);
  }
}
