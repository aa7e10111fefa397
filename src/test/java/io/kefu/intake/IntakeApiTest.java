package io.kefu.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.kefu.marketplace.DemoMarketplaceData;
import io.kefu.testsupport.DemoCustomers;
import io.kefu.testsupport.KefuApi;
import io.kefu.testsupport.KefuApi.Response;
import io.kefu.testsupport.KefuSpringTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** POST/GET /api/v1/requests over HTTP, as a channel integration uses it. */
@KefuSpringTest
class IntakeApiTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  KefuApi api;

  @Autowired ProcessEngine engine;

  @BeforeEach
  void setUp() {
    api = new KefuApi(http);
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void tearDown() {
    BpmnAwareTests.reset();
  }

  @Test
  void aRequestBecomesACaseWaitingForTheRightAgents() {
    String customer = DemoCustomers.normal(jdbc);
    String order = DemoCustomers.orderBelow(jdbc, customer, new BigDecimal("5000"));
    Map<String, Object> body = KefuApi.request(customer, order,
        "收到的商品是坏的，屏幕碎了，和描述的完全不一样，要求退货退款");
    body.put("desiredOutcome", "RETURN_REFUND");
    body.put("attachments", List.of(Map.of("type", "IMAGE", "name", "broken.jpg",
        "url", "https://img.example/broken.jpg")));

    Response r = api.post("/api/v1/requests", body);

    assertThat(r.status()).isEqualTo(201);
    assertThat(r.text("caseNumber")).matches("CS-\\d{8}-\\d{6}");
    assertThat(r.text("category")).isEqualTo("TRANSACTION_DISPUTE");
    assertThat(r.text("priority")).isEqualTo("P3");
    assertThat(r.text("status")).isEqualTo("AWAITING_AGENT");
    assertThat(r.text("greeting")).contains(r.text("caseNumber"));
    assertThat(r.text("expectedFirstResponseBy")).isNotBlank();
    assertThat(r.text("expectedResolutionBy")).isNotBlank();
    assertThat(r.json().has("selfService")).isFalse();

    ProcessInstance pi = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(r.text("caseNumber")).singleResult();
    assertThat(pi).isWaitingAt("Task_DiagnoseRequest");
    var task = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("agents");
    assertThat(task.getDueDate()).isNotNull();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM kefu_case_attachment a JOIN kefu_case c "
            + "ON c.id = a.case_id WHERE c.case_number = :n")
        .param("n", r.text("caseNumber")).query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void theSameRequestAgainReturnsTheSameCaseAndStartsNothing() {
    Map<String, Object> body = KefuApi.request(DemoCustomers.normal(jdbc), null,
        "My parcel has been stuck in transit for a week, the courier never updates tracking");
    Response first = api.post("/api/v1/requests", body);
    Response again = api.post("/api/v1/requests", body);

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.text("caseNumber")).isEqualTo(first.text("caseNumber"));
    assertThat(runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(first.text("caseNumber")).count()).isEqualTo(1);
  }

  @Test
  void theSameRequestIdWithADifferentBodyIsAConflict() {
    Map<String, Object> body = KefuApi.request(DemoCustomers.normal(jdbc), null,
        "How do I use a coupon at checkout?");
    assertThat(api.post("/api/v1/requests", body).status()).isEqualTo(201);
    body.put("description", "Something else entirely");
    long cases = caseCount();

    Response conflict = api.post("/api/v1/requests", body);

    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.contentType()).startsWith("application/problem+json");
    assertThat(conflict.text("type")).isEqualTo("https://kefu.io/problems/idempotency-conflict");
    assertThat(caseCount()).isEqualTo(cases);
  }

  @Test
  void invalidFieldsAreAllListedAndNothingIsStored() {
    long cases = caseCount();
    long instances = instanceCount();
    Map<String, Object> body = Map.of("channel", "FAX", "desiredOutcome", "FREE_MONEY",
        "description", " ", "attachments", List.of(Map.of("type", "HOLOGRAM", "name", "",
            "url", "ftp://example/file")));

    Response r = api.post("/api/v1/requests", body);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.text("type")).isEqualTo("https://kefu.io/problems/validation");
    List<String> fields = new ArrayList<>();
    r.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).contains("requestId", "channel", "customerId", "description",
        "desiredOutcome", "attachments[0].type", "attachments[0].name", "attachments[0].url");
    assertThat(r.raw()).doesNotContain("FREE_MONEY").doesNotContain("HOLOGRAM");
    assertThat(caseCount()).isEqualTo(cases);
    assertThat(instanceCount()).isEqualTo(instances);
  }

  @Test
  void bodiesOver64KibAreRefused() {
    long cases = caseCount();
    Map<String, Object> body = KefuApi.request(DemoCustomers.normal(jdbc), null,
        "x".repeat(70 * 1024));
    Response r = api.post("/api/v1/requests", body);
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.text("type")).isEqualTo("https://kefu.io/problems/payload-too-large");
    assertThat(caseCount()).isEqualTo(cases);
  }

  @Test
  void bodiesThatAreNotJsonAreRefused() {
    long cases = caseCount();
    Response plain = api.post("/api/v1/requests", "requestId=1", MediaType.TEXT_PLAIN);
    assertThat(plain.status()).isEqualTo(415);
    assertThat(plain.text("type")).isEqualTo("https://kefu.io/problems/unsupported-media-type");
    Response broken = api.post("/api/v1/requests", "{\"requestId\": ", MediaType.APPLICATION_JSON);
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.text("type")).isEqualTo("https://kefu.io/problems/malformed-json");
    Response array = api.post("/api/v1/requests", "[1,2]", MediaType.APPLICATION_JSON);
    assertThat(array.status()).isEqualTo(400);
    assertThat(caseCount()).isEqualTo(cases);
  }

  @Test
  void anUnknownCustomerIsUnprocessable() {
    long cases = caseCount();
    Response r = api.post("/api/v1/requests", KefuApi.request("C99999", null, "hello"));
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.text("type")).isEqualTo("https://kefu.io/problems/unknown-customer");
    assertThat(caseCount()).isEqualTo(cases);
  }

  @Test
  void someoneElsesOrderIsRefusedWithoutRevealingAnything() {
    long cases = caseCount();
    long instances = instanceCount();
    Response notYours = api.post("/api/v1/requests", KefuApi.request(
        DemoMarketplaceData.CUSTOMER_ZH, DemoMarketplaceData.ORDER_OF_OTHER_CUSTOMER, "查一下这个订单"));
    Response missing = api.post("/api/v1/requests", KefuApi.request(
        DemoMarketplaceData.CUSTOMER_ZH, "O2099010100001", "查一下这个订单"));

    assertThat(notYours.status()).isEqualTo(422);
    assertThat(notYours.text("type")).isEqualTo("https://kefu.io/problems/order-not-usable");
    // identical answers: the caller cannot tell "someone else's" from "does not exist"
    assertThat(notYours.json()).isEqualTo(missing.json());
    assertThat(notYours.raw()).doesNotContain(DemoMarketplaceData.CUSTOMER_OTHER);
    assertThat(caseCount()).isEqualTo(cases);
    assertThat(instanceCount()).isEqualTo(instances);
  }

  @Test
  void unknownJsonFieldsNeverSetStatusPriorityOrVariables() {
    Map<String, Object> body = KefuApi.request(DemoCustomers.normal(jdbc), null,
        "Where can I find the filter for free shipping when I search?");
    body.put("priority", "P1");
    body.put("status", "DIAGNOSED");
    body.put("candidateGroup", "security-team");
    body.put("category", "ACCOUNT_SECURITY");

    Response r = api.post("/api/v1/requests", body);

    assertThat(r.status()).isEqualTo(201);
    assertThat(r.text("priority")).isEqualTo("P4");
    assertThat(r.text("category")).isEqualTo("FEATURE_USAGE");
    ProcessInstance pi = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(r.text("caseNumber")).singleResult();
    assertThat(runtime.getVariable(pi.getId(), "candidateGroup")).isEqualTo("agents");
    assertThat(runtime.getVariable(pi.getId(), "status")).isNull();
  }

  @Test
  void personalDataIsMaskedBeforeAnythingIsStored() {
    String id = "11010519491231002X";
    String card = "6222020000000000000";
    String phone = "13812345678";
    Map<String, Object> body = KefuApi.request(DemoCustomers.normal(jdbc), null,
        "退款没到账，身份证 " + id + "，退到卡 " + card + "，电话 " + phone);
    Response r = api.post("/api/v1/requests", body);
    assertThat(r.status()).isEqualTo(201);
    String caseNumber = r.text("caseNumber");

    Map<String, Object> row = jdbc.sql("SELECT description, pii_masked FROM kefu_case "
        + "WHERE case_number = :n").param("n", caseNumber).query().singleRow();
    assertThat((String) row.get("description")).doesNotContain(id, card, phone)
        .contains("身份证号已隐藏", "银行卡号已隐藏", "手机号已隐藏");
    assertThat(row.get("pii_masked")).isEqualTo("BANK_CARD,MOBILE,NATIONAL_ID");
    ProcessInstance pi = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).singleResult();
    runtime.getVariables(pi.getId()).values().forEach(value ->
        assertThat(String.valueOf(value)).doesNotContain(id, card, phone));
    assertThat(api.get("/api/v1/requests/" + caseNumber).raw()).doesNotContain(id, card, phone);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM kefu_case_event e JOIN kefu_case c ON c.id = "
            + "e.case_id WHERE c.case_number = :n AND e.kind = 'PRIVACY_MASKED'")
        .param("n", caseNumber).query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void aChannelSeesOnlyItsOwnCases() {
    ensureSecondChannelAccount();
    Response created = api.post("/api/v1/requests", KefuApi.request(DemoCustomers.normal(jdbc),
        null, "The seller sent the wrong size and refuses to exchange it"));
    String caseNumber = created.text("caseNumber");

    Response own = api.get("/api/v1/requests/" + caseNumber);
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.text("status")).isEqualTo("AWAITING_AGENT");
    List<String> kinds = new ArrayList<>();
    own.json().get("timeline").forEach(e -> kinds.add(e.get("kind").asText()));
    assertThat(kinds).contains("ACKNOWLEDGED").doesNotContain("CLASSIFIED", "TRIAGED");

    KefuApi other = new KefuApi(http, "channel-wechat");
    assertThat(other.get("/api/v1/requests/" + caseNumber).status()).isEqualTo(404);
    assertThat(other.post("/api/v1/requests/" + caseNumber + "/messages",
        Map.of("messageId", "m-1", "text", "hello")).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/requests/CS-20000101-000000").status()).isEqualTo(404);
  }

  @Test
  void aFollowUpMessageJoinsTheTimelineOnce() {
    Response created = api.post("/api/v1/requests", KefuApi.request(DemoCustomers.normal(jdbc),
        null, "Package marked delivered but I never received it, courier left it somewhere"));
    String path = "/api/v1/requests/" + created.text("caseNumber") + "/messages";
    Map<String, Object> message = Map.of("messageId", "msg-1",
        "text", "I checked with neighbours, nobody has it. Call me at 13912345678");

    Response first = api.post(path, message);
    Response again = api.post(path, message);

    assertThat(first.status()).isEqualTo(202);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("duplicate").asBoolean()).isTrue();
    Response view = api.get("/api/v1/requests/" + created.text("caseNumber"));
    List<String> texts = new ArrayList<>();
    view.json().get("timeline").forEach(e -> {
      if (e.get("kind").asText().equals("BUYER_MESSAGE")) {
        texts.add(e.get("text").asText());
      }
    });
    assertThat(texts).hasSize(1);
    assertThat(texts.get(0)).doesNotContain("13912345678").contains("手机号已隐藏");
    Response invalid = api.post(path, Map.of("messageId", "", "text", "", "confirmation", "MAYBE"));
    assertThat(invalid.status()).isEqualTo(400);
  }

  @Test
  void theApiIsDescribedByAnOpenApiDocument() {
    Response doc = api.get("/v3/api-docs");
    assertThat(doc.status()).isEqualTo(200);
    assertThat(doc.json().get("paths").has("/api/v1/requests")).isTrue();
    assertThat(doc.json().get("paths").has("/api/v1/requests/{caseNumber}/messages")).isTrue();
    assertThat(doc.json().at("/components/schemas/IntakeRequest/properties/channel/enum")
        .toString()).contains("WECHAT");
  }

  private void ensureSecondChannelAccount() {
    if (identity.createUserQuery().userId("channel-wechat").count() == 0) {
      User user = identity.newUser("channel-wechat");
      user.setPassword(KefuApi.PASSWORD);
      identity.saveUser(user);
      identity.createMembership("channel-wechat", "channels");
    }
  }

  private long caseCount() {
    return jdbc.sql("SELECT COUNT(*) FROM kefu_case").query(Long.class).single();
  }

  private long instanceCount() {
    return runtime.createProcessInstanceQuery().count();
  }
}
