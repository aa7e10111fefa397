package io.kefu.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.testsupport.DemoCustomers;
import io.kefu.testsupport.KefuApi;
import io.kefu.testsupport.KefuApi.Response;
import io.kefu.testsupport.KefuSpringTest;
import java.util.List;
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
 * The variables listed in {@code kefu.engine.variables-without-history} keep their values at run
 * time through every change, and the engine's history never holds them; every other variable
 * keeps its history as before.
 */
@KefuSpringTest
class VariablesWithoutHistoryTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired VariablesWithoutHistory.Settings settings;

  @Test
  void theListedVariablesChangeAndDisappearWithoutHistoryAndTheOthersKeepIt() {
    assertThat(settings.variablesWithoutHistory()).contains("customerSummary",
        "suggestedRemedy", "lastBuyerMessage");
    String pi = openCase();

    // changed twice, set anew and removed: no history row is looked for or written
    runtime.setVariable(pi, "customerSummary", "changed once");
    runtime.setVariable(pi, "customerSummary", "changed twice");
    runtime.setVariable(pi, "lastBuyerMessage", "物流有更新了吗");
    runtime.removeVariable(pi, "suggestedRemedy");
    // a variable not on the list, for comparison
    runtime.setVariables(pi, Map.of("reviewNote", "first", "category", "LOGISTICS"));
    runtime.setVariable(pi, "reviewNote", "second");

    assertThat(runtime.getVariable(pi, "customerSummary")).isEqualTo("changed twice");
    assertThat(runtime.getVariable(pi, "lastBuyerMessage")).isEqualTo("物流有更新了吗");
    assertThat(runtime.getVariables(pi)).doesNotContainKey("suggestedRemedy");

    Map<String, Object> historic = history.createHistoricVariableInstanceQuery()
        .processInstanceId(pi).list().stream()
        .collect(Collectors.toMap(HistoricVariableInstance::getName,
            v -> v.getValue() == null ? "" : v.getValue()));
    assertThat(historic.keySet()).doesNotContainAnyElementsOf(
        List.of("customerSummary", "lastBuyerMessage", "suggestedRemedy"));
    assertThat(historic).containsEntry("reviewNote", "second")
        .containsEntry("category", "LOGISTICS").containsKey("caseNumber");
  }

  @Test
  void theListComesFromConfigurationAndIsEmptyWhenNoneIsGiven() {
    assertThat(new VariablesWithoutHistory.Settings(null).variablesWithoutHistory()).isEmpty();
    assertThat(Set.copyOf(settings.variablesWithoutHistory())).contains("description",
        "firstResponseTarget", "resolutionTarget").doesNotContain("caseId", "priority",
        "candidateGroup", "firstResponseDue");
  }

  private String openCase() {
    String customer = DemoCustomers.normal(jdbc);
    Response r = new KefuApi(http).post("/api/v1/requests", KefuApi.request(customer, null,
        "快递一直没到，物流信息一周没更新了，很着急"));
    assertThat(r.status()).isEqualTo(201);
    return runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(r.text("caseNumber")).singleResult().getId();
  }
}
