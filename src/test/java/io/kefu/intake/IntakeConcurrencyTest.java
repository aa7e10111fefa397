package io.kefu.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.testsupport.DemoCustomers;
import io.kefu.testsupport.KefuApi;
import io.kefu.testsupport.KefuSpringTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Idempotency holds under concurrency: the database's unique key decides, not a check. */
@KefuSpringTest
class IntakeConcurrencyTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtime;

  @Test
  void fiftyConcurrentIdenticalPostsMakeOneCaseAndOneProcess() throws Exception {
    Map<String, Object> body = KefuApi.request(DemoCustomers.normal(jdbc), null,
        "包裹一直显示运输中，已经一个星期没有更新了");
    KefuApi api = new KefuApi(http);
    int clients = 50;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<KefuApi.Response>> answers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      answers.add(pool.submit(() -> {
        start.await();
        return api.post("/api/v1/requests", body);
      }));
    }
    start.countDown();
    List<KefuApi.Response> responses = new ArrayList<>();
    for (Future<KefuApi.Response> answer : answers) {
      responses.add(answer.get());
    }
    pool.shutdown();

    assertThat(responses).extracting(KefuApi.Response::status)
        .containsOnly(200, 201)
        .filteredOn(status -> status == 201).hasSize(1);
    String caseNumber = responses.get(0).text("caseNumber");
    assertThat(responses).extracting(r -> r.text("caseNumber")).containsOnly(caseNumber);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM kefu_case WHERE request_id = :r")
        .param("r", body.get("requestId")).query(Integer.class).single()).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .count()).isEqualTo(1);
  }
}
