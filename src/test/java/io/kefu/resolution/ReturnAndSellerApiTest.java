package io.kefu.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import io.kefu.cases.AuditAction;
import io.kefu.cases.AuditTrail;
import io.kefu.cases.CaseRecord;
import io.kefu.cases.CaseRepository;
import io.kefu.intake.IntakeService;
import io.kefu.testsupport.KefuApi;
import io.kefu.testsupport.KefuApi.Response;
import io.kefu.testsupport.KefuSpringTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * POST /api/v1/requests/{caseNumber}/return-shipment (channels) and .../seller-response
 * (sellers) over HTTP: 202 when a waiting process took it, 409 when none waits, 404, 400, 401
 * and 403, and nothing stored when refused.
 */
@KefuSpringTest
class ReturnAndSellerApiTest {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired IntakeService intake;
  @Autowired CaseRepository cases;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  KefuApi channel;
  KefuApi seller;

  @BeforeEach
  void setUp() {
    channel = new KefuApi(http);
    seller = new KefuApi(http, "seller-app");
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void tearDown() {
    BpmnAwareTests.reset();
  }

  private CaseRecord newCase() {
    return ResolutionCases.newCase(intake, cases, jdbc, KefuApi.CHANNEL_USER);
  }

  private static String returnPath(String caseNumber) {
    return "/api/v1/requests/" + caseNumber + "/return-shipment";
  }

  private static String sellerPath(String caseNumber) {
    return "/api/v1/requests/" + caseNumber + "/seller-response";
  }

  private int auditCount(CaseRecord c, AuditAction action) {
    return (int) audit.ofCase(c.id()).stream().filter(e -> e.action() == action).count();
  }

  @Test
  void aWaitingReturnTakesTheTrackingNumberOnceThenTheCaseWaitsForNone() {
    CaseRecord c = newCase();
    ProcessInstance pi = ResolutionCases.start(runtime, "return-and-refund", c, Map.of());
    String tracking = ResolutionCases.freshSfNumber();

    Response accepted = channel.post(returnPath(c.caseNumber()),
        Map.of("carrier", "SF", "trackingNumber", tracking));

    assertThat(accepted.status()).isEqualTo(202);
    assertThat(accepted.text("caseNumber")).isEqualTo(c.caseNumber());
    assertThat(pi).isWaitingAt("Task_RegisterReturnParcel");
    assertThat(runtime.getVariable(pi.getId(), "returnTrackingNumber")).isEqualTo(tracking);
    assertThat(audit.find(c.id(), AuditAction.RETURN_TRACKING_NUMBER, "return/SF/" + tracking))
        .get().extracting(e -> e.actor()).isEqualTo(KefuApi.CHANNEL_USER);

    Response again = channel.post(returnPath(c.caseNumber()),
        Map.of("carrier", "SF", "trackingNumber", ResolutionCases.freshSfNumber()));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(again.text("type")).endsWith("/not-awaiting-return");
    assertThat(auditCount(c, AuditAction.RETURN_TRACKING_NUMBER)).as("nothing stored").isEqualTo(1);
  }

  @Test
  void returnShipmentRefusesWhatItCannotTake() {
    CaseRecord c = newCase();
    ProcessInstance pi = ResolutionCases.start(runtime, "return-and-refund", c, Map.of());

    assertThat(channel.post(returnPath("CS-20990101-999999"),
        Map.of("carrier", "SF", "trackingNumber", ResolutionCases.freshSfNumber())).status())
        .isEqualTo(404);
    Response notSf = channel.post(returnPath(c.caseNumber()),
        Map.of("carrier", "SF", "trackingNumber", "YT1234567890123"));
    assertThat(notSf.status()).isEqualTo(400);
    assertThat(notSf.text("type")).endsWith("/invalid-tracking-number");
    assertThat(channel.post(returnPath(c.caseNumber()),
        Map.of("carrier", "UPS", "trackingNumber", "1Z999")).status()).isEqualTo(400);
    Response missing = channel.post(returnPath(c.caseNumber()), Map.of("carrier", "SF"));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.text("type")).endsWith("/validation");

    assertThat(pi).isWaitingAt("Task_AwaitTrackingNumber");
    assertThat(auditCount(c, AuditAction.RETURN_TRACKING_NUMBER)).isZero();
  }

  @Test
  void aWaitingSellerRequestTakesTheAnswerOnce() {
    CaseRecord c = newCase();
    ProcessInstance pi = ResolutionCases.start(runtime, "seller-after-sales", c,
        Map.of("afterSalesKind", "REFUND_ONLY"));
    assertThat(seller.post(sellerPath(c.caseNumber()), Map.of("decision", "ACCEPTED")).status())
        .as("not asked yet").isEqualTo(409);
    execute(job(pi));

    Response rejected = seller.post(sellerPath(c.caseNumber()),
        Map.of("decision", "REJECTED", "comment", "买家已使用商品，不支持退款"));

    assertThat(rejected.status()).isEqualTo(202);
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected");
    assertThat(audit.find(c.id(), AuditAction.SELLER_AFTER_SALES_RESPONSE,
        OperationIds.afterSales(c.caseNumber(), 1))).get().extracting(e -> e.actor())
        .isEqualTo("seller-app");
    Response late = seller.post(sellerPath(c.caseNumber()), Map.of("decision", "ACCEPTED"));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.text("type")).endsWith("/not-awaiting-seller");
    assertThat(auditCount(c, AuditAction.SELLER_AFTER_SALES_RESPONSE)).isEqualTo(1);
  }

  @Test
  void sellerResponseRefusesWhatItCannotTake() {
    CaseRecord c = newCase();
    ProcessInstance pi = ResolutionCases.start(runtime, "seller-after-sales", c,
        Map.of("afterSalesKind", "EXCHANGE"));
    execute(job(pi));

    assertThat(seller.post(sellerPath("CS-20990101-999999"), Map.of("decision", "ACCEPTED"))
        .status()).isEqualTo(404);
    assertThat(seller.post(sellerPath(c.caseNumber()), Map.of("decision", "MAYBE")).status())
        .isEqualTo(400);
    Response noReason = seller.post(sellerPath(c.caseNumber()), Map.of("decision", "REJECTED"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.text("type")).endsWith("/reason-required");
    assertThat(seller.post(sellerPath(c.caseNumber()), "{not json",
        MediaType.APPLICATION_JSON).status()).isEqualTo(400);

    assertThat(pi).isWaitingAt("Task_AwaitSellerResponse");
    assertThat(auditCount(c, AuditAction.SELLER_AFTER_SALES_RESPONSE)).isZero();
  }

  @Test
  void bothCallsNeedCredentialsAndTheRightGroup() {
    CaseRecord c = newCase();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    for (String path : List.of(returnPath(c.caseNumber()), sellerPath(c.caseNumber()))) {
      assertThat(http.exchange(path, HttpMethod.POST, new HttpEntity<>("{}", headers),
          String.class).getStatusCode().value()).as(path).isEqualTo(401);
    }
    assertThat(seller.post(returnPath(c.caseNumber()),
        Map.of("carrier", "SF", "trackingNumber", ResolutionCases.freshSfNumber())).status())
        .as("sellers send no return shipments").isEqualTo(403);
    assertThat(channel.post(sellerPath(c.caseNumber()), Map.of("decision", "ACCEPTED")).status())
        .as("channels do not answer for sellers").isEqualTo(403);
    assertThat(new KefuApi(http, "agent").post(sellerPath(c.caseNumber()),
        Map.of("decision", "ACCEPTED")).status()).isEqualTo(403);
  }
}
