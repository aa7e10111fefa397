package io.kefu.resolution;

import io.kefu.cases.AuditAction;
import io.kefu.cases.AuditTrail;
import io.kefu.cases.CaseVariables;
import io.kefu.marketplace.Order;
import io.kefu.notify.Phrase;
import io.kefu.notify.Templates;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Refund buyer": pays {@code refundShare} of the order amount back to the original payment
 * method through the {@link PaymentGateway}, idempotent by the refund id
 * {@link OperationIds#refund RF-<case>-1} (a refund the gateway reports failed paid nothing; a
 * retry after it uses {@code -2}, and so on). Never above the order amount: a larger amount (a
 * share above 1 from a misconfigured policy) is refused before anything is sent, as BPMN error
 * {@value #AMOUNT_EXCEEDS_ORDER}. Gateway refusals, and a refund the gateway reports failed, are
 * BPMN errors with the gateway's code.
 */
@Component("refundBuyer")
public class RefundBuyerDelegate implements JavaDelegate {

  public static final String AMOUNT_EXCEEDS_ORDER = "AMOUNT_EXCEEDS_ORDER";
  public static final String NOTHING_TO_REFUND = "NOTHING_TO_REFUND";

  private final PaymentGateway payments;
  private final RemedySteps steps;
  private final AuditTrail audit;

  public RefundBuyerDelegate(PaymentGateway payments, RemedySteps steps, AuditTrail audit) {
    this.payments = payments;
    this.steps = steps;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Order order = steps.order(execution);
    if (order == null) {
      throw new BpmnError(NOTHING_TO_REFUND, "The case has no order to refund");
    }
    double share = RemedySteps.number(execution, "refundShare");
    if (share <= 0) {
      share = 1.0; // return and refund: the whole order unless the policy says otherwise
    }
    BigDecimal amount = RemedySteps.share(order.amount(), share);
    if (amount.compareTo(order.amount()) > 0) {
      throw new BpmnError(AMOUNT_EXCEEDS_ORDER, "A refund of " + RemedySteps.money(amount) + " "
          + order.currency() + " would be above the order amount "
          + RemedySteps.money(order.amount()) + "; nothing was refunded");
    }
    if (amount.signum() <= 0) {
      throw new BpmnError(NOTHING_TO_REFUND, "The refund amount is zero");
    }
    // a refund the gateway accepted but could not pay out stays FAILED under its id: a retry
    // decided by a senior agent needs the next id (never a second payment: FAILED paid nothing)
    int attempt = RemedySteps.integer(execution, "refundAttempt", 1);
    String refundId = OperationIds.refund(RemedySteps.caseNumber(execution), attempt);
    String reason = RemedySteps.reason(execution);
    Refund refund;
    try {
      refund = payments.refund(new RefundRequest(refundId, order.orderNumber(), amount,
          order.currency(), reason));
    } catch (PaymentRefusedException e) {
      throw new BpmnError(e.code(), e.getMessage());
    }
    if (refund.status() == RefundStatus.FAILED) {
      execution.setVariable("refundAttempt", attempt + 1);
      throw new BpmnError(refund.failureCode() == null ? "REFUND_FAILED" : refund.failureCode(),
          "The payment gateway could not pay refund " + refundId + " out");
    }
    execution.setVariable("refundId", refundId);
    String reference = refund.gatewayReference();
    audit.record(CaseVariables.caseId(execution), RemedySteps.actor(execution),
        AuditAction.REFUND, reason,
        RemedySteps.snapshot("orderNumber", order.orderNumber(),
            "orderAmount", RemedySteps.money(order.amount()), "orderStatus", order.status()),
        RemedySteps.snapshot("amount", RemedySteps.money(refund.amount()),
            "currency", refund.currency(), "status", refund.status(), "reference", reference),
        refundId);
    steps.tellBuyer(execution, "REMEDY_REFUND", Phrase.of(Templates.ACTION_REFUND, Map.of(
        "amount", RemedySteps.money(refund.amount()), "currency", refund.currency(),
        "reference", reference)));
  }
}
