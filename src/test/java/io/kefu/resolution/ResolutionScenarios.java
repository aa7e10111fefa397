package io.kefu.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.cases.AuditAction;
import io.kefu.cases.AuditEntry;
import io.kefu.cases.AuditTrail;
import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRecord;
import io.kefu.cases.CaseRepository;
import io.kefu.intake.IntakeRequest;
import io.kefu.intake.IntakeService;
import io.kefu.marketplace.Order;
import io.kefu.marketplace.OrderDirectory;
import io.kefu.platform.identity.KefuGroups;
import io.kefu.testsupport.DemoCustomers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Drives cases through intake, diagnosis and resolution as buyers, agents and senior agents do,
 * for the resolution tests.
 */
@Component
class ResolutionScenarios {

  static final String CHANNEL = "channel-app";

  private final IntakeService intake;
  private final CaseRepository cases;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ManagementService management;
  private final JdbcClient jdbc;
  private final ProposalResponses responses;
  private final AuditTrail audit;
  private final OrderDirectory orders;

  ResolutionScenarios(IntakeService intake, CaseRepository cases, RuntimeService runtime,
      TaskService tasks, IdentityService identity, ManagementService management, JdbcClient jdbc,
      ProposalResponses responses, AuditTrail audit, OrderDirectory orders) {
    this.intake = intake;
    this.cases = cases;
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.management = management;
    this.jdbc = jdbc;
    this.responses = responses;
    this.audit = audit;
    this.orders = orders;
  }

  /** A submitted case waiting for its diagnosis. */
  record Case(ProcessInstance lifecycle, String caseNumber, long caseId, String customerId,
      String orderNumber) {}

  /** A buyer of the tier with an order matching the SQL condition on {@code mkt_order o}. */
  Case submit(String tier, String orderCondition, String description) {
    String[] buyer = DemoCustomers.withOrder(jdbc, tier, orderCondition);
    String caseNumber = intake.submit(CHANNEL, new IntakeRequest("res-" + UUID.randomUUID(), "APP",
        buyer[0], buyer[1], description, null, null)).response().caseNumber();
    ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey("service-request")
        .processInstanceBusinessKey(caseNumber).singleResult();
    return new Case(pi, caseNumber, cases.findByNumber(caseNumber).orElseThrow().id(), buyer[0],
        buyer[1]);
  }

  /** The agent completes "Diagnose request" with RESOLVE. */
  void diagnose(Case c, String agent, String category, String expectation, String rootCause,
      String faultParty) {
    Task task = tasks.createTaskQuery().processInstanceId(c.lifecycle().getId())
        .taskDefinitionKey("Task_DiagnoseRequest").singleResult();
    completeAs(agent, task, Map.of("confirmedCategory", category, "action", "RESOLVE",
        "buyerExpectation", expectation, "rootCause", rootCause, "faultParty", faultParty,
        "diagnosisSummary", "Diagnosed by " + agent + " for " + c.caseNumber()));
  }

  void completeAs(String user, Task task, Map<String, Object> variables) {
    identity.setAuthentication(user, KefuGroups.WORK_GROUPS);
    try {
      tasks.complete(task.getId(), new java.util.HashMap<>(variables));
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The case's resolve-request instance (running). */
  ProcessInstance resolution(Case c) {
    ProcessInstance pi = runtime.createProcessInstanceQuery()
        .processDefinitionKey("resolve-request").processInstanceBusinessKey(c.caseNumber())
        .singleResult();
    assertThat(pi).as("resolve-request of " + c.caseNumber()).isNotNull();
    return pi;
  }

  Task task(ProcessInstance pi, String key) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  void answer(Case c, boolean accepted, String reason) {
    responses.respond(CHANNEL, c.caseNumber(), new ProposalResponse(accepted, reason));
  }

  /** Runs the asynchronous job before the activity (an outside system's call). */
  void run(ProcessInstance pi, String activityId) {
    Job job = job(pi, activityId);
    assertThat(job).as("job of " + activityId).isNotNull();
    management.executeJob(job.getId());
  }

  Job job(ProcessInstance pi, String activityId) {
    return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
        .singleResult();
  }

  CaseRecord record(Case c) {
    return cases.findById(c.caseId()).orElseThrow();
  }

  Order order(Case c) {
    return orders.findOrder(c.orderNumber()).orElseThrow();
  }

  List<AuditEntry> audits(Case c, AuditAction action) {
    return audit.ofCase(c.caseId()).stream().filter(a -> a.action() == action).toList();
  }

  List<String> timelineKinds(Case c) {
    return cases.timeline(c.caseId(), false).stream().map(CaseEvent::kind).toList();
  }

  /** The text of the buyer-visible timeline entries of this kind. */
  List<String> buyerMessages(Case c, String kind) {
    return cases.timeline(c.caseId(), true).stream().filter(e -> e.kind().equals(kind))
        .map(CaseEvent::text).toList();
  }

  Object variable(ProcessInstance pi, String name) {
    return runtime.getVariable(pi.getId(), name);
  }
}
