package io.kefu.resolution;

import io.kefu.cases.AuditAction;
import io.kefu.cases.AuditTrail;
import io.kefu.cases.CaseVariables;
import io.kefu.marketplace.Order;
import io.kefu.notify.Phrase;
import io.kefu.notify.Templates;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Expedite parcel" (催件): asks the order's {@link Carrier} for expedited handling, idempotent by
 * {@link OperationIds#expedite EX-<case>-1}; refusals (already delivered, never collected, not
 * available) are BPMN errors with the carrier's code.
 */
@Component("expediteParcel")
public class ExpediteParcelDelegate implements JavaDelegate {

  private final Carrier carrier;
  private final RemedySteps steps;
  private final AuditTrail audit;

  public ExpediteParcelDelegate(Carrier carrier, RemedySteps steps, AuditTrail audit) {
    this.carrier = carrier;
    this.steps = steps;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Order order = steps.orderWithParcel(execution, "expedite");
    String expediteId = OperationIds.expedite(RemedySteps.caseNumber(execution), 1);
    String reason = RemedySteps.reason(execution);
    ExpediteTicket ticket;
    try {
      ticket = carrier.expedite(expediteId, order.carrier(), order.trackingNumber(), reason);
    } catch (CarrierRefusedException e) {
      throw new BpmnError(e.code(), e.getMessage());
    }
    audit.record(CaseVariables.caseId(execution), RemedySteps.actor(execution),
        AuditAction.EXPEDITE, reason,
        RemedySteps.snapshot("carrier", order.carrier(), "trackingNumber", order.trackingNumber(),
            "parcelState", execution.getVariable("parcelState")),
        RemedySteps.snapshot("ticket", ticket.carrierTicket(), "carrier", ticket.carrier(),
            "trackingNumber", ticket.trackingNumber()),
        expediteId);
    steps.tellBuyer(execution, "REMEDY_EXPEDITE", Phrase.of(Templates.ACTION_EXPEDITE,
        "ticket", ticket.carrierTicket()));
  }
}
