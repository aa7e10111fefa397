package io.kefu.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kefu.testsupport.DemoCustomers;
import io.kefu.testsupport.KefuApi;
import io.kefu.testsupport.KefuApi.Response;
import io.kefu.testsupport.KefuSpringTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** GET /api/v1/cases/{caseNumber} and GET /api/v1/customers/{id}/cases, as agents call them. */
@KefuSpringTest
class AgentCaseApiTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;

  private String submit(String customer, String description) {
    Response r = new KefuApi(http).post("/api/v1/requests",
        KefuApi.request(customer, null, description));
    assertThat(r.status()).isEqualTo(201);
    return r.text("caseNumber");
  }

  @Test
  void anAgentReadsACaseWithItsWholeTimeline() {
    String customer = DemoCustomers.normal(jdbc);
    String caseNumber = submit(customer, "快递三天没动了，物流一直不更新，麻烦查一下");

    Response r = new KefuApi(http, "agent").get("/api/v1/cases/" + caseNumber);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text("caseNumber")).isEqualTo(caseNumber);
    assertThat(r.text("customerId")).isEqualTo(customer);
    assertThat(r.text("status")).isEqualTo("AWAITING_AGENT");
    assertThat(r.text("processInstanceId")).isNotBlank();
    List<String> kinds = new ArrayList<>();
    r.json().get("timeline").forEach(e -> kinds.add(e.get("kind").asText()));
    // internal entries (who did what) as well as what the buyer was told, oldest first
    assertThat(kinds).startsWith("RECEIVED").contains("CLASSIFIED", "TRIAGED", "ACKNOWLEDGED",
        "QUEUED");
    JsonNode received = r.json().get("timeline").get(0);
    assertThat(received.get("actor").asText()).isEqualTo(KefuApi.CHANNEL_USER);
    assertThat(received.get("buyerVisible").asBoolean()).isFalse();
  }

  @Test
  void anUnknownCaseNumberIsNotFound() {
    Response r = new KefuApi(http, "senior").get("/api/v1/cases/CS-19990101-000001");

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aCustomersHistoryComesNewestFirstPageByPage() {
    String customer = DemoCustomers.normal(jdbc);
    String first = submit(customer, "优惠券用不了，结算时提示不可用");
    String second = submit(customer, "退款什么时候到账？已经申请一周了");
    String third = submit(customer, "订单一直显示待发货，什么时候发货");
    KefuApi agent = new KefuApi(http, "agent");

    Response page0 = agent.get("/api/v1/customers/" + customer + "/cases?page=0&size=2");
    Response page1 = agent.get("/api/v1/customers/" + customer + "/cases?page=1&size=2");
    Response beyond = agent.get("/api/v1/customers/" + customer + "/cases?page=5&size=2");

    assertThat(page0.status()).isEqualTo(200);
    assertThat(page0.json().get("totalElements").asLong()).isEqualTo(3);
    assertThat(page0.json().get("totalPages").asInt()).isEqualTo(2);
    assertThat(numbers(page0)).containsExactly(third, second);
    // a self-service answer waits for the buyer's confirmation
    assertThat(page0.json().get("cases").get(0).get("status").asText())
        .isEqualTo("AWAITING_BUYER_CONFIRMATION");
    assertThat(page0.json().get("cases").get(1).get("status").asText())
        .isEqualTo("AWAITING_AGENT");
    assertThat(numbers(page1)).containsExactly(first);
    assertThat(beyond.status()).isEqualTo(200);
    assertThat(numbers(beyond)).isEmpty();
    // default page: the first 20
    assertThat(numbers(agent.get("/api/v1/customers/" + customer + "/cases")))
        .containsExactly(third, second, first);
  }

  @Test
  void aKnownCustomerWithoutCasesHasAnEmptyHistory() {
    String customer = DemoCustomers.vip(jdbc);

    Response r = new KefuApi(http, "manager").get("/api/v1/customers/" + customer + "/cases");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("totalElements").asLong()).isZero();
    assertThat(numbers(r)).isEmpty();
  }

  @Test
  void anUnknownCustomerIsNotFound() {
    Response r = new KefuApi(http, "agent").get("/api/v1/customers/C99999/cases");

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.contentType()).startsWith("application/problem+json");
  }

  @Test
  void pagesOutsideTheLimitsAreRefused() {
    KefuApi agent = new KefuApi(http, "agent");
    for (String query : List.of("page=-1&size=10", "page=0&size=0", "page=0&size=101",
        "page=101&size=100")) {
      Response r = agent.get("/api/v1/customers/C00001/cases?" + query);
      assertThat(r.status()).as(query).isEqualTo(400);
      assertThat(r.contentType()).as(query).startsWith("application/problem+json");
    }
  }

  @Test
  void onlyTheServiceTeamMayLookCasesUp() {
    // no credentials
    assertThat(http.getForEntity("/api/v1/cases/CS-1", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/api/v1/customers/C00001/cases", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // a channel integration sees only its own requests, through /api/v1/requests
    assertThat(new KefuApi(http).get("/api/v1/cases/CS-1").status()).isEqualTo(403);
    assertThat(new KefuApi(http).get("/api/v1/customers/C00001/cases").status())
        .isEqualTo(403);
    assertThat(new KefuApi(http, "carrier-sim").get("/api/v1/customers/C00001/cases").status())
        .isEqualTo(403);
    // every work group and the managers may
    for (String user : List.of("agent", "senior", "disputes", "risk", "security", "knowledge",
        "manager")) {
      assertThat(new KefuApi(http, user).get("/api/v1/customers/C00001/cases").status())
          .as(user).isEqualTo(200);
    }
  }

  private static List<String> numbers(Response r) {
    List<String> numbers = new ArrayList<>();
    r.json().get("cases").forEach(c -> numbers.add(c.get("caseNumber").asText()));
    return numbers;
  }
}
