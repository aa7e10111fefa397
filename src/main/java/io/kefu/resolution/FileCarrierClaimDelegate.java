package io.kefu.resolution;

import io.kefu.cases.AuditAction;
import io.kefu.cases.AuditTrail;
import io.kefu.cases.CaseVariables;
import io.kefu.marketplace.Order;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "File carrier claim" (理赔): after the buyer was reshipped or refunded for a lost parcel, the
 * platform claims the order amount from the carrier, idempotent by
 * {@link OperationIds#carrierClaim CL-<case>-1}. A refusal is a BPMN error; the model records it
 * and still closes the buyer's case.
 */
@Component("fileCarrierClaim")
public class FileCarrierClaimDelegate implements JavaDelegate {

  private final Carrier carrier;
  private final RemedySteps steps;
  private final AuditTrail audit;

  public FileCarrierClaimDelegate(Carrier carrier, RemedySteps steps, AuditTrail audit) {
    this.carrier = carrier;
    this.steps = steps;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Order order = steps.orderWithParcel(execution, "claim for");
    String claimId = OperationIds.carrierClaim(RemedySteps.caseNumber(execution), 1);
    String reason = "包裹丢失索赔 Lost parcel claim: " + RemedySteps.reason(execution);
    if (reason.length() > 1000) {
      reason = reason.substring(0, 999) + "…";
    }
    CarrierClaim claim;
    try {
      claim = carrier.fileClaim(claimId, order.carrier(), order.trackingNumber(),
          order.amount(), order.currency(), reason);
    } catch (CarrierRefusedException e) {
      throw new BpmnError(e.code(), e.getMessage());
    }
    audit.record(CaseVariables.caseId(execution), RemedySteps.actor(execution),
        AuditAction.CARRIER_CLAIM, reason,
        RemedySteps.snapshot("carrier", order.carrier(), "trackingNumber", order.trackingNumber(),
            "parcelState", execution.getVariable("parcelState")),
        RemedySteps.snapshot("reference", claim.carrierReference(),
            "amount", RemedySteps.money(claim.amount()), "currency", claim.currency()),
        claimId);
  }
}
