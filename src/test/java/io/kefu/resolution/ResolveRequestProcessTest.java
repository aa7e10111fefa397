package io.kefu.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.kefu.cases.AuditAction;
import io.kefu.cases.CaseStatus;
import io.kefu.marketplace.Order;
import io.kefu.marketplace.OrderActions;
import io.kefu.marketplace.ShippingCarrier;
import io.kefu.platform.simulator.FailureKind;
import io.kefu.platform.simulator.FailureSpec;
import io.kefu.platform.simulator.SimulatorControl;
import io.kefu.resolution.ResolutionScenarios.Case;
import io.kefu.testsupport.KefuSpringTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
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
 * resolve-request.bpmn through the lifecycle: each remedy, approval and the four-eyes rule, the
 * buyer's answers (accept, refuse once, refuse twice, silence), business refusals of outside
 * systems and technical failures with retries.
 */
@KefuSpringTest
class ResolveRequestProcessTest {

  private static final String WRONG_ITEM = "卖家发错货了，颜色和描述不一样，请尽快处理";
  private static final String PARCEL_LATE = "快递一直没有到，物流好几天没有更新了";

  @Autowired ProcessEngine engine;
  @Autowired ResolutionScenarios scenarios;
  @Autowired PaymentGateway payments;
  @Autowired CouponService coupons;
  @Autowired OrderActions orderActions;
  @Autowired SimulatedCarrier carrier;
  @Autowired SimulatorControl control;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired JdbcClient jdbc;
  @Autowired SellerResponses sellerResponses;
  @Autowired ReturnShipments returnShipments;

  @BeforeEach
  void bind() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void unbind() {
    control.clear();
    BpmnAwareTests.reset();
  }

  private String refundId(Case c) {
    return OperationIds.refund(c.caseNumber(), 1);
  }

  @Test
  void aRefundIsProposedAcceptedPaidOnceAndListedInTheResolvedMessage() {
    Case c = scenarios.submit(null, "o.status = 'DELIVERED' AND o.amount <= 500", WRONG_ITEM);
    scenarios.diagnose(c, "agent", "TRANSACTION_DISPUTE", "REFUND_ONLY", "EXTERNAL_FACTOR",
        "SELLER");

    ProcessInstance r = scenarios.resolution(c);
    assertThat(r).hasPassedInOrder("Task_EvaluateRemedyPolicy", "Task_PrepareRemedy",
            "Task_SendProposal")
        .hasNotPassed("Task_TrackParcel", "Task_ApproveRemedy")
        .isWaitingAt("Gateway_AwaitResponse")
        .variables().containsEntry("offerRound", 1);
    // up to 100 CNY a full refund, up to 500 half of it; neither needs an approval
    assertThat((String) scenarios.variable(r, "remedy")).isIn("FULL_REFUND", "PARTIAL_REFUND");
    assertThat(c.lifecycle()).isWaitingAt("CallActivity_ResolveRequest");
    assertThat(scenarios.record(c).status()).isEqualTo(CaseStatus.AWAITING_BUYER_DECISION);
    BigDecimal due = RemedySteps.share(scenarios.order(c).amount(),
        (Double) scenarios.variable(r, "refundShare"));
    String amount = due.toPlainString();
    assertThat(scenarios.buyerMessages(c, "PROPOSAL")).singleElement().asString()
        .contains(amount);
    assertThat(scenarios.timelineKinds(c)).contains("REMEDY_PROPOSED");

    scenarios.answer(c, true, null);
    assertThat(r).isWaitingAt("Task_RefundBuyer");
    assertThat(scenarios.record(c).status()).isEqualTo(CaseStatus.DIAGNOSED);
    assertThat(payments.findRefund(refundId(c))).isEmpty(); // only after the transaction boundary
    scenarios.run(r, "Task_RefundBuyer");

    assertThat(r).isEnded().hasPassed("Gateway_ParcelLost", "EndEvent_RemedyDone")
        .hasNotPassed("Task_FileCarrierClaim", "CallActivity_SellerAfterSales");
    assertThat(c.lifecycle()).isEnded().hasPassed("Gateway_ResolutionOutcome",
        "Task_CloseResolved", "EndEvent_Resolved");
    assertThat(scenarios.record(c).status()).isEqualTo(CaseStatus.RESOLVED);
    Refund refund = payments.findRefund(refundId(c)).orElseThrow();
    assertThat(refund.amount()).isEqualByComparingTo(due);
    assertThat(scenarios.audits(c, AuditAction.REFUND)).singleElement().satisfies(a -> {
      assertThat(a.actor()).isEqualTo("agent");
      assertThat(a.externalReference()).isEqualTo(refundId(c));
      assertThat(a.reason()).contains("REFUND").contains(c.caseNumber());
      assertThat(a.before()).contains(c.orderNumber());
      assertThat(a.after()).contains(refund.gatewayReference());
    });
    assertThat(scenarios.buyerMessages(c, "PROPOSAL_ACCEPTED")).hasSize(1);
    assertThat(scenarios.buyerMessages(c, "REMEDY_REFUND")).singleElement().asString()
        .contains(amount).contains(refund.gatewayReference());
    assertThat(scenarios.buyerMessages(c, "RESOLVED")).singleElement().asString()
        .contains(refund.gatewayReference()).doesNotContain("{\"");
  }

  @Test
  void aLargeRefundNeedsAnotherSeniorAgentsApprovalAndBuyerSilenceCountsAsAcceptance() {
    Case c = scenarios.submit(null, "o.status = 'DELIVERED' AND o.amount > 500", WRONG_ITEM);
    scenarios.diagnose(c, "senior", "TRANSACTION_DISPUTE", "REFUND_ONLY", "EXTERNAL_FACTOR",
        "SELLER");
    ProcessInstance r = scenarios.resolution(c);
    assertThat(r).isWaitingAt("Task_ApproveRemedy").variables()
        .containsEntry("remedy", "PARTIAL_REFUND").containsEntry("seniorApprovalRequired", true);
    Task approval = scenarios.task(r, "Task_ApproveRemedy");
    assertThat(tasks.getIdentityLinksForTask(approval.getId()))
        .extracting(IdentityLink::getGroupId).containsExactly("senior-agents");
    assertThat(approval.getDueDate()).isNotNull();

    // four eyes: the senior agent who proposed it with the diagnosis cannot approve it
    assertThatThrownBy(() -> scenarios.completeAs("senior", approval,
        Map.of("approvalDecision", "APPROVE")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Four-eyes rule")
        .hasMessageContaining("senior");
    assertThat(r).isWaitingAt("Task_ApproveRemedy");
    assertThat(scenarios.variable(r, "approvalDecision")).isNull(); // nothing stored
    assertThat(scenarios.timelineKinds(c)).doesNotContain("REMEDY_APPROVED");

    scenarios.completeAs("senior-2", approval, Map.of("approvalDecision", "APPROVE"));
    assertThat(r).hasPassed("Gateway_Approved", "Task_SendProposal")
        .isWaitingAt("Gateway_AwaitResponse").variables().containsEntry("approvedBy", "senior-2");
    Date replyBy = (Date) scenarios.variable(r, "proposalReplyBy");
    Job timer = scenarios.job(r, "Event_ProposalTimeout");
    assertThat(timer.getDuedate()).isEqualTo(replyBy);

    management.executeJob(timer.getId()); // the buyer did not answer in time
    assertThat(r).hasPassed("Task_AcceptBySilence").isWaitingAt("Task_RefundBuyer");
    scenarios.run(r, "Task_RefundBuyer");

    assertThat(c.lifecycle()).isEnded().hasPassed("EndEvent_Resolved");
    BigDecimal half = scenarios.order(c).amount().multiply(new BigDecimal("0.5"))
        .setScale(2, RoundingMode.DOWN);
    assertThat(payments.findRefund(refundId(c)).orElseThrow().amount())
        .isEqualByComparingTo(half);
    assertThat(scenarios.audits(c, AuditAction.REFUND)).singleElement()
        .satisfies(a -> assertThat(a.actor()).isEqualTo("senior-2"));
    assertThat(scenarios.timelineKinds(c)).contains("APPROVAL_REQUESTED", "REMEDY_APPROVED",
        "PROPOSAL_ACCEPTED_BY_SILENCE");
  }

  @Test
  void aSeniorAgentWhoRejectsTheRemedyHasTheBuyerOfferedTheAlternative() {
    Case c = scenarios.submit(null, "o.status = 'DELIVERED' AND o.amount > 500", WRONG_ITEM);
    scenarios.diagnose(c, "agent", "TRANSACTION_DISPUTE", "REFUND_ONLY", "EXTERNAL_FACTOR",
        "SELLER");
    ProcessInstance r = scenarios.resolution(c);
    Task approval = scenarios.task(r, "Task_ApproveRemedy");
    assertThatThrownBy(() -> scenarios.completeAs("senior", approval,
        Map.of("approvalDecision", "REJECT")))
        .hasMessageContaining("approvalComment");

    scenarios.completeAs("senior", approval, Map.of("approvalDecision", "REJECT",
        "approvalComment", "Evidence too thin for a 50% refund; offer a coupon"));
    assertThat(r).hasPassed("Task_UseAlternative", "Task_SendProposal")
        .isWaitingAt("Gateway_AwaitResponse").variables()
        .containsEntry("remedyToApply", "COUPON").containsEntry("couponValue", 30.0)
        .containsEntry("offerRound", 2);
    scenarios.answer(c, true, null);
    scenarios.run(r, "Task_IssueCoupon");

    assertThat(c.lifecycle()).isEnded().hasPassed("EndEvent_Resolved");
    assertThat(payments.findRefund(refundId(c))).isEmpty();
    Coupon coupon = coupons.findCoupon(OperationIds.coupon(c.caseNumber(), 2)).orElseThrow();
    assertThat(coupon.value()).isEqualByComparingTo("30.00");
    assertThat(coupon.customerId()).isEqualTo(c.customerId());
    assertThat(scenarios.audits(c, AuditAction.COUPON)).singleElement()
        .satisfies(a -> assertThat(a.actor()).isEqualTo("agent"));
    assertThat(scenarios.timelineKinds(c)).contains("REMEDY_REJECTED", "ALTERNATIVE_CHOSEN");
  }

  @Test
  void aBuyerWhoRefusesOnceIsOfferedTheAlternativeAndMayAcceptIt() {
    Case c = scenarios.submit(null, "o.status = 'DELIVERED' AND o.amount <= 500", WRONG_ITEM);
    scenarios.diagnose(c, "agent", "TRANSACTION_DISPUTE", "REFUND_ONLY", "EXTERNAL_FACTOR",
        "SELLER");
    ProcessInstance r = scenarios.resolution(c);

    scenarios.answer(c, false, "我不想退款，我想要补偿");
    assertThat(r).hasPassed("Gateway_AlternativeOffered", "Task_OfferAlternative")
        .isWaitingAt("Gateway_AwaitResponse").variables()
        .containsEntry("remedyToApply", "COUPON").containsEntry("proposalAccepted", false);
    assertThat(scenarios.buyerMessages(c, "PROPOSAL")).hasSize(2);
    assertThat(scenarios.buyerMessages(c, "PROPOSAL_REFUSED")).singleElement().asString()
        .contains("我想要补偿");

    scenarios.answer(c, true, null);
    scenarios.run(r, "Task_IssueCoupon");
    assertThat(c.lifecycle()).isEnded().hasPassed("EndEvent_Resolved");
    assertThat(payments.findRefund(refundId(c))).isEmpty();
    assertThat(coupons.findCoupon(OperationIds.coupon(c.caseNumber(), 2))).isPresent();
  }

  @Test
  void aBuyerWhoRefusesTheAlternativeTooHasTheCaseMarkedForDispute() {
    Case c = scenarios.submit(null, "o.status = 'DELIVERED' AND o.amount <= 500", WRONG_ITEM);
    scenarios.diagnose(c, "agent", "TRANSACTION_DISPUTE", "REFUND_ONLY", "EXTERNAL_FACTOR",
        "SELLER");
    ProcessInstance r = scenarios.resolution(c);
    scenarios.answer(c, false, "no");
    scenarios.answer(c, false, "still no");

    assertThat(r).isEnded().hasPassed("EndEvent_DisputeBuyerRefused");
    assertThat(c.lifecycle()).isEnded().hasPassed("Task_MarkForDispute",
        "EndEvent_MarkedForDispute").variables().containsEntry("resolutionOutcome", "DISPUTE")
        .containsEntry("disputeReason", "BUYER_REFUSED");
    assertThat(scenarios.record(c).status()).isEqualTo(CaseStatus.MARKED_FOR_DISPUTE);
    assertThat(scenarios.record(c).closedAt()).isNull();
    assertThat(scenarios.buyerMessages(c, "PLATFORM_INVOLVED")).hasSize(1);
    assertThat(scenarios.audits(c, AuditAction.COUPON)).isEmpty();
    assertThat(payments.findRefund(refundId(c))).isEmpty();
  }

  @Test
  void aLostParcelIsReshippedAndClaimedFromTheCarrier() {
    Case c = scenarios.submit(null, "o.status = 'DELIVERED'", PARCEL_LATE);
    lose(scenarios.order(c));
    scenarios.diagnose(c, "agent", "LOGISTICS", "EXCHANGE", "EXTERNAL_FACTOR", "CARRIER");
    ProcessInstance r = scenarios.resolution(c);
    assertThat(r).isWaitingAt("Task_TrackParcel");
    scenarios.run(r, "Task_TrackParcel");
    assertThat(r).isWaitingAt("Gateway_AwaitResponse").variables()
        .containsEntry("parcelState", "LOST").containsEntry("remedyToApply", "RESHIP");
    assertThat(scenarios.buyerMessages(c, "PARCEL_STATUS")).singleElement().asString()
        .contains(scenarios.order(c).trackingNumber());

    scenarios.answer(c, true, null);
    scenarios.run(r, "Task_Reship");
    scenarios.run(r, "Task_FileCarrierClaim");

    assertThat(r).isEnded().hasPassed("Gateway_SellerMustAct", "Task_Reship",
        "Task_FileCarrierClaim").hasNotPassed("CallActivity_SellerAfterSales");
    assertThat(c.lifecycle()).isEnded().hasPassed("EndEvent_Resolved");
    String tracking = orderActions.findReshipment(OperationIds.reship(c.caseNumber(), 1))
        .orElseThrow().trackingNumber();
    assertThat(scenarios.audits(c, AuditAction.RESHIP)).singleElement()
        .satisfies(a -> assertThat(a.after()).contains(tracking));
    assertThat(scenarios.audits(c, AuditAction.CARRIER_CLAIM)).singleElement().satisfies(a ->
        assertThat(a.externalReference()).isEqualTo(OperationIds.carrierClaim(c.caseNumber(), 1)));
    assertThat(scenarios.buyerMessages(c, "RESOLVED")).singleElement().asString()
        .contains(tracking);
  }

  @Test
  void aLostParcelOfABuyerWhoWantsTheMoneyBackIsRefundedAndClaimed() {
    Case c = scenarios.submit(null, "o.status = 'DELIVERED' AND o.amount <= 500", PARCEL_LATE);
    lose(scenarios.order(c));
    scenarios.diagnose(c, "agent", "LOGISTICS", "REFUND_ONLY", "EXTERNAL_FACTOR", "CARRIER");
    ProcessInstance r = scenarios.resolution(c);
    scenarios.run(r, "Task_TrackParcel");
    assertThat(r).variables().containsEntry("remedyToApply", "FULL_REFUND")
        .containsEntry("seniorApprovalRequired", false);
    scenarios.answer(c, true, null);
    scenarios.run(r, "Task_RefundBuyer");
    scenarios.run(r, "Task_FileCarrierClaim");

    assertThat(c.lifecycle()).isEnded().hasPassed("EndEvent_Resolved");
    assertThat(payments.findRefund(refundId(c)).orElseThrow().amount())
        .isEqualByComparingTo(scenarios.order(c).amount());
    assertThat(scenarios.audits(c, AuditAction.CARRIER_CLAIM)).singleElement()
        .satisfies(a -> assertThat(a.after()).contains(scenarios.order(c).amount().toPlainString()));
  }

  @Test
  void aRefusedCarrierClaimIsRecordedAndTheBuyersRemedyStands() {
    Case c = scenarios.submit(null, "o.status = 'DELIVERED'", PARCEL_LATE);
    lose(scenarios.order(c));
    scenarios.diagnose(c, "agent", "LOGISTICS", "INFORMATION", "EXTERNAL_FACTOR", "CARRIER");
    ProcessInstance r = scenarios.resolution(c);
    scenarios.run(r, "Task_TrackParcel");
    scenarios.answer(c, true, null);
    scenarios.run(r, "Task_Reship");
    control.inject(new FailureSpec(SimulatedCarrier.NAME, "claim", null, FailureKind.REFUSAL,
        null, 1));
    scenarios.run(r, "Task_FileCarrierClaim");

    assertThat(r).isEnded().hasPassed("Event_ClaimRefused", "Task_RecordClaimRefused",
        "EndEvent_RemedyDone");
    assertThat(c.lifecycle()).isEnded().hasPassed("EndEvent_Resolved");
    assertThat(scenarios.audits(c, AuditAction.CARRIER_CLAIM)).isEmpty();
    assertThat(scenarios.timelineKinds(c)).contains("CARRIER_CLAIM_REFUSED");
  }

  @Test
  void aLateParcelIsExpeditedWithACoupon() {
    Case c = scenarios.submit(null,
        "o.status = 'SHIPPED' AND o.collected_at IS NOT NULL", PARCEL_LATE);
    scenarios.diagnose(c, "agent", "LOGISTICS", "INFORMATION", "EXTERNAL_FACTOR", "CARRIER");
    ProcessInstance r = scenarios.resolution(c);
    scenarios.run(r, "Task_TrackParcel");
    assertThat(r).variables().containsEntry("parcelState", "IN_TRANSIT")
        .containsEntry("remedyToApply", "EXPEDITE");
    double couponValue = (Double) scenarios.variable(r, "couponValue"); // 10, VIP 20
    assertThat(couponValue).isPositive();
    scenarios.answer(c, true, null);
    scenarios.run(r, "Task_Expedite");
    assertThat(r).hasPassed("Gateway_CouponToo").isWaitingAt("Task_IssueCoupon");
    scenarios.run(r, "Task_IssueCoupon");

    assertThat(c.lifecycle()).isEnded().hasPassed("EndEvent_Resolved");
    assertThat(scenarios.audits(c, AuditAction.EXPEDITE)).singleElement().satisfies(a ->
        assertThat(a.externalReference()).isEqualTo(OperationIds.expedite(c.caseNumber(), 1)));
    assertThat(coupons.findCoupon(OperationIds.coupon(c.caseNumber(), 1)).orElseThrow().value())
        .isEqualByComparingTo(BigDecimal.valueOf(couponValue));
    assertThat(scenarios.buyerMessages(c, "REMEDY_EXPEDITE")).hasSize(1);
    assertThat(scenarios.buyerMessages(c, "REMEDY_COUPON")).hasSize(1);
  }

  @Test
  void aDelayedBuyerWhoAsksForCompensationGetsACouponOrTheExpediteAlternative() {
    Case c = scenarios.submit(null,
        "o.status = 'SHIPPED' AND o.collected_at IS NOT NULL", PARCEL_LATE);
    scenarios.diagnose(c, "agent", "LOGISTICS", "COMPENSATION", "EXTERNAL_FACTOR", "CARRIER");
    ProcessInstance r = scenarios.resolution(c);
    scenarios.run(r, "Task_TrackParcel");
    assertThat(r).variables().containsEntry("remedyToApply", "COUPON");
    scenarios.answer(c, false, "券没用，我只想快点收到");
    assertThat(r).variables().containsEntry("remedyToApply", "EXPEDITE")
        .containsEntry("couponValue", 0.0);
    scenarios.answer(c, true, null);
    scenarios.run(r, "Task_Expedite");

    assertThat(r).isEnded().hasPassed("Gateway_CouponToo").hasNotPassed("Task_IssueCoupon");
    assertThat(c.lifecycle()).isEnded().hasPassed("EndEvent_Resolved");
    assertThat(scenarios.audits(c, AuditAction.COUPON)).isEmpty();
    assertThat(scenarios.audits(c, AuditAction.EXPEDITE)).hasSize(1);
  }

  @Test
  void aCarrierOutageIsRetriedThenAnIncidentAndTheRetryAfterRecoveryExpeditesOnce() {
    Case c = scenarios.submit(null,
        "o.status = 'SHIPPED' AND o.collected_at IS NOT NULL", PARCEL_LATE);
    Order order = scenarios.order(c);
    scenarios.diagnose(c, "agent", "LOGISTICS", "INFORMATION", "EXTERNAL_FACTOR", "CARRIER");
    ProcessInstance r = scenarios.resolution(c);
    scenarios.run(r, "Task_TrackParcel");
    scenarios.answer(c, true, null);
    var outage = control.inject(FailureSpec.forKey(SimulatedCarrier.NAME, order.trackingNumber(),
        FailureKind.TECHNICAL));

    Job job = scenarios.job(r, "Task_Expedite");
    int attempts = 0;
    while (job.getRetries() > 0) {
      String id = job.getId();
      assertThatThrownBy(() -> management.executeJob(id))
          .hasMessageContaining("carrier");
      attempts++;
      job = scenarios.job(r, "Task_Expedite");
    }
    assertThat(attempts).isEqualTo(3); // kefu.resolution.retry-cycle R3/PT5M
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(r.getId())
        .activityId("Task_Expedite").count()).isEqualTo(1);
    assertThat(scenarios.audits(c, AuditAction.EXPEDITE)).isEmpty();

    control.remove(outage.id());
    management.setJobRetries(job.getId(), 1); // an operator retries it in Cockpit
    management.executeJob(job.getId());
    scenarios.run(r, "Task_IssueCoupon");

    assertThat(c.lifecycle()).isEnded().hasPassed("EndEvent_Resolved");
    assertThat(scenarios.audits(c, AuditAction.EXPEDITE)).hasSize(1);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sim_expedite WHERE expedite_id = :id")
        .param("id", OperationIds.expedite(c.caseNumber(), 1)).query(Integer.class).single())
        .isEqualTo(1);
  }

  @Test
  void aCarrierThatRefusesToExpediteLeavesTheChoiceToASeniorAgent() {
    Case c = scenarios.submit(null,
        "o.status = 'SHIPPED' AND o.collected_at IS NOT NULL", PARCEL_LATE);
    scenarios.diagnose(c, "agent", "LOGISTICS", "INFORMATION", "EXTERNAL_FACTOR", "CARRIER");
    ProcessInstance r = scenarios.resolution(c);
    scenarios.run(r, "Task_TrackParcel");
    scenarios.answer(c, true, null);
    control.inject(new FailureSpec(SimulatedCarrier.NAME, "expedite", null, FailureKind.REFUSAL,
        "EXPEDITE_NOT_AVAILABLE", 1));
    scenarios.run(r, "Task_Expedite");

    assertThat(r).hasPassed("Event_ExpediteRefused").isWaitingAt("Task_HandleFailedRemedy")
        .variables().containsEntry("remedyErrorCode", "EXPEDITE_NOT_AVAILABLE");
    scenarios.completeAs("senior", scenarios.task(r, "Task_HandleFailedRemedy"),
        Map.of("failedRemedyDecision", "ALTERNATIVE", "failedRemedyComment", "No express route"));
    scenarios.run(r, "Task_IssueCoupon");

    assertThat(c.lifecycle()).isEnded().hasPassed("EndEvent_Resolved");
    assertThat(scenarios.audits(c, AuditAction.EXPEDITE)).isEmpty();
    assertThat(scenarios.audits(c, AuditAction.COUPON)).singleElement().satisfies(a ->
        assertThat(a.externalReference()).isEqualTo(OperationIds.coupon(c.caseNumber(), 2)));
  }

  @Test
  void aRefusedCouponGoesToASeniorAgentWhoRetriesIt() {
    Case c = scenarios.submit(null, "o.status = 'DELIVERED'", WRONG_ITEM);
    scenarios.diagnose(c, "agent", "TRANSACTION_DISPUTE", "INFORMATION", "SYSTEM_FAULT",
        "PLATFORM");
    ProcessInstance r = scenarios.resolution(c);
    scenarios.answer(c, true, null);
    control.inject(new FailureSpec(SimulatedCouponService.NAME, "issue", null,
        FailureKind.REFUSAL, "BUDGET_EXHAUSTED", 1));
    scenarios.run(r, "Task_IssueCoupon");

    assertThat(r).hasPassed("Event_CouponRefused").isWaitingAt("Task_HandleFailedRemedy")
        .variables().containsEntry("remedyErrorCode", "BUDGET_EXHAUSTED");
    Task task = scenarios.task(r, "Task_HandleFailedRemedy");
    assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("senior-agents");
    assertThatThrownBy(() -> scenarios.completeAs("senior", task,
        Map.of("failedRemedyDecision", "RETRY"))).hasMessageContaining("failedRemedyComment");
    scenarios.completeAs("senior", task, Map.of("failedRemedyDecision", "RETRY",
        "failedRemedyComment", "Budget topped up"));
    scenarios.run(r, "Task_IssueCoupon");

    assertThat(c.lifecycle()).isEnded().hasPassed("EndEvent_Resolved");
    assertThat(coupons.findCoupon(OperationIds.coupon(c.caseNumber(), 1))).isPresent();
    assertThat(scenarios.audits(c, AuditAction.COUPON)).singleElement()
        .satisfies(a -> assertThat(a.actor()).isEqualTo("senior")); // who decided to retry
    assertThat(scenarios.timelineKinds(c)).contains("REMEDY_REFUSED", "FAILED_REMEDY_RETRY");
  }

  @Test
  void aRefusedReshipmentMayBeReplacedByTheAlternative() {
    Case c = scenarios.submit(null, "o.status = 'DELIVERED'", PARCEL_LATE);
    lose(scenarios.order(c));
    scenarios.diagnose(c, "agent", "LOGISTICS", "EXCHANGE", "EXTERNAL_FACTOR", "CARRIER");
    ProcessInstance r = scenarios.resolution(c);
    scenarios.run(r, "Task_TrackParcel");
    scenarios.answer(c, true, null);
    control.inject(new FailureSpec("marketplace", "reship", null, FailureKind.REFUSAL,
        "OUT_OF_STOCK", 1));
    scenarios.run(r, "Task_Reship");
    assertThat(r).isWaitingAt("Task_HandleFailedRemedy").variables()
        .containsEntry("remedyErrorCode", "OUT_OF_STOCK");

    scenarios.completeAs("senior", scenarios.task(r, "Task_HandleFailedRemedy"),
        Map.of("failedRemedyDecision", "ALTERNATIVE", "failedRemedyComment", "No stock left"));
    assertThat(r).hasPassed("Task_SwitchToAlternative").isWaitingAt("Task_IssueCoupon");
    scenarios.run(r, "Task_IssueCoupon");

    assertThat(c.lifecycle()).isEnded().hasPassed("EndEvent_Resolved");
    assertThat(orderActions.findReshipment(OperationIds.reship(c.caseNumber(), 1))).isEmpty();
    assertThat(coupons.findCoupon(OperationIds.coupon(c.caseNumber(), 2)).orElseThrow().value())
        .isEqualByComparingTo("20.00");
  }

  @Test
  void aRefundJobThatRunsAgainAfterThePaymentWentThroughPaysOnce() throws Exception {
    Case c = scenarios.submit(null, "o.status = 'DELIVERED' AND o.amount <= 500", WRONG_ITEM);
    scenarios.diagnose(c, "agent", "TRANSACTION_DISPUTE", "REFUND_ONLY", "EXTERNAL_FACTOR",
        "SELLER");
    ProcessInstance r = scenarios.resolution(c);
    scenarios.answer(c, true, null);
    Order order = scenarios.order(c);
    // a first run paid, then its transaction rolled back (e.g. the node died before the commit)
    Refund first = payments.refund(new RefundRequest(refundId(c), order.orderNumber(),
        RemedySteps.share(order.amount(), (Double) scenarios.variable(r, "refundShare")),
        order.currency(), "first run"));

    scenarios.run(r, "Task_RefundBuyer");

    assertThat(c.lifecycle()).isEnded().hasPassed("EndEvent_Resolved");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sim_refund WHERE order_number = :n")
        .param("n", order.orderNumber()).query(Integer.class).single()).isEqualTo(1);
    assertThat(scenarios.audits(c, AuditAction.REFUND)).singleElement()
        .satisfies(a -> assertThat(a.after()).contains(first.gatewayReference()));
  }

  @Test
  void aRefundTheGatewayCouldNotPayOutIsRetriedUnderTheNextRefundId() {
    Case c = scenarios.submit(null, "o.status = 'DELIVERED' AND o.amount <= 500", WRONG_ITEM);
    scenarios.diagnose(c, "agent", "TRANSACTION_DISPUTE", "REFUND_ONLY", "EXTERNAL_FACTOR",
        "SELLER");
    ProcessInstance r = scenarios.resolution(c);
    scenarios.answer(c, true, null);
    control.inject(new FailureSpec(SimulatedPaymentGateway.NAME, "settle", null,
        FailureKind.REFUSAL, "ACCOUNT_CLOSED", 1));
    scenarios.run(r, "Task_RefundBuyer");
    assertThat(r).isWaitingAt("Task_HandleFailedRemedy").variables()
        .containsEntry("remedyErrorCode", "ACCOUNT_CLOSED");
    assertThat(payments.findRefund(refundId(c)).orElseThrow().status())
        .isEqualTo(RefundStatus.FAILED);

    scenarios.completeAs("senior", scenarios.task(r, "Task_HandleFailedRemedy"),
        Map.of("failedRemedyDecision", "RETRY", "failedRemedyComment", "Buyer reopened the account"));
    scenarios.run(r, "Task_RefundBuyer");

    assertThat(c.lifecycle()).isEnded().hasPassed("EndEvent_Resolved");
    Refund paid = payments.findRefund(OperationIds.refund(c.caseNumber(), 2)).orElseThrow();
    assertThat(paid.status()).isEqualTo(RefundStatus.SUCCEEDED);
    assertThat(scenarios.audits(c, AuditAction.REFUND)).singleElement()
        .satisfies(a -> assertThat(a.externalReference()).isEqualTo(paid.refundId()));
  }

  @Test
  void aRefundIsNeverAboveTheOrderAmount() {
    Case c = scenarios.submit(null, "o.status = 'DELIVERED'", WRONG_ITEM);
    Order order = scenarios.order(c);
    // a process owner's mistake in the policy: a refund share above 1
    ProcessInstance r = engine.getRuntimeService().createProcessInstanceByKey("resolve-request")
        .businessKey(c.caseNumber())
        .startBeforeActivity("Task_RefundBuyer")
        .setVariables(Map.of("caseId", c.caseId(), "caseNumber", c.caseNumber(),
            "customerId", c.customerId(), "orderNumber", c.orderNumber(),
            "remedyToApply", "FULL_REFUND", "refundShare", 1.5, "diagnosedBy", "agent",
            "fallbackRemedy", "COUPON", "fallbackCouponValue", 10.0))
        .execute();
    scenarios.run(r, "Task_RefundBuyer");

    assertThat(r).hasPassed("Event_RefundRefused").isWaitingAt("Task_HandleFailedRemedy")
        .variables().containsEntry("remedyErrorCode", RefundBuyerDelegate.AMOUNT_EXCEEDS_ORDER);
    assertThat(payments.findRefund(refundId(c))).isEmpty();
    assertThat(payments.refundableAmount(c.orderNumber())).contains(order.amount());

    scenarios.completeAs("senior", scenarios.task(r, "Task_HandleFailedRemedy"),
        Map.of("failedRemedyDecision", "DISPUTE", "failedRemedyComment", "Policy error"));
    assertThat(r).isEnded().hasPassed("EndEvent_DisputeRemedyFailed")
        .variables().containsEntry("resolutionOutcome", "DISPUTE")
        .containsEntry("disputeReason", "REMEDY_FAILED");
  }

  @Test
  void aBuyerAtFaultGetsGuidanceOnlyAndTheCaseIsResolvedAtOnce() {
    Case c = scenarios.submit(null, "o.status = 'DELIVERED'", WRONG_ITEM);
    scenarios.diagnose(c, "agent", "FEATURE_USAGE", "INFORMATION", "USER_ERROR", "BUYER");

    assertThat(c.lifecycle()).isEnded().hasPassed("CallActivity_ResolveRequest",
        "EndEvent_Resolved");
    assertThat(scenarios.record(c).status()).isEqualTo(CaseStatus.RESOLVED);
    String resolution = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("resolve-request").processInstanceBusinessKey(c.caseNumber())
        .singleResult().getId();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(resolution).activityId("EndEvent_GuidanceOnly").count()).isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(c.lifecycle().getId()).variableName("resolutionOutcome")
        .singleResult().getValue()).isEqualTo("RESOLVED");
    assertThat(scenarios.buyerMessages(c, "PROPOSAL")).isEmpty();
    assertThat(scenarios.audits(c, AuditAction.REFUND)).isEmpty();
  }

  // seller-handled remedies and returns (the called processes seller-after-sales and
  // return-and-refund are tested on their own in SellerAfterSalesProcessTest and
  // ReturnAndRefundProcessTest)

  private ProcessInstance sub(Case c, String key) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key)
        .processInstanceBusinessKey(c.caseNumber()).singleResult();
  }

  /** Seller at fault, buyer wants an exchange: the seller is asked first, then the reship. */
  private ProcessInstance exchangeUpToTheSeller(Case c) {
    scenarios.diagnose(c, "agent", "TRANSACTION_DISPUTE", "EXCHANGE", "EXTERNAL_FACTOR",
        "SELLER");
    ProcessInstance r = scenarios.resolution(c);
    scenarios.answer(c, true, null);
    assertThat(r).isWaitingAt("CallActivity_SellerAfterSales");
    ProcessInstance seller = sub(c, "seller-after-sales");
    assertThat(seller).variables().containsEntry("afterSalesKind", "EXCHANGE")
        .containsEntry("orderId", c.orderNumber());
    scenarios.run(seller, "Task_AskSeller");
    return r;
  }

  @Test
  void aSellerAtFaultIsAskedFirstAndTheItemIsReshippedWhenTheSellerAgrees() {
    Case c = scenarios.submit(null, "o.status = 'DELIVERED'", WRONG_ITEM);
    ProcessInstance r = exchangeUpToTheSeller(c);
    sellerResponses.receive(c.caseNumber(), SellerDecision.ACCEPTED, "同意换货", "seller-app");
    assertThat(r).hasPassed("Gateway_SellerDecision").isWaitingAt("Task_Reship");
    scenarios.run(r, "Task_Reship");

    assertThat(r).isEnded().hasPassed("EndEvent_RemedyDone");
    assertThat(c.lifecycle()).isEnded().hasPassed("EndEvent_Resolved");
    assertThat(scenarios.audits(c, AuditAction.RESHIP)).hasSize(1);
    assertThat(scenarios.audits(c, AuditAction.CARRIER_CLAIM)).isEmpty();
  }

  @Test
  void aSilentSellerIsApprovedAutomaticallyAndTheRemedyGoesAhead() {
    Case c = scenarios.submit(null, "o.status = 'DELIVERED'", WRONG_ITEM);
    ProcessInstance r = exchangeUpToTheSeller(c);
    ProcessInstance seller = sub(c, "seller-after-sales");
    management.executeJob(scenarios.job(seller, "Event_SellerSilent").getId());
    scenarios.run(seller, "Task_PenalizeStore");

    assertThat(r).variables().containsEntry("sellerDecision", "AUTO_APPROVED");
    scenarios.run(r, "Task_Reship");
    assertThat(c.lifecycle()).isEnded().hasPassed("EndEvent_Resolved");
  }

  @Test
  void aSellerWhoRefusesHasTheCaseMarkedForDispute() {
    Case c = scenarios.submit(null, "o.status = 'DELIVERED'", WRONG_ITEM);
    ProcessInstance r = exchangeUpToTheSeller(c);
    sellerResponses.receive(c.caseNumber(), SellerDecision.REJECTED, "商品无质量问题",
        "seller-app");

    assertThat(r).isEnded().hasPassed("EndEvent_DisputeSellerRejected")
        .hasNotPassed("Task_Reship");
    assertThat(c.lifecycle()).isEnded().hasPassed("EndEvent_MarkedForDispute")
        .variables().containsEntry("disputeReason", "SELLER_REJECTED");
    assertThat(scenarios.record(c).status()).isEqualTo(CaseStatus.MARKED_FOR_DISPUTE);
  }

  /** Seller at fault, buyer wants to return it: seller agrees, then the return starts. */
  private ProcessInstance returnUpToTheBuyer(Case c) {
    scenarios.diagnose(c, "agent", "TRANSACTION_DISPUTE", "RETURN_REFUND", "EXTERNAL_FACTOR",
        "SELLER");
    ProcessInstance r = scenarios.resolution(c);
    assertThat(r).variables().containsEntry("remedyToApply", "RETURN_AND_REFUND");
    scenarios.answer(c, true, null);
    ProcessInstance seller = sub(c, "seller-after-sales");
    assertThat(seller).variables().containsEntry("afterSalesKind", "RETURN_REFUND");
    scenarios.run(seller, "Task_AskSeller");
    sellerResponses.receive(c.caseNumber(), SellerDecision.ACCEPTED, "同意退货", "seller-app");
    assertThat(r).isWaitingAt("CallActivity_ReturnAndRefund");
    return r;
  }

  @Test
  void aReturnedItemIsRefundedOnceTheSellerReceivedIt() {
    Case c = scenarios.submit(null, "o.status = 'DELIVERED' AND o.amount <= 1000",
        WRONG_ITEM);
    ProcessInstance r = returnUpToTheBuyer(c);
    ProcessInstance ret = sub(c, "return-and-refund");
    String tracking = ResolutionCases.freshSfNumber();
    returnShipments.submit(ResolutionScenarios.CHANNEL, c.caseNumber(), ShippingCarrier.SF,
        tracking);
    scenarios.run(ret, "Task_RegisterReturnParcel");
    assertThat(payments.findRefund(refundId(c))).isEmpty(); // not before the item is back
    carrier.markReturnReceived(ShippingCarrier.SF, tracking, null);

    assertThat(r).hasPassed("Gateway_ReturnOutcome").isWaitingAt("Task_RefundBuyer")
        .variables().containsEntry("returnOutcome", "RECEIVED");
    scenarios.run(r, "Task_RefundBuyer");
    assertThat(c.lifecycle()).isEnded().hasPassed("EndEvent_Resolved");
    assertThat(payments.findRefund(refundId(c)).orElseThrow().amount())
        .isEqualByComparingTo(scenarios.order(c).amount());
  }

  @Test
  void anItemNeverSentBackClosesTheCaseWithoutRefund() {
    Case c = scenarios.submit(null, "o.status = 'DELIVERED' AND o.amount <= 1000",
        WRONG_ITEM);
    ProcessInstance r = returnUpToTheBuyer(c);
    ProcessInstance ret = sub(c, "return-and-refund");
    management.executeJob(scenarios.job(ret, "Event_TrackingDeadline").getId());

    assertThat(r).isEnded().hasPassed("EndEvent_NoReturn").hasNotPassed("Task_RefundBuyer");
    assertThat(c.lifecycle()).isEnded().hasPassed("Task_CloseNoReturn",
        "EndEvent_ClosedNoReturn").variables().containsEntry("returnOutcome", "NO_RETURN");
    assertThat(scenarios.record(c).status()).isEqualTo(CaseStatus.CLOSED_NO_RETURN);
    assertThat(scenarios.record(c).closedAt()).isNotNull();
    assertThat(scenarios.buyerMessages(c, "CLOSED_NO_RETURN")).hasSize(1);
    assertThat(payments.findRefund(refundId(c))).isEmpty();
  }

  /** The carrier reports the parcel lost, after its last scan. */
  private void lose(Order order) {
    carrier.injectEvent(order.carrier(), order.trackingNumber(), ParcelState.LOST,
        order.deliveredAt().plusSeconds(3600), "包裹丢失 Parcel lost");
  }
}
