package io.kefu.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.kefu.cases.CaseRecord;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseStatus;
import io.kefu.intake.BuyerMessage;
import io.kefu.intake.BuyerMessages;
import io.kefu.intake.IntakeRequest;
import io.kefu.intake.IntakeService;
import io.kefu.testsupport.DemoCustomers;
import io.kefu.testsupport.KefuSpringTest;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every path of service-request.bpmn, driven as intake, buyers, agents and timers drive it. */
@KefuSpringTest
class ServiceRequestProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired IntakeService intake;
  @Autowired BuyerMessages buyerMessages;
  @Autowired CaseRepository cases;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void bind() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void unbind() {
    identity.clearAuthentication();
    BpmnAwareTests.reset();
  }

  private ProcessInstance submit(String description) {
    String caseNumber = intake.submit("channel-app", new IntakeRequest(
        "proc-" + UUID.randomUUID(), "APP", DemoCustomers.normal(jdbc), null, description, null,
        null)).response().caseNumber();
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .singleResult();
  }

  private CaseRecord caseOf(ProcessInstance pi) {
    return cases.findByNumber(pi.getBusinessKey()).orElseThrow();
  }

  private List<String> timelineKinds(ProcessInstance pi) {
    return cases.timeline(caseOf(pi).id(), false).stream().map(e -> e.kind()).toList();
  }

  @Test
  void anAgentDiagnosesAndMayCorrectTheCategory() {
    ProcessInstance pi = submit("卖家发错货了，颜色和描述不一样，还拒绝退货");
    assertThat(pi).hasPassedInOrder("Task_VerifyOrder", "Task_ClassifyRequest", "Task_Triage",
            "Task_SetSlaTargets", "Task_AcknowledgeRequest", "Gateway_SelfService")
        .isWaitingAt("Task_DiagnoseRequest")
        .variables().containsEntry("category", "TRANSACTION_DISPUTE")
        .containsEntry("candidateGroup", "agents").containsEntry("priority", "P3");
    Task task = task(pi);
    assertThat(task.getDueDate()).isEqualTo((Date) runtime.getVariable(pi.getId(), "firstResponseDue"));
    assertThat(task.getPriority()).isEqualTo(50);
    assertThat(caseOf(pi).status()).isEqualTo(CaseStatus.AWAITING_AGENT);

    tasks.claim(task.getId(), "agent");
    identity.setAuthentication("agent", List.of("agents"));
    tasks.complete(task.getId(), withVariables("confirmedCategory", "LOGISTICS",
        "action", "RESOLVE", "buyerExpectation", "EXCHANGE", "rootCause", "EXTERNAL_FACTOR",
        "faultParty", "SELLER", "diagnosisSummary", "Wrong colour shipped; seller must exchange"));
    identity.clearAuthentication();

    // the remedy is carried out by resolve-request (ResolveRequestProcessTest)
    assertThat(pi).hasPassed("Task_RecordDiagnosis").isWaitingAt("CallActivity_ResolveRequest");
    // no order given: the policy's reship becomes its alternative, a coupon
    assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .singleResult()).isNotNull().satisfies(r -> assertThat(r).variables()
            .containsEntry("remedy", "RESHIP").containsEntry("remedyToApply", "COUPON"));
    CaseRecord diagnosed = caseOf(pi);
    // diagnosed, and resolution proposed a remedy to the buyer
    assertThat(diagnosed.status()).isEqualTo(CaseStatus.AWAITING_BUYER_DECISION);
    assertThat(diagnosed.category()).isEqualTo("LOGISTICS");
    assertThat(diagnosed.diagnosedBy()).isEqualTo("agent");
    assertThat(diagnosed.diagnosisSummary()).isEqualTo("Wrong colour shipped; seller must exchange");
    assertThat(diagnosed.buyerExpectation()).isEqualTo("EXCHANGE");
    assertThat(diagnosed.rootCause()).isEqualTo("EXTERNAL_FACTOR");
    assertThat(diagnosed.faultParty()).isEqualTo("SELLER");
    assertThat(cases.timeline(diagnosed.id(), false)).filteredOn(e -> e.kind().equals("DIAGNOSED"))
        .singleElement().satisfies(e -> {
          assertThat(e.actor()).isEqualTo("agent");
          assertThat(e.text()).isEqualTo("RESOLVE: Wrong colour shipped; seller must exchange");
          assertThat(e.reason()).isEqualTo("category changed from TRANSACTION_DISPUTE to LOGISTICS");
        });
  }

  @Test
  void aBuyerWhoseSelfServiceAnswerWorkedClosesTheCaseAsDeflected() {
    ProcessInstance pi = submit("请问发票在哪里申请？");
    assertThat(pi).isWaitingAt("Gateway_AwaitBuyer")
        .hasPassed("Task_SendSelfServiceAnswer");
    assertThat(caseOf(pi).status()).isEqualTo(CaseStatus.AWAITING_BUYER_CONFIRMATION);
    assertThat(runtime.getVariable(pi.getId(), "selfServiceArticleId"))
        .isEqualTo("KB-ORDER-INVOICE-ZH");

    buyerMessages.accept("channel-app", pi.getBusinessKey(),
        new BuyerMessage("m-" + UUID.randomUUID(), "好的，已经解决了", "SOLVED"));

    assertThat(pi).isEnded().hasPassed("Gateway_Solved", "Task_CloseAsDeflected",
        "EndEvent_Deflected");
    CaseRecord closed = caseOf(pi);
    assertThat(closed.status()).isEqualTo(CaseStatus.DEFLECTED);
    assertThat(closed.deflected()).isTrue();
    assertThat(closed.closedAt()).isNotNull();
  }

  @Test
  void aSilentBuyerIsClosedAsDeflectedAfterTheConfiguredTime() {
    ProcessInstance pi = submit("How do I change the delivery address before the order ships?");
    assertThat(pi).isWaitingAt("Gateway_AwaitBuyer");

    execute(job("Event_ConfirmationTimeout", pi));

    assertThat(pi).isEnded().hasPassed("Task_CloseAsDeflected", "EndEvent_Deflected");
    assertThat(caseOf(pi).deflected()).isTrue();
    assertThat(cases.timeline(caseOf(pi).id(), false))
        .filteredOn(e -> e.kind().equals("CLOSED_DEFLECTED")).singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo("no reply within wall-clock@PT24H"));
  }

  @Test
  void aBuyerWhoseProblemIsNotSolvedGetsAnAgent() {
    ProcessInstance pi = submit("请问优惠券怎么使用？");
    assertThat(pi).isWaitingAt("Gateway_AwaitBuyer");

    buyerMessages.accept("channel-app", pi.getBusinessKey(),
        new BuyerMessage("m-" + UUID.randomUUID(), "没有用，券还是灰色的", "NOT_SOLVED"));

    assertThat(pi).hasPassed("Gateway_Solved", "Gateway_JoinAgent")
        .isWaitingAt("Task_DiagnoseRequest");
    assertThat(caseOf(pi).deflected()).isFalse();
    assertThat(cases.timeline(caseOf(pi).id(), true)).extracting(e -> e.kind())
        .contains("SELF_SERVICE_ANSWER", "BUYER_MESSAGE", "HANDED_TO_AGENT");
  }

  @Test
  void withoutAStandardAnswerTheCaseGoesStraightToAnAgent() {
    ProcessInstance original = submit("快递丢了，物流三天没有更新");
    Map<String, Object> variables = runtime.getVariables(original.getId());
    variables.put("category", "LOGISTICS"); // the knowledge base has no self-service answer
    variables.put("selfServiceEligible", true);
    runtime.deleteProcessInstance(original.getId(), "test: replaced by a modified start");

    ProcessInstance pi = runtime.createProcessInstanceByKey("service-request")
        .businessKey(original.getBusinessKey())
        .startBeforeActivity("Task_SendSelfServiceAnswer")
        .setVariables(variables)
        .execute();

    assertThat(pi).hasPassed("Event_NoSelfServiceAnswer", "Gateway_JoinAgent")
        .isWaitingAt("Task_DiagnoseRequest");
  }

  @Test
  void eightyPercentOfTheFirstResponseTargetRecordsAWarning() {
    ProcessInstance pi = submit("The seller refuses my return of a damaged item");
    Date warningAt = (Date) runtime.getVariable(pi.getId(), "slaWarningAt");
    assertThat(job("Event_SlaWarning", pi).getDuedate()).isEqualTo(warningAt);

    execute(job("Event_SlaWarning", pi));

    assertThat(pi).hasPassed("Task_RecordSlaWarning", "EndEvent_SlaWarned")
        .isWaitingAt("Task_DiagnoseRequest");
    assertThat(caseOf(pi).slaWarnedAt()).isNotNull();
    assertThat(timelineKinds(pi)).contains("SLA_WARNING");
  }

  @Test
  void aMissedFirstResponseEscalatesToSeniorAgentsOnce() {
    ProcessInstance pi = submit("The seller refuses my return of a damaged item, again");
    assertThat(job("Event_SlaBreached", pi).getDuedate())
        .isEqualTo((Date) runtime.getVariable(pi.getId(), "firstResponseDue"));

    execute(job("Event_SlaBreached", pi));

    assertThat(pi).hasPassed("Task_EscalateSlaBreach", "EndEvent_SlaEscalated")
        .isWaitingAt("Task_DiagnoseRequest");
    Task task = task(pi);
    assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .contains("agents", "senior-agents");
    assertThat(task.getPriority()).isEqualTo(75);
    CaseRecord breached = caseOf(pi);
    assertThat(breached.slaBreachedAt()).isNotNull();
    assertThat(breached.priority()).isEqualTo("P2");
    // a second run of the same escalation (an at-least-once job) changes nothing
    assertThat(cases.markSlaBreached(breached.id(), "P1")).isFalse();
    assertThat(caseOf(pi).priority()).isEqualTo("P2");
  }

  /** Instances started by a model version whose task priority was a variable keep it raised. */
  @Test
  void anEscalationRaisesTheTaskPriorityVariableOfOlderInstances() {
    ProcessInstance pi = submit("The seller refuses my return of a damaged item, again");
    assertThat(runtime.getVariable(pi.getId(), "taskPriority")).isNull();
    runtime.setVariable(pi.getId(), "taskPriority", 50);

    execute(job("Event_SlaBreached", pi));

    assertThat(runtime.getVariable(pi.getId(), "taskPriority")).isEqualTo(75);
    assertThat(task(pi).getPriority()).isEqualTo(75);
  }
}
