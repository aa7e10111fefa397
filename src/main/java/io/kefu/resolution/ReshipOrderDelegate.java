package io.kefu.resolution;

import io.kefu.cases.AuditAction;
import io.kefu.cases.AuditTrail;
import io.kefu.cases.CaseVariables;
import io.kefu.marketplace.Order;
import io.kefu.marketplace.OrderActionRefusedException;
import io.kefu.marketplace.OrderActions;
import io.kefu.marketplace.Reshipment;
import io.kefu.notify.Phrase;
import io.kefu.notify.Templates;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Reship": the seller ships the item again through the marketplace ({@link OrderActions}),
 * idempotent by {@link OperationIds#reship RS-<case>-1}; refusals (out of stock, order refunded,
 * never shipped) are BPMN errors with the marketplace's code.
 */
@Component("reshipOrder")
public class ReshipOrderDelegate implements JavaDelegate {

  private final OrderActions orderActions;
  private final RemedySteps steps;
  private final AuditTrail audit;

  public ReshipOrderDelegate(OrderActions orderActions, RemedySteps steps, AuditTrail audit) {
    this.orderActions = orderActions;
    this.steps = steps;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Order order = steps.order(execution);
    if (order == null) {
      throw new BpmnError("ORDER_NOT_FOUND", "The case has no order to reship");
    }
    String reshipId = OperationIds.reship(RemedySteps.caseNumber(execution), 1);
    String reason = RemedySteps.reason(execution);
    Reshipment reshipment;
    try {
      reshipment = orderActions.reship(order.orderNumber(), reshipId, reason);
    } catch (OrderActionRefusedException e) {
      throw new BpmnError(e.code(), e.getMessage());
    }
    execution.setVariable("reshipTrackingNumber", reshipment.trackingNumber());
    audit.record(CaseVariables.caseId(execution), RemedySteps.actor(execution),
        AuditAction.RESHIP, reason,
        RemedySteps.snapshot("orderNumber", order.orderNumber(), "carrier", order.carrier(),
            "trackingNumber", order.trackingNumber()),
        RemedySteps.snapshot("carrier", reshipment.carrier(),
            "trackingNumber", reshipment.trackingNumber()),
        reshipId);
    steps.tellBuyer(execution, "REMEDY_RESHIP", Phrase.of(Templates.ACTION_RESHIP,
        "trackingNumber", reshipment.trackingNumber()));
  }
}
