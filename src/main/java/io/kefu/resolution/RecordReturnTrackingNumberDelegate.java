package io.kefu.resolution;

import static io.kefu.resolution.SubProcessVariables.*;

import io.kefu.cases.AuditAction;
import io.kefu.cases.AuditTrail;
import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record tracking number": the buyer's return tracking number goes into the case's audit trail
 * (who sent it, carrier and number), in the transaction of the call that delivered it.
 */
@Component("recordReturnTrackingNumber")
public class RecordReturnTrackingNumberDelegate implements JavaDelegate {

  private final AuditTrail audit;

  public RecordReturnTrackingNumberDelegate(AuditTrail audit) {
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String carrier = string(execution, RETURN_CARRIER);
    String tracking = string(execution, RETURN_TRACKING_NUMBER);
    String by = string(execution, RETURN_SUBMITTED_BY);
    audit.record(CaseVariables.caseId(execution), by == null ? CaseEvent.SYSTEM : by,
        AuditAction.RETURN_TRACKING_NUMBER, "the buyer sent the return parcel's tracking number",
        null, Snapshots.of("carrier", carrier, "trackingNumber", tracking),
        "return/" + carrier + "/" + tracking);
  }
}
