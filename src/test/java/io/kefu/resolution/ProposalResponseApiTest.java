package io.kefu.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.kefu.resolution.ResolutionScenarios.Case;
import io.kefu.testsupport.KefuApi;
import io.kefu.testsupport.KefuSpringTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * POST /api/v1/requests/{caseNumber}/proposal-response over HTTP, as a channel integration
 * calls it: 202 when the case waits for the buyer's answer, 409 when it does not, 404 for
 * another channel's or an unknown case, 400 for an invalid body, 401 and 403; nothing is stored
 * when refused.
 */
@KefuSpringTest
class ProposalResponseApiTest {

  private static final String WRONG_ITEM = "卖家发错货了，颜色和描述不一样，请尽快处理";

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired ResolutionScenarios scenarios;
  KefuApi channel;

  @BeforeEach
  void setUp() {
    channel = new KefuApi(http);
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void tearDown() {
    BpmnAwareTests.reset();
  }

  private static String path(String caseNumber) {
    return "/api/v1/requests/" + caseNumber + "/proposal-response";
  }

  private static Map<String, Object> answer(Boolean accepted, String reason) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("accepted", accepted);
    if (reason != null) {
      body.put("reason", reason);
    }
    return body;
  }

  /** A case whose buyer was just sent a proposal (a refund without approval). */
  private Case proposed() {
    Case c = scenarios.submit(null, "o.status = 'DELIVERED' AND o.amount <= 500", WRONG_ITEM);
    scenarios.diagnose(c, "agent", "TRANSACTION_DISPUTE", "REFUND_ONLY", "EXTERNAL_FACTOR",
        "SELLER");
    assertThat(scenarios.resolution(c)).isWaitingAt("Gateway_AwaitResponse");
    return c;
  }

  @Test
  void aRefusalIsAcceptedOnceAndTheAlternativeIsProposed() {
    Case c = proposed();
    ProcessInstance r = scenarios.resolution(c);

    KefuApi.Response refused = channel.post(path(c.caseNumber()),
        answer(false, "我想要补偿，不要退款，电话13812345678"));
    assertThat(refused.status()).isEqualTo(202);
    assertThat(refused.text("caseNumber")).isEqualTo(c.caseNumber());
    assertThat(refused.text("accepted")).isEqualTo("false");
    assertThat(r).isWaitingAt("Gateway_AwaitResponse").variables()
        .containsEntry("remedyToApply", "COUPON").containsEntry("offerRound", 2);
    assertThat(scenarios.buyerMessages(c, "PROPOSAL_REFUSED")).singleElement().asString()
        .contains("我想要补偿").doesNotContain("13812345678"); // personal data masked

    KefuApi.Response accepted = channel.post(path(c.caseNumber()), answer(true, null));
    assertThat(accepted.status()).isEqualTo(202);
    assertThat(r).isWaitingAt("Task_IssueCoupon");

    // the answer was taken: nothing waits for another one
    KefuApi.Response again = channel.post(path(c.caseNumber()), answer(true, null));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(again.text("type")).endsWith("/no-proposal-pending");
    assertThat(scenarios.buyerMessages(c, "PROPOSAL_ACCEPTED")).hasSize(1);
  }

  @Test
  void aCaseWithoutAProposalAnswers409AndStoresNothing() {
    Case c = scenarios.submit(null, "o.status = 'DELIVERED'", WRONG_ITEM); // not diagnosed
    KefuApi.Response response = channel.post(path(c.caseNumber()), answer(false, "no"));
    assertThat(response.status()).isEqualTo(409);
    assertThat(scenarios.timelineKinds(c)).doesNotContain("PROPOSAL_REFUSED");
    assertThat(c.lifecycle()).isWaitingAt("Task_DiagnoseRequest");
  }

  @Test
  void anUnknownCaseIsNotFound() {
    Case c = proposed();
    assertThat(channel.post(path("CS-20991231-999999"), answer(true, null)).status())
        .isEqualTo(404);
    assertThat(scenarios.resolution(c)).isWaitingAt("Gateway_AwaitResponse");
  }

  @Test
  void anInvalidAnswerIs400AndChangesNothing() {
    Case c = proposed();
    assertThat(channel.post(path(c.caseNumber()), Map.of("reason", "no flag")).status())
        .isEqualTo(400);
    assertThat(channel.post(path(c.caseNumber()), answer(false, "x".repeat(1001))).status())
        .isEqualTo(400);
    assertThat(channel.post(path(c.caseNumber()), "{\"accepted\":", MediaType.APPLICATION_JSON)
        .status()).isEqualTo(400);
    assertThat(scenarios.resolution(c)).isWaitingAt("Gateway_AwaitResponse");
    assertThat(scenarios.timelineKinds(c)).doesNotContain("PROPOSAL_REFUSED",
        "PROPOSAL_ACCEPTED");
  }

  @Test
  void onlyAuthenticatedChannelsMayAnswer() {
    Case c = proposed();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    assertThat(http.exchange(path(c.caseNumber()), HttpMethod.POST,
        new HttpEntity<>("{\"accepted\":true}", headers), String.class).getStatusCode().value())
        .isEqualTo(401);
    assertThat(new KefuApi(http, "agent").post(path(c.caseNumber()), answer(true, null))
        .status()).isEqualTo(403);
    assertThat(scenarios.resolution(c)).isWaitingAt("Gateway_AwaitResponse");
  }
}
