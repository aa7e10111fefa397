package io.kefu.resolution;

import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record refused claim": the carrier refused the claim for the lost parcel; the buyer's remedy
 * stands, the refusal goes to the internal timeline for the platform's follow-up with the carrier.
 */
@Component("recordClaimRefused")
public class RecordClaimRefusedDelegate implements JavaDelegate {

  private final CaseRepository cases;

  public RecordClaimRefusedDelegate(CaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.addEvent(CaseVariables.caseId(execution), "CARRIER_CLAIM_REFUSED", CaseEvent.SYSTEM,
        false, execution.getVariable("remedyErrorCode") + ": "
            + execution.getVariable("remedyErrorMessage"), "承运商拒赔 claim refused by the carrier");
  }
}
