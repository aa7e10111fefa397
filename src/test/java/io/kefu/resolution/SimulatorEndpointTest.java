package io.kefu.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.marketplace.ShippingCarrier;
import io.kefu.platform.simulator.SimulatorControl;
import io.kefu.testsupport.KefuApi;
import io.kefu.testsupport.KefuSpringTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The simulators' back-office endpoint (on in tests: kefu.simulators.enabled=true). */
@KefuSpringTest
class SimulatorEndpointTest {

  @Autowired TestRestTemplate http;
  @Autowired SimulatorControl control;
  @Autowired Carrier carrier;

  @AfterEach
  void clear() {
    control.clear();
  }

  /** The administrator (password admin in tests, not KefuApi's demo password). */
  private Answer admin(String method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> r = http.withBasicAuth("admin", "admin").exchange(path,
        HttpMethod.valueOf(method), new HttpEntity<>(body, headers), String.class);
    try {
      return new Answer(r.getStatusCode().value(),
          r.getBody() == null ? null : JSON.readTree(r.getBody()));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  record Answer(int status, JsonNode json) {
    String text(String field) {
      JsonNode node = json == null ? null : json.get(field);
      return node == null || node.isNull() ? null : node.asText();
    }
  }

  private static Map<String, Object> rule(String simulator, String kind, Integer times) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("simulator", simulator);
    body.put("kind", kind);
    body.put("times", times);
    return body;
  }

  @Test
  void administratorsInjectListAndRemoveFailures() {
    Answer overview = admin("GET", "/api/v1/simulators", null);
    assertThat(overview.status()).isEqualTo(200);
    assertThat(overview.json().get("simulators").findValuesAsText("name"))
        .contains("payment-gateway", "carrier", "marketplace");

    Answer created = admin("POST", "/api/v1/simulators/failures",
        rule("payment-gateway", "REFUSAL", 2));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.text("refusalCode")).as("the default of the operation called").isNull();
    assertThat(created.text("kind")).isEqualTo("REFUSAL");
    assertThat(control.rules()).hasSize(1);
    assertThat(admin("GET", "/api/v1/simulators/failures", null).json().size()).isEqualTo(1);

    Answer invalid = admin("POST", "/api/v1/simulators/failures",
        rule("bank", "TECHNICAL", 1));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.text("type")).endsWith("/invalid-failure-rule");

    long id = created.json().get("id").asLong();
    assertThat(admin("DELETE", "/api/v1/simulators/failures/" + id, null).status())
        .isEqualTo(204);
    assertThat(control.rules()).isEmpty();
  }

  @Test
  void administratorsPlayTheCarrier() throws Exception {
    carrier.registerReturnShipment("CS-20261123-960001", ShippingCarrier.SF, "SF5000000000901");
    Answer received = admin("POST",
        "/api/v1/simulators/carrier/returns/SF/SF5000000000901/received", Map.of());
    assertThat(received.status()).isEqualTo(200);
    assertThat(received.text("eventId")).isEqualTo("SIM-RR-SF-SF5000000000901");
    assertThat(admin("GET", "/api/v1/simulators/carrier/parcels/SF/SF5000000000901", null)
        .text("state")).isEqualTo("RETURN_RECEIVED");
    assertThat(admin("POST", "/api/v1/simulators/carrier/returns/SF/SF5000000000999/received",
        Map.of()).status()).isEqualTo(404);

    Answer scan = admin("POST", "/api/v1/simulators/carrier/events", Map.of(
        "carrier", "SF", "trackingNumber", "SF5000000000901", "state", "LOST"));
    assertThat(scan.status()).isEqualTo(201);
  }

  @Test
  void nobodyElseMayUseIt() {
    for (String user : new String[] {"agent", "manager", "channel-app", "carrier-sim"}) {
      assertThat(new KefuApi(http, user).get("/api/v1/simulators").status()).as(user)
          .isEqualTo(403);
      assertThat(new KefuApi(http, user).post("/api/v1/simulators/failures",
          rule("carrier", "TECHNICAL", 1)).status()).as(user).isEqualTo(403);
    }
    assertThat(http.getForEntity("/api/v1/simulators", String.class).getStatusCode().value())
        .isEqualTo(401);
    assertThat(control.rules()).isEmpty();
  }
}
