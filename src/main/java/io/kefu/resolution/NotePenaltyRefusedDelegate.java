package io.kefu.resolution;

import static io.kefu.resolution.SubProcessVariables.*;

import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Note: penalty refused": the marketplace refused the score deduction (e.g. the score is locked
 * while the seller appeals); noted on the internal timeline for the governance team. The request
 * stays approved.
 */
@Component("notePenaltyRefused")
public class NotePenaltyRefusedDelegate implements JavaDelegate {

  private final CaseRepository cases;

  public NotePenaltyRefusedDelegate(CaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.addEvent(CaseVariables.caseId(execution), "STORE_PENALTY_REFUSED", CaseEvent.SYSTEM,
        false, "The marketplace refused to reduce the score of store "
            + string(execution, SELLER_ID) + ": " + string(execution, PENALTY_REFUSAL),
        string(execution, PENALTY_REFUSAL_MESSAGE));
  }
}
