package io.kefu.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import io.kefu.cases.AuditAction;
import io.kefu.cases.AuditEntry;
import io.kefu.cases.AuditTrail;
import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseMessages;
import io.kefu.cases.CaseRecord;
import io.kefu.cases.CaseRepository;
import io.kefu.intake.IntakeService;
import io.kefu.marketplace.SimulatedMarketplaceActions;
import io.kefu.platform.simulator.FailureKind;
import io.kefu.platform.simulator.FailureSpec;
import io.kefu.platform.simulator.SimulatorControl;
import io.kefu.testsupport.KefuSpringTest;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * seller-after-sales.bpmn started on its own, as resolve-request calls it: the seller is asked,
 * answers (directly or through the simulated seller desk) or stays silent for 72 business hours,
 * after which the request is approved and the store's score reduced exactly once.
 */
@KefuSpringTest
class SellerAfterSalesProcessTest {

  private static final String PROCESS = "seller-after-sales";
  /** Friday 2026-12-04 10:00 Asia/Shanghai. */
  private static final Instant FRIDAY_10_00 = Instant.parse("2026-12-04T02:00:00Z");
  /** Wednesday 2026-12-09 10:00 Asia/Shanghai: 14 h Friday + Monday + Tuesday + 10 h. */
  private static final Instant WEDNESDAY_10_00 = Instant.parse("2026-12-09T02:00:00Z");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IntakeService intake;
  @Autowired CaseRepository cases;
  @Autowired AuditTrail audit;
  @Autowired SellerResponses responses;
  @Autowired SimulatedSellerAfterSales sellerDesk;
  @Autowired SimulatorControl simulators;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void bind() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void unbind() {
    simulators.clear();
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  private CaseRecord newCase() {
    return ResolutionCases.newCase(intake, cases, jdbc, "channel-app");
  }

  /** Started and past the ask: waiting for the seller. */
  private ProcessInstance asked(CaseRecord c) {
    ProcessInstance pi = ResolutionCases.start(runtime, PROCESS, c,
        Map.of("afterSalesKind", AfterSalesKind.RETURN_REFUND.name()));
    assertThat(pi).isWaitingAt("Task_AskSeller");
    execute(job(pi));
    return pi;
  }

  private Object variable(ProcessInstance pi, String name) {
    HistoricVariableInstance v = history.createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName(name).singleResult();
    return v == null ? null : v.getValue();
  }

  private Job silenceTimer(ProcessInstance pi) {
    return management.createJobQuery().processInstanceId(pi.getId())
        .activityId("Event_SellerSilent").singleResult();
  }

  private List<String> buyerTimeline(CaseRecord c) {
    return cases.timeline(c.id(), true).stream().map(CaseEvent::kind).toList();
  }

  private String sellerOf(CaseRecord c) {
    return jdbc.sql("SELECT seller_id FROM mkt_order WHERE order_number = :o")
        .param("o", c.orderNumber()).query(String.class).single();
  }

  private int score(String seller) {
    return jdbc.sql("SELECT credit_score FROM mkt_seller WHERE id = :s").param("s", seller)
        .query(Integer.class).single();
  }

  @Test
  void theSellerIsAskedOnceAndItsAcceptanceEndsAccepted() {
    CaseRecord c = newCase();
    ProcessInstance pi = asked(c);

    assertThat(pi).isWaitingAt("Task_AwaitSellerResponse");
    String askId = OperationIds.afterSales(c.caseNumber(), 1);
    assertThat(runtime.getVariable(pi.getId(), "afterSalesAskId")).isEqualTo(askId);
    String requestId = (String) runtime.getVariable(pi.getId(), "sellerRequestId");
    SellerRequest request = sellerDesk.findRequest(requestId).orElseThrow();
    assertThat(request.askId()).isEqualTo(askId);
    assertThat(request.kind()).isEqualTo(AfterSalesKind.RETURN_REFUND);
    assertThat(request.sellerId()).isEqualTo(sellerOf(c));
    // the seller's deadline is the timer's
    assertThat(request.respondBy()).isCloseTo(silenceTimer(pi).getDuedate().toInstant(),
        org.assertj.core.api.Assertions.within(5, java.time.temporal.ChronoUnit.SECONDS));
    assertThat(audit.find(c.id(), AuditAction.SELLER_AFTER_SALES_REQUEST, askId)).isPresent();
    assertThat(buyerTimeline(c)).contains("SELLER_ASKED");

    assertThat(responses.receive(c.caseNumber(), SellerDecision.ACCEPTED, "同意退货退款",
        "seller-app")).isEqualTo(CaseMessages.Outcome.DELIVERED);

    assertThat(pi).isEnded().hasPassedInOrder("StartEvent_AfterSalesStarted", "Task_AskSeller",
        "Task_AwaitSellerResponse", "Gateway_SellerDecision", "Task_InformBuyerAccepted",
        "EndEvent_Accepted");
    assertThat(variable(pi, "sellerDecision")).isEqualTo("ACCEPTED");
    assertThat(variable(pi, "sellerComment")).isEqualTo("同意退货退款");
    AuditEntry answer = audit.find(c.id(), AuditAction.SELLER_AFTER_SALES_RESPONSE, askId)
        .orElseThrow();
    assertThat(answer.actor()).isEqualTo("seller-app");
    assertThat(answer.before()).contains("AWAITING_SELLER");
    assertThat(answer.after()).contains("ACCEPTED");
    assertThat(buyerTimeline(c)).contains("SELLER_ACCEPTED");
    assertThat(responses.receive(c.caseNumber(), SellerDecision.REJECTED, "late", "seller-app"))
        .as("answered already").isEqualTo(CaseMessages.Outcome.NOT_WAITING);
  }

  @Test
  void aRejectionThroughTheSimulatedSellerDeskEndsRejected() {
    CaseRecord c = newCase();
    ProcessInstance pi = asked(c);
    String requestId = (String) runtime.getVariable(pi.getId(), "sellerRequestId");

    sellerDesk.respond(requestId, false, "商品无质量问题，不同意退货");

    assertThat(pi).isEnded().hasPassed("Task_InformBuyerRejected", "EndEvent_Rejected");
    assertThat(variable(pi, "sellerDecision")).isEqualTo("REJECTED");
    assertThat(variable(pi, "sellerComment")).isEqualTo("商品无质量问题，不同意退货");
    assertThat(audit.find(c.id(), AuditAction.SELLER_AFTER_SALES_RESPONSE,
        OperationIds.afterSales(c.caseNumber(), 1))).get()
        .extracting(AuditEntry::actor).isEqualTo(SimulatedSellerAfterSales.FROM_SIMULATOR);
    assertThat(buyerTimeline(c)).contains("SELLER_REJECTED");
  }

  @Test
  void silenceFor72BusinessHoursApprovesAndReducesTheStoreScoreExactlyOnce() {
    ClockUtil.setCurrentTime(Date.from(FRIDAY_10_00));
    CaseRecord c = newCase();
    ProcessInstance pi = asked(c);
    // the weekend does not count
    assertThat(silenceTimer(pi).getDuedate().toInstant()).isEqualTo(WEDNESDAY_10_00);
    String seller = sellerOf(c);
    int before = score(seller);

    ClockUtil.setCurrentTime(Date.from(WEDNESDAY_10_00));
    execute(silenceTimer(pi));
    assertThat(pi).isWaitingAt("Task_PenalizeStore");
    assertThat(score(seller)).as("only after the transaction boundary").isEqualTo(before);

    // the first attempt's transaction fails after the marketplace deducted the points
    Job penalty = job(pi);
    tx.executeWithoutResult(status -> {
      management.executeJob(penalty.getId());
      status.setRollbackOnly();
    });
    assertThat(score(seller)).isEqualTo(before - 2);
    assertThat(pi).isWaitingAt("Task_PenalizeStore");
    // the retry finds the first deduction: nothing more is deducted
    execute(job(pi));

    assertThat(pi).isEnded().hasPassedInOrder("Event_SellerSilent", "Task_AutoApprove",
        "Task_PenalizeStore", "Gateway_PenaltyDone", "Task_InformBuyerAutoApproved",
        "EndEvent_AutoApproved");
    assertThat(score(seller)).isEqualTo(before - 2);
    String penaltyId = OperationIds.storePenalty(c.caseNumber(), 1);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sim_seller_penalty WHERE penalty_id = :p")
        .param("p", penaltyId).query(Integer.class).single()).isEqualTo(1);
    List<AuditEntry> scoreChanges = audit.ofCase(c.id()).stream()
        .filter(e -> e.action() == AuditAction.SELLER_SCORE_CHANGE).toList();
    assertThat(scoreChanges).hasSize(1);
    assertThat(scoreChanges.get(0).externalReference()).isEqualTo(penaltyId);
    assertThat(scoreChanges.get(0).before()).contains("\"score\":" + before);
    assertThat(scoreChanges.get(0).after()).contains("\"score\":" + (before - 2));
    assertThat(variable(pi, "sellerDecision")).isEqualTo("AUTO_APPROVED");
    assertThat(audit.find(c.id(), AuditAction.SELLER_AFTER_SALES_RESPONSE,
        OperationIds.afterSales(c.caseNumber(), 1))).get()
        .extracting(AuditEntry::actor).isEqualTo(CaseEvent.SYSTEM);
    assertThat(buyerTimeline(c)).contains("SELLER_AUTO_APPROVED");
  }

  @Test
  void publicHolidaysDoNotCountButAMakeUpWorkingDayDoes() {
    // Wednesday 2026-09-30 10:00: 14 h, 国庆 1-7 October off, Thursday 8 and Friday 9 October,
    // and 10 h of Saturday 10 October, a make-up working day (调休上班)
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-09-30T02:00:00Z")));
    ProcessInstance pi = asked(newCase());

    assertThat(silenceTimer(pi).getDuedate().toInstant())
        .isEqualTo(Instant.parse("2026-10-10T02:00:00Z"));
  }

  @Test
  void aCallerNamingTheOrderOrderIdIsUnderstood() {
    CaseRecord c = newCase();
    java.util.Map<String, Object> variables = new java.util.HashMap<>(Map.of("caseId", c.id(),
        "caseNumber", c.caseNumber(), "orderId", c.orderNumber(),
        "afterSalesKind", AfterSalesKind.COMPENSATION.name()));
    ProcessInstance pi = runtime.startProcessInstanceByKey(PROCESS, c.caseNumber(), variables);

    execute(job(pi));

    assertThat(pi).isWaitingAt("Task_AwaitSellerResponse");
    SellerRequest request = sellerDesk.findRequest(
        (String) runtime.getVariable(pi.getId(), "sellerRequestId")).orElseThrow();
    assertThat(request.orderNumber()).isEqualTo(c.orderNumber());
    assertThat(request.kind()).isEqualTo(AfterSalesKind.COMPENSATION);
  }

  @Test
  void aRefusedPenaltyIsNotedAndTheRequestStaysApproved() {
    CaseRecord c = newCase();
    ProcessInstance pi = asked(c);
    String seller = sellerOf(c);
    int before = score(seller);
    simulators.inject(new FailureSpec(SimulatedMarketplaceActions.NAME, "reduce-store-score",
        seller, FailureKind.REFUSAL, "SCORE_LOCKED", null));

    execute(silenceTimer(pi));
    execute(job(pi));

    assertThat(pi).isEnded().hasPassed("Event_PenaltyRefused", "Task_NotePenaltyRefused",
        "Task_InformBuyerAutoApproved", "EndEvent_AutoApproved");
    assertThat(variable(pi, "sellerDecision")).isEqualTo("AUTO_APPROVED");
    assertThat(score(seller)).isEqualTo(before);
    assertThat(cases.timeline(c.id(), false)).extracting(CaseEvent::kind)
        .contains("STORE_PENALTY_REFUSED");
  }

  @Test
  void aStoreTheMarketplaceCannotReachEndsRejectedForThePlatformToDecide() {
    CaseRecord c = newCase();
    simulators.inject(new FailureSpec(SimulatedSellerAfterSales.NAME, "request",
        c.orderNumber(), FailureKind.REFUSAL, "STORE_CLOSED", null));
    ProcessInstance pi = ResolutionCases.start(runtime, PROCESS, c,
        Map.of("afterSalesKind", AfterSalesKind.REFUND_ONLY.name()));

    execute(job(pi));

    assertThat(pi).isEnded().hasPassed("Event_AskRefused", "Task_RecordSellerUnreachable",
        "EndEvent_SellerUnreachable");
    assertThat(variable(pi, "sellerDecision")).isEqualTo("REJECTED");
    assertThat(variable(pi, "sellerAskRefusal")).isEqualTo("STORE_CLOSED");
    assertThat((String) variable(pi, "sellerComment")).contains("STORE_CLOSED");
    assertThat(buyerTimeline(c)).contains("SELLER_UNREACHABLE");
  }
}
