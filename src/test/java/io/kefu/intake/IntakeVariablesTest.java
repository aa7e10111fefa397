package io.kefu.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.testsupport.DemoCustomers;
import io.kefu.testsupport.KefuApi;
import io.kefu.testsupport.KefuApi.Response;
import io.kefu.testsupport.KefuSpringTest;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An intake stores as process variables what routing, the diagnosis form and the task-list
 * filters need, and not the values only the triage decision reads in the same transaction
 * (each stored variable costs a runtime and a history row on every intake).
 */
@KefuSpringTest
class IntakeVariablesTest {

  /** Read-only fields of forms/diagnose-request.form that intake fills, and routing. */
  private static final Set<String> NEEDED = Set.of("caseId", "caseNumber", "customerId",
      "orderNumber", "language", "description", "customerTier", "customerSummary", "orderAmount",
      "orderSummary", "customerHistory", "category", "confirmedCategory", "emotion", "priority",
      "candidateGroup", "selfServiceEligible", "firstResponseDue",
      "resolutionDue", "selfServiceConfirmationTimeout", "slaDueText", "suggestedRemedy");
  /**
   * Triage inputs read only within the intake transaction, what kefu_case holds anyway, the
   * task priority (the model derives it from {@code priority}) and triage.dmn's SLA targets
   * (consumed by "Set SLA deadlines").
   */
  private static final Set<String> NOT_STORED = Set.of("accountRisk", "complaints30d",
      "classificationConfidence", "channel", "desiredOutcome", "taskPriority",
      "firstResponseTarget", "resolutionTarget");
  /** Copies of kefu_case and customer data for the form: values at run time, no history. */
  private static final Set<String> NO_HISTORY = Set.of("customerSummary", "orderSummary",
      "customerHistory", "description", "slaDueText", "suggestedRemedy");
  /** Routing and deadlines keep their history (history level audit). */
  private static final Set<String> WITH_HISTORY = Set.of("caseId", "caseNumber", "customerId",
      "category", "priority", "candidateGroup", "selfServiceEligible", "firstResponseDue",
      "resolutionDue", "customerTier", "orderAmount");

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  @Test
  void onlyWhatRoutingAndFormsNeedIsStored() {
    String customer = DemoCustomers.normal(jdbc);
    String order = DemoCustomers.orderBelow(jdbc, customer, new BigDecimal("5000"));
    Map<String, Object> body = KefuApi.request(customer, order,
        "快递一直没到，物流信息一周没更新了，很着急");
    body.put("desiredOutcome", "REFUND_ONLY");

    Response r = new KefuApi(http).post("/api/v1/requests", body);
    assertThat(r.status()).isEqualTo(201);

    String pi = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(r.text("caseNumber")).singleResult().getId();
    Set<String> stored = runtime.getVariables(pi).keySet();
    assertThat(stored).containsAll(NEEDED).doesNotContainAnyElementsOf(NOT_STORED);
    Set<String> historic = history.createHistoricVariableInstanceQuery().processInstanceId(pi)
        .list().stream().map(HistoricVariableInstance::getName).collect(Collectors.toSet());
    assertThat(historic).doesNotContainAnyElementsOf(NOT_STORED)
        .doesNotContainAnyElementsOf(NO_HISTORY).containsAll(WITH_HISTORY);
    // what the form shows still comes from the case's own record
    assertThat((String) runtime.getVariable(pi, "description")).isEqualTo(
        jdbc.sql("SELECT description FROM kefu_case WHERE case_number = ?")
            .param(r.text("caseNumber")).query(String.class).single());
    // the triage decision still saw the transient inputs: a normal first-time customer
    assertThat(r.text("priority")).isEqualTo("P3");
    assertThat(runtime.getVariable(pi, "candidateGroup")).isEqualTo("agents");
  }

  @Test
  void aRiskFlaggedCustomerStillGoesToTheSecurityTeam() {
    String flagged = jdbc.sql("SELECT id FROM mkt_customer WHERE risk_flags IS NOT NULL "
        + "ORDER BY id").query(String.class).list().get(0);

    Response r = new KefuApi(http).post("/api/v1/requests", KefuApi.request(flagged, null,
        "请问我的订单什么时候发货"));
    assertThat(r.status()).isEqualTo(201);

    String pi = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(r.text("caseNumber")).singleResult().getId();
    assertThat(r.text("priority")).isEqualTo("P1");
    assertThat(runtime.getVariable(pi, "candidateGroup")).isEqualTo("security-team");
    assertThat(runtime.getVariables(pi).keySet()).doesNotContain("accountRisk");
  }
}
