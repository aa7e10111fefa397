package io.kefu.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kefu.testsupport.KefuApi;
import io.kefu.testsupport.KefuApi.Response;
import io.kefu.testsupport.KefuSpringTest;
import io.kefu.testsupport.TestDatabase;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The large-history generator at a small volume (1,000 cases in three chunks on two
 * connections, indexes dropped and rebuilt) on PostgreSQL: the rows are consistent with each
 * other, the engine reads its history rows, and the agents' API finds the cases.
 */
@KefuSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryGeneratorTest {

  static final int CASES = 1_000;

  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;
  @Autowired TestRestTemplate http;

  HistoryGenerator.Result result;
  List<String> indexesBefore;

  @BeforeAll
  void generate() throws Exception {
    assumeTrue(TestDatabase.isPostgres(), "the generator uses PostgreSQL only (-Ppostgres)");
    indexesBefore = indexes();
    HistoryGenerator.Options options = HistoryGenerator.Options.of(CASES).withCustomers(200)
        .withChunks(400, 2).withRebuildIndexes(true).withEngineZone(ZoneId.systemDefault());
    result = new HistoryGenerator(dataSource::getConnection, line -> { }).generate(options);
  }

  private List<String> indexes() {
    return jdbc.sql("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() "
            + "AND tablename = ANY (string_to_array(:t, ',')) ORDER BY indexdef")
        .param("t", String.join(",", HistoryGenerator.TABLES)).query(String.class).list();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  @Test
  void loadsTheCasesWithTheirTimelinesNotificationsAndHistory() {
    Map<String, Long> added = result.rowsAdded();
    assertThat(added.get("kefu_case")).isEqualTo(CASES);
    long resolved = count("SELECT COUNT(*) FROM kefu_case WHERE request_id LIKE 'hist-%' "
        + "AND status = 'RESOLVED'");
    assertThat(resolved).isPositive();
    // each case's service-request instance and each resolved case's resolve-request instance
    assertThat(added.get("act_hi_procinst")).isEqualTo(CASES + resolved);
    // at least RECEIVED, CLASSIFIED, TRIAGED and ACKNOWLEDGED per case
    assertThat(added.get("kefu_case_event")).isGreaterThan(4L * CASES);
    assertThat(added.get("kefu_notification")).isGreaterThanOrEqualTo(2L * CASES);
    assertThat(added.get("kefu_audit")).isPositive();
    assertThat(added.get("act_hi_actinst")).isGreaterThanOrEqualTo(13L * CASES);
    // 9 per case, a resolved case's 4 out-mapped ones and 27 of its resolve-request instance
    assertThat(added.get("act_hi_varinst")).isEqualTo(9L * CASES + 31 * resolved);
    assertThat(added.get("act_hi_taskinst")).isBetween(CASES / 2L, (long) CASES);
    // the dropped indexes are all back, exactly as they were
    assertThat(indexes()).isEqualTo(indexesBefore);
  }

  @Test
  void everyCaseIsClosedAndHasItsHistoricProcessInstance() {
    assertThat(count("""
        SELECT COUNT(*) FROM kefu_case k
        WHERE k.request_id LIKE 'hist-%' AND (k.closed_at IS NULL
          OR k.status NOT IN ('RESOLVED', 'DEFLECTED', 'CLOSED_NO_REPLY')
          OR NOT EXISTS (SELECT 1 FROM act_hi_procinst p WHERE p.id_ = k.process_instance_id
            AND p.business_key_ = k.case_number AND p.state_ = 'COMPLETED'))""")).isZero();
    // every process instance starts and ends where its end activity says, with its case
    assertThat(count("""
        SELECT COUNT(*) FROM act_hi_procinst p
        WHERE p.id_ LIKE '%-6b65-4675-8000-000000000000' AND (
          NOT EXISTS (SELECT 1 FROM act_hi_actinst a WHERE a.proc_inst_id_ = p.id_
            AND a.act_id_ = p.start_act_id_)
          OR NOT EXISTS (SELECT 1 FROM act_hi_actinst a WHERE a.proc_inst_id_ = p.id_
            AND a.act_id_ = p.end_act_id_ AND a.end_time_ = p.end_time_)
          OR NOT EXISTS (SELECT 1 FROM kefu_case k WHERE k.process_instance_id = p.id_))"""))
        .isZero();
    // every buyer notification is the buyer-visible timeline entry of its case
    assertThat(count("""
        SELECT COUNT(*) FROM kefu_notification n JOIN kefu_case k ON k.id = n.case_id
        WHERE k.request_id LIKE 'hist-%' AND NOT EXISTS (SELECT 1 FROM kefu_case_event e
          WHERE e.case_id = n.case_id AND e.message_id = '#notification/' || n.id
            AND e.buyer_visible AND e.text = n.body)""")).isZero();
    // all three ways of closing occur
    assertThat(jdbc.sql("SELECT DISTINCT status FROM kefu_case WHERE request_id LIKE 'hist-%'")
        .query(String.class).list())
        .containsExactlyInAnyOrder("RESOLVED", "DEFLECTED", "CLOSED_NO_REPLY");
  }

  @Test
  void theEngineReadsTheGeneratedHistory() {
    String definitionId = jdbc.sql("SELECT DISTINCT proc_def_id_ FROM act_hi_procinst "
        + "WHERE id_ LIKE '%-6b65-4675-8000-000000000000'").query(String.class).single();
    BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
    for (String activity : jdbc.sql("SELECT DISTINCT act_id_ FROM act_hi_actinst "
        + "WHERE proc_def_id_ = :d").param("d", definitionId).query(String.class).list()) {
      assertThat((Object) model.getModelElementById(activity)).as(activity).isNotNull();
    }
    for (HistorySql.Step step : HistorySql.STEPS) {
      assertThat((Object) model.getModelElementById(step.activityId())).as(step.activityId())
          .isNotNull();
    }
    // the same for the called resolve-request, in the definition kefu deployed with it
    String calledId = jdbc.sql("SELECT DISTINCT proc_def_id_ FROM act_hi_procinst "
        + "WHERE id_ LIKE '%-6b65-4675-8000-000000001000'").query(String.class).single();
    BpmnModelInstance called = repository.getBpmnModelInstance(calledId);
    assertThat(repository.getProcessDefinition(calledId).getKey()).isEqualTo("resolve-request");
    for (String activity : jdbc.sql("SELECT DISTINCT act_id_ FROM act_hi_actinst "
        + "WHERE proc_def_id_ = :d").param("d", calledId).query(String.class).list()) {
      assertThat((Object) called.getModelElementById(activity)).as(activity).isNotNull();
    }
    for (HistorySql.Step step : HistorySql.SUB_STEPS) {
      assertThat((Object) called.getModelElementById(step.activityId())).as(step.activityId())
          .isNotNull();
    }

    var resolved = jdbc.sql("SELECT id, case_number, created_at, closed_at, diagnosed_by "
            + "FROM kefu_case WHERE request_id LIKE 'hist-%' AND status = 'RESOLVED' "
            + "ORDER BY id LIMIT 1")
        .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2),
            rs.getObject(3, OffsetDateTime.class).toInstant(),
            rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5)})
        .single();
    HistoricProcessInstance pi = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(HistoryGenerator.PROCESS_KEY)
        .processInstanceBusinessKey((String) resolved[1]).singleResult();
    assertThat(pi.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(pi.getStartTime().toInstant())
        .isEqualTo(((Instant) resolved[2]).truncatedTo(ChronoUnit.MILLIS));
    assertThat(pi.getEndTime().toInstant())
        .isEqualTo(((Instant) resolved[3]).truncatedTo(ChronoUnit.MILLIS));
    assertThat(pi.getRemovalTime()).isAfter(pi.getEndTime());

    List<String> path = new ArrayList<>();
    history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .orderPartiallyByOccurrence().asc().list()
        .forEach((HistoricActivityInstance a) -> path.add(a.getActivityId()));
    assertThat(path).startsWith("StartEvent_RequestReceived", "Task_VerifyOrder")
        .contains("Task_DiagnoseRequest");
    // the resolved path from the diagnosis on follows service-request's sequence flows
    List<String> resolvedPath = path.subList(path.indexOf("Task_DiagnoseRequest"), path.size())
        .stream().filter(a -> !a.contains("Sla")).toList();
    assertThat(resolvedPath).containsExactly("Task_DiagnoseRequest", "Task_RecordDiagnosis",
        "Gateway_DiagnosisAction", "CallActivity_ResolveRequest", "Gateway_ResolutionOutcome",
        "Gateway_JoinResolved", "Task_CloseResolved", "EndEvent_Resolved");
    assertFollowsSequenceFlows(model, resolvedPath);

    // the called resolve-request instance, as the engine records a call activity's instance
    HistoricProcessInstance sub = history.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(pi.getId()).singleResult();
    assertThat(sub).isNotNull();
    assertThat(sub.getProcessDefinitionKey()).isEqualTo("resolve-request");
    assertThat(sub.getProcessDefinitionId()).isEqualTo(calledId);
    assertThat(sub.getBusinessKey()).isEqualTo(resolved[1]);
    assertThat(sub.getRootProcessInstanceId()).isEqualTo(pi.getId());
    assertThat(sub.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(sub.getEndActivityId()).isEqualTo("EndEvent_GuidanceOnly");
    // started by the agent whose diagnosis completed the task
    assertThat(sub.getStartUserId()).isEqualTo(resolved[4]);
    assertThat(sub.getRemovalTime()).isEqualTo(pi.getRemovalTime());
    assertThat(history.createHistoricProcessInstanceQuery().subProcessInstanceId(sub.getId())
        .singleResult().getId()).isEqualTo(pi.getId());
    HistoricActivityInstance call = history.createHistoricActivityInstanceQuery()
        .processInstanceId(pi.getId()).activityId("CallActivity_ResolveRequest").singleResult();
    assertThat(call.getCalledProcessInstanceId()).isEqualTo(sub.getId());
    assertThat(sub.getStartTime()).isAfterOrEqualTo(call.getStartTime());
    assertThat(sub.getEndTime()).isBeforeOrEqualTo(call.getEndTime());

    List<String> subPath = new ArrayList<>();
    history.createHistoricActivityInstanceQuery().processInstanceId(sub.getId())
        .orderPartiallyByOccurrence().asc().list()
        .forEach((HistoricActivityInstance a) -> subPath.add(a.getActivityId()));
    assertThat(subPath).startsWith("StartEvent_ResolveRequested", "Gateway_Logistics")
        .endsWith("Task_EvaluateRemedyPolicy", "Task_PrepareRemedy", "Gateway_NextStep",
            "EndEvent_GuidanceOnly");
    assertFollowsSequenceFlows(called, subPath);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(sub.getId())
        .variableName("resolutionOutcome").singleResult().getValue()).isEqualTo("RESOLVED");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(sub.getId())
        .variableName("caseId").singleResult().getValue()).isEqualTo(resolved[0]);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(sub.getId())
        .variableName("remedyToApply").singleResult().getValue()).isEqualTo("GUIDANCE_ONLY");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(sub.getId())
        .variableName("offerRound").singleResult().getValue()).isEqualTo(1);
    // the remedy policy's input mappings are local to its activity instance
    HistoricActivityInstance policy = history.createHistoricActivityInstanceQuery()
        .processInstanceId(sub.getId()).activityId("Task_EvaluateRemedyPolicy").singleResult();
    assertThat(history.createHistoricVariableInstanceQuery()
        .activityInstanceIdIn(policy.getId()).list())
        .extracting(v -> v.getName()).containsExactlyInAnyOrder("category", "parcelState",
            "faultParty", "rootCause", "buyerExpectation", "customerTier", "orderAmount");
    assertThat(policy.getExecutionId()).isNotEqualTo(sub.getId());
    assertThat(call.getExecutionId()).isNotEqualTo(pi.getId());
    assertThat(call.isCompleteScope()).isFalse();
    assertThat(call.isCanceled()).isFalse();
    // the case's timeline shows the remedy the called instance recorded
    assertThat(jdbc.sql("SELECT text FROM kefu_case_event WHERE case_id = :c "
            + "AND kind = 'REMEDY_PROPOSED'").param("c", resolved[0]).query(String.class).single())
        .isEqualTo(history.createHistoricVariableInstanceQuery().processInstanceId(sub.getId())
            .variableName("remedySummary").singleResult().getValue());
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("resolutionOutcome").singleResult().getValue()).isEqualTo("RESOLVED");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("disputeReason").singleResult().getValue()).isNull();
    // logistics cases with an order query the carrier first, on the model's other branch
    assertThat(count("""
        SELECT COUNT(*) FROM act_hi_actinst a JOIN kefu_case k ON a.root_proc_inst_id_ =
          k.process_instance_id
        WHERE a.act_id_ = 'Task_TrackParcel'
          AND (k.category <> 'LOGISTICS' OR k.order_number IS NULL)""")).isZero();
    assertThat(count("SELECT COUNT(*) FROM act_hi_actinst WHERE act_id_ = 'Task_TrackParcel' "
        + "AND proc_def_id_ = '" + calledId + "'")).isPositive();

    HistoricTaskInstance task = history.createHistoricTaskInstanceQuery()
        .processInstanceId(pi.getId()).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_DiagnoseRequest");
    assertThat(task.getAssignee()).isEqualTo(resolved[4]);
    assertThat(task.getEndTime()).isNotNull();

    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("caseId").singleResult().getValue()).isEqualTo(resolved[0]);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("firstResponseDue").singleResult().getValue())
        .isInstanceOf(java.util.Date.class);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("selfServiceEligible").singleResult().getValue()).isEqualTo(false);
  }

  /** Each activity is reached from the one before by a sequence flow of the model. */
  private static void assertFollowsSequenceFlows(BpmnModelInstance model, List<String> path) {
    for (int i = 1; i < path.size(); i++) {
      FlowNode from = model.getModelElementById(path.get(i - 1));
      assertThat(from.getOutgoing().stream().map(f -> f.getTarget().getId()))
          .as(path.get(i - 1) + " -> " + path.get(i)).contains(path.get(i));
    }
  }

  @Test
  void agentsFindAGeneratedCaseAndItsCustomersHistory() {
    var c = jdbc.sql("SELECT case_number, customer_id FROM kefu_case "
            + "WHERE request_id LIKE 'hist-%' ORDER BY created_at DESC LIMIT 1")
        .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).single();
    KefuApi agent = new KefuApi(http, "agent");

    Response found = agent.get("/api/v1/cases/" + c[0]);
    assertThat(found.status()).isEqualTo(200);
    List<String> kinds = new ArrayList<>();
    found.json().get("timeline").forEach(e -> kinds.add(e.get("kind").asText()));
    assertThat(kinds).startsWith("RECEIVED", "CLASSIFIED", "TRIAGED", "ACKNOWLEDGED");

    Response history = agent.get("/api/v1/customers/" + c[1] + "/cases?size=100");
    assertThat(history.status()).isEqualTo(200);
    long cases = count("SELECT COUNT(*) FROM kefu_case WHERE customer_id = '" + c[1] + "'");
    assertThat(history.json().get("totalElements").asLong()).isEqualTo(cases);
    // the newest case of the customer comes first
    assertThat(history.json().get("cases").get(0).get("caseNumber").asText()).isEqualTo(c[0]);
  }
}
