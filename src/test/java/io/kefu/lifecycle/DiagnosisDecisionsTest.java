package io.kefu.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.kefu.cases.CaseRecord;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseStatus;
import io.kefu.intake.BuyerMessage;
import io.kefu.intake.BuyerMessages;
import io.kefu.intake.IntakeRequest;
import io.kefu.intake.IntakeService;
import io.kefu.sla.SlaClock;
import io.kefu.testsupport.DemoCustomers;
import io.kefu.testsupport.KefuSpringTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What happens after "Diagnose request": asking the buyer (with the SLA clock paused, a reminder
 * and a no-reply close), transferring to another group, and refusing an incomplete diagnosis.
 */
@KefuSpringTest
class DiagnosisDecisionsTest {

  /** Tuesday 2026-11-24 10:00 in Shanghai: inside the agents' working hours. */
  static final Instant TUESDAY_10AM = Instant.parse("2026-11-24T02:00:00Z");

  @Autowired ProcessEngine engine;
  @Autowired IntakeService intake;
  @Autowired BuyerMessages buyerMessages;
  @Autowired CaseRepository cases;
  @Autowired SlaClock sla;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void bind() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(TUESDAY_10AM));
  }

  @AfterEach
  void unbind() {
    ClockUtil.reset();
    identity.clearAuthentication();
    BpmnAwareTests.reset();
  }

  private ProcessInstance submit(String description) {
    String caseNumber = intake.submit("channel-app", new IntakeRequest(
        "dd-" + UUID.randomUUID(), "APP", DemoCustomers.normal(jdbc), null, description, null,
        null)).response().caseNumber();
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .singleResult();
  }

  private void diagnose(ProcessInstance pi, Map<String, Object> variables) {
    Task task = task(pi);
    tasks.claim(task.getId(), "agent");
    identity.setAuthentication("agent", List.of("agents"));
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static Map<String, Object> action(String action, Object... more) {
    Map<String, Object> v = new HashMap<>();
    v.put("action", action);
    v.put("confirmedCategory", "TRANSACTION_DISPUTE");
    for (int i = 0; i < more.length; i += 2) {
      v.put((String) more[i], more[i + 1]);
    }
    return v;
  }

  private CaseRecord caseOf(ProcessInstance pi) {
    return cases.findByNumber(pi.getBusinessKey()).orElseThrow();
  }

  @Test
  void askingTheBuyerPausesTheSlaClockAndTheAnswerResumesItWithTheTimeThatWasLeft() {
    ProcessInstance pi = submit("卖家发来的商品有划痕，要求退货退款");
    Date dueBefore = (Date) runtime.getVariable(pi.getId(), "firstResponseDue");
    Date resolutionBefore = (Date) runtime.getVariable(pi.getId(), "resolutionDue");

    diagnose(pi, action("ASK_BUYER", "missingInformation", "请上传划痕的照片"));

    assertThat(pi).hasPassed("Gateway_AskOrTransfer", "Task_AskBuyer")
        .isWaitingAt("Task_AwaitInformation");
    assertThat(caseOf(pi).status()).isEqualTo(CaseStatus.AWAITING_BUYER_INFORMATION);
    assertThat(sla.pauses(caseOf(pi).id())).singleElement()
        .satisfies(p -> assertThat(p.resumedAt()).isNull());
    assertThat(cases.timeline(caseOf(pi).id(), true)).extracting(e -> e.kind())
        .contains("CLARIFICATION_REQUESTED");

    ClockUtil.setCurrentTime(Date.from(TUESDAY_10AM.plus(Duration.ofHours(2))));
    buyerMessages.accept("channel-app", pi.getBusinessKey(),
        new BuyerMessage("m-" + UUID.randomUUID(), "照片已上传", null));

    assertThat(pi).hasPassed("Task_ResumeSla", "Gateway_ReturnToAgent")
        .isWaitingAt("Task_DiagnoseRequest");
    Date dueAfter = (Date) runtime.getVariable(pi.getId(), "firstResponseDue");
    assertThat(Duration.between(dueBefore.toInstant(), dueAfter.toInstant()))
        .isBetween(Duration.ofHours(2).minusSeconds(1), Duration.ofHours(2).plusSeconds(1));
    Date resolutionAfter = (Date) runtime.getVariable(pi.getId(), "resolutionDue");
    assertThat(resolutionAfter).isAfter(resolutionBefore);
    assertThat(task(pi).getDueDate()).isEqualTo(dueAfter);
    assertThat(caseOf(pi).firstResponseDue()).isEqualTo(dueAfter.toInstant());
    assertThat(sla.pauses(caseOf(pi).id())).singleElement()
        .satisfies(p -> assertThat(p.resumedAt()).isNotNull());
    assertThat(runtime.getVariable(pi.getId(), "lastBuyerMessage")).isEqualTo("照片已上传");
  }

  @Test
  void aSilentBuyerIsRemindedAndTheCaseClosesAsNoReply() {
    ProcessInstance pi = submit("The item arrived broken and the seller ignores me");
    diagnose(pi, action("ASK_BUYER", "missingInformation", "a photo of the damage"));

    execute(job("Event_InfoReminder", pi));
    assertThat(pi).hasPassed("Task_RemindBuyer", "EndEvent_Reminded")
        .isWaitingAt("Task_AwaitInformation");
    assertThat(cases.timeline(caseOf(pi).id(), true)).extracting(e -> e.kind())
        .contains("REMINDER");

    execute(job("Event_InfoNoReply", pi));
    assertThat(pi).isEnded().hasPassed("Task_CloseNoReply", "EndEvent_NoReply");
    assertThat(caseOf(pi).status()).isEqualTo(CaseStatus.CLOSED_NO_REPLY);
    assertThat(caseOf(pi).closedAt()).isNotNull();
  }

  @Test
  void aTransferHandsTheNextDiagnosisToTheChosenGroup() {
    ProcessInstance pi = submit("卖家卖假货，拒绝退货");
    diagnose(pi, action("TRANSFER", "transferGroup", "dispute-specialists",
        "transferReason", "counterfeit claim needs a specialist"));

    assertThat(pi).hasPassed("Task_TransferCase").isWaitingAt("Task_DiagnoseRequest");
    assertThat(tasks.getIdentityLinksForTask(task(pi).getId()))
        .extracting(IdentityLink::getGroupId).containsExactly("dispute-specialists");
    CaseRecord transferred = caseOf(pi);
    assertThat(transferred.candidateGroup()).isEqualTo("dispute-specialists");
    assertThat(cases.timeline(transferred.id(), false))
        .filteredOn(e -> e.kind().equals("TRANSFERRED")).singleElement()
        .satisfies(e -> {
          assertThat(e.actor()).isEqualTo("agent");
          assertThat(e.reason()).isEqualTo("counterfeit claim needs a specialist");
        });
  }

  @Test
  void anIncompleteDiagnosisIsRefusedAndNothingChanges() {
    ProcessInstance pi = submit("The seller sent a fake watch and refuses a refund");
    Task task = task(pi);
    tasks.claim(task.getId(), "agent");

    assertThatThrownBy(() -> tasks.complete(task.getId(), action("RESOLVE")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("rootCause").hasMessageContaining("faultParty")
        .hasMessageContaining("buyerExpectation").hasMessageContaining("diagnosisSummary");
    assertThatThrownBy(() -> tasks.complete(task.getId(), action("ASK_BUYER")))
        .hasMessageContaining("missingInformation");
    assertThatThrownBy(() -> tasks.complete(task.getId(),
        action("TRANSFER", "transferGroup", "agents", "transferReason", "x")))
        .hasMessageContaining("already with this group");
    assertThatThrownBy(() -> tasks.complete(task.getId(), action("SHRUG")))
        .hasMessageContaining("action");

    assertThat(pi).isWaitingAt("Task_DiagnoseRequest");
    assertThat(caseOf(pi).status()).isEqualTo(CaseStatus.AWAITING_AGENT);
  }
}
