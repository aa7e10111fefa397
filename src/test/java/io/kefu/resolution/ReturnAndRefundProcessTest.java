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
import io.kefu.marketplace.ShippingCarrier;
import io.kefu.testsupport.KefuSpringTest;
import java.time.Duration;
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

/**
 * return-and-refund.bpmn started on its own, as resolve-request calls it: the buyer is guided,
 * sends (or not) the tracking number, the carrier registers and delivers (or not) the parcel;
 * returnOutcome tells the caller whether to refund.
 */
@KefuSpringTest
class ReturnAndRefundProcessTest {

  private static final String PROCESS = "return-and-refund";
  private static final String CHANNEL = "channel-app";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IntakeService intake;
  @Autowired CaseRepository cases;
  @Autowired AuditTrail audit;
  @Autowired ReturnShipments returns;
  @Autowired SimulatedCarrier carrier;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void bind() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void unbind() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  private CaseRecord newCase() {
    return ResolutionCases.newCase(intake, cases, jdbc, CHANNEL);
  }

  private ProcessInstance startReturn(CaseRecord c) {
    return ResolutionCases.start(runtime, PROCESS, c, Map.of());
  }

  private Job timer(ProcessInstance pi, String activityId) {
    return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
        .singleResult();
  }

  private Object outcome(ProcessInstance pi) {
    HistoricVariableInstance v = history.createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName("returnOutcome").singleResult();
    return v == null ? null : v.getValue();
  }

  private List<String> buyerTimeline(CaseRecord c) {
    return cases.timeline(c.id(), true).stream().map(CaseEvent::kind).toList();
  }

  @Test
  void theBuyerIsGuidedSendsTheTrackingNumberAndTheReceivedReturnEndsReceived() {
    CaseRecord c = newCase();
    Instant start = Instant.now();
    ProcessInstance pi = startReturn(c);

    assertThat(pi).isWaitingAt("Task_AwaitTrackingNumber");
    assertThat(buyerTimeline(c)).contains("RETURN_GUIDANCE");
    // deadline and reminder from kefu.resolution.returns (wall-clock P7D / P3D)
    assertThat(timer(pi, "Event_TrackingDeadline").getDuedate().toInstant())
        .isBetween(start.plus(Duration.ofDays(7)).minusSeconds(5),
            Instant.now().plus(Duration.ofDays(7)).plusSeconds(5));
    assertThat(timer(pi, "Event_TrackingReminder").getDuedate().toInstant())
        .isBetween(start.plus(Duration.ofDays(3)).minusSeconds(5),
            Instant.now().plus(Duration.ofDays(3)).plusSeconds(5));

    String tracking = ResolutionCases.freshSfNumber();
    assertThat(returns.submit(CHANNEL, c.caseNumber(), ShippingCarrier.SF, tracking))
        .isEqualTo(CaseMessages.Outcome.DELIVERED);
    assertThat(pi).isWaitingAt("Task_RegisterReturnParcel");
    AuditEntry recorded = audit.find(c.id(), AuditAction.RETURN_TRACKING_NUMBER,
        "return/SF/" + tracking).orElseThrow();
    assertThat(recorded.actor()).isEqualTo(CHANNEL);
    assertThat(recorded.after()).contains(tracking);
    assertThat(carrier.findReturn(ShippingCarrier.SF, tracking)).as("only after the boundary")
        .isEmpty();

    execute(job(pi));
    assertThat(pi).isWaitingAt("Task_AwaitReturnReceived");
    assertThat(carrier.findReturn(ShippingCarrier.SF, tracking)).get()
        .extracting(ReturnShipment::caseNumber).isEqualTo(c.caseNumber());
    assertThat(audit.find(c.id(), AuditAction.RETURN_REGISTERED, "return/SF/" + tracking))
        .isPresent();
    assertThat(buyerTimeline(c)).contains("RETURN_REGISTERED");
    assertThat(timer(pi, "Event_ReturnDeadline").getDuedate().toInstant())
        .isAfter(start.plus(Duration.ofDays(15)).minusSeconds(5));

    assertThat(carrier.markReturnReceived(ShippingCarrier.SF, tracking, null).correlated())
        .isEqualTo(1);

    assertThat(pi).isEnded().hasPassedInOrder("StartEvent_ReturnStarted",
        "Task_SendReturnGuidance", "Gateway_AwaitTracking", "Task_AwaitTrackingNumber",
        "Task_RecordTrackingNumber", "Task_RegisterReturnParcel", "Gateway_AlreadyReceived",
        "Task_AwaitReturnReceived", "Gateway_ReturnReceived", "Task_ConfirmReturnReceived",
        "EndEvent_Received");
    assertThat(outcome(pi)).isEqualTo("RECEIVED");
    assertThat(buyerTimeline(c)).contains("RETURN_RECEIVED");
  }

  @Test
  void theBuyerIsRemindedAndThenSendsTheNumber() {
    CaseRecord c = newCase();
    ProcessInstance pi = startReturn(c);

    execute(timer(pi, "Event_TrackingReminder"));
    assertThat(pi).isWaitingAt("Task_AwaitTrackingNumber").hasPassed("Task_RemindTrackingNumber",
        "EndEvent_TrackingReminded");
    assertThat(buyerTimeline(c)).contains("RETURN_REMINDER");
    assertThat(timer(pi, "Event_TrackingDeadline")).as("the deadline still stands").isNotNull();

    String tracking = ResolutionCases.freshSfNumber();
    returns.submit(CHANNEL, c.caseNumber(), ShippingCarrier.SF, tracking);
    execute(job(pi));
    carrier.markReturnReceived(ShippingCarrier.SF, tracking, null);
    assertThat(pi).isEnded().hasPassed("EndEvent_Received");
    assertThat(outcome(pi)).isEqualTo("RECEIVED");
  }

  @Test
  void noTrackingNumberBeforeTheDeadlineEndsNoReturn() {
    CaseRecord c = newCase();
    ProcessInstance pi = startReturn(c);

    execute(timer(pi, "Event_TrackingDeadline"));

    assertThat(pi).isEnded().hasPassed("Task_CloseNoReturn", "EndEvent_NoReturn");
    assertThat(outcome(pi)).isEqualTo("NO_RETURN");
    assertThat(buyerTimeline(c)).contains("RETURN_CLOSED");
    assertThat(returns.submit(CHANNEL, c.caseNumber(), ShippingCarrier.SF,
        ResolutionCases.freshSfNumber())).isEqualTo(CaseMessages.Outcome.NOT_WAITING);
  }

  @Test
  void aParcelNeverReceivedBeforeTheDeadlineEndsNotReceived() {
    CaseRecord c = newCase();
    ProcessInstance pi = startReturn(c);
    returns.submit(CHANNEL, c.caseNumber(), ShippingCarrier.SF, ResolutionCases.freshSfNumber());
    execute(job(pi));

    execute(timer(pi, "Event_ReturnDeadline"));

    assertThat(pi).isEnded().hasPassed("Task_ReportNotReceived", "EndEvent_NotReceived");
    assertThat(outcome(pi)).isEqualTo("NOT_RECEIVED");
    assertThat(buyerTimeline(c)).contains("RETURN_NOT_RECEIVED");
  }

  @Test
  void aNumberTheCarrierRefusesIsForgottenAndTheBuyerAskedAgain() {
    CaseRecord c = newCase();
    ProcessInstance pi = startReturn(c);
    // the order's own parcel to the buyer is no return parcel
    Map<String, Object> outbound = jdbc.sql("SELECT carrier, tracking_number FROM mkt_order "
        + "WHERE order_number = :o").param("o", c.orderNumber()).query().singleRow();
    ShippingCarrier outboundCarrier = ShippingCarrier.valueOf((String) outbound.get("CARRIER"));
    String outboundNumber = (String) outbound.get("TRACKING_NUMBER");
    returns.submit(CHANNEL, c.caseNumber(), outboundCarrier, outboundNumber);

    execute(job(pi));

    assertThat(pi).isWaitingAt("Task_AwaitTrackingNumber").hasPassed("Event_ReturnParcelRefused",
        "Task_AskForValidTracking");
    assertThat(runtime.getVariable(pi.getId(), "returnRefusalCode"))
        .isEqualTo("INVALID_TRACKING_NUMBER");
    assertThat(runtime.getVariable(pi.getId(), "returnTrackingNumber")).isNull();
    assertThat(buyerTimeline(c)).contains("RETURN_TRACKING_REFUSED");

    String tracking = ResolutionCases.freshSfNumber();
    returns.submit(CHANNEL, c.caseNumber(), ShippingCarrier.SF, tracking);
    execute(job(pi));
    carrier.markReturnReceived(ShippingCarrier.SF, tracking, null);
    assertThat(outcome(pi)).isEqualTo("RECEIVED");
  }

  @Test
  void aReturnReceivedBeforeKefuWaitsForItIsNotWaitedForAgain() {
    CaseRecord c = newCase();
    ProcessInstance pi = startReturn(c);
    String tracking = ResolutionCases.freshSfNumber();
    returns.submit(CHANNEL, c.caseNumber(), ShippingCarrier.SF, tracking);
    // the carrier's event arrives while the registration job still waits
    carrier.injectEvent(ShippingCarrier.SF, tracking, ParcelState.RETURN_RECEIVED, null, null);

    execute(job(pi));

    assertThat(pi).isEnded().hasPassed("Gateway_AlreadyReceived", "Task_ConfirmReturnReceived")
        .hasNotPassed("Task_AwaitReturnReceived");
    assertThat(outcome(pi)).isEqualTo("RECEIVED");
  }

  @Test
  void aCaseWithoutAWaitingReturnTakesNoTrackingNumberAndNothingIsRecorded() {
    CaseRecord c = newCase();
    String tracking = ResolutionCases.freshSfNumber();

    assertThat(returns.submit(CHANNEL, c.caseNumber(), ShippingCarrier.SF, tracking))
        .isEqualTo(CaseMessages.Outcome.NOT_WAITING);
    assertThat(returns.submit("other-channel", c.caseNumber(), ShippingCarrier.SF, tracking))
        .as("another channel's case does not exist for it")
        .isEqualTo(CaseMessages.Outcome.NO_CASE);
    assertThat(audit.find(c.id(), AuditAction.RETURN_TRACKING_NUMBER, "return/SF/" + tracking))
        .isEmpty();
  }
}
