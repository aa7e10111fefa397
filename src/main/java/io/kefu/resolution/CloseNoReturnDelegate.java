package io.kefu.resolution;

import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseStatus;
import io.kefu.cases.CaseVariables;
import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Templates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Close: no return" (lifecycle): the buyer did not send the item back (return-and-refund gave
 * {@code returnOutcome} NO_RETURN or NOT_RECEIVED), so nothing is refunded and the case closes
 * ({@link CaseStatus#CLOSED_NO_RETURN}); the buyer is told how to continue if they did send it.
 */
@Component("closeNoReturn")
public class CloseNoReturnDelegate implements JavaDelegate {

  private final CaseRepository cases;
  private final Notifier notifier;

  public CloseNoReturnDelegate(CaseRepository cases, Notifier notifier) {
    this.cases = cases;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    cases.updateStatus(caseId, CaseStatus.CLOSED_NO_RETURN);
    notifier.send(NotificationRequest.forStep(execution, Templates.CLOSED_NO_RETURN)
        .timeline("CLOSED_NO_RETURN", "return outcome " + execution.getVariable("returnOutcome")));
  }
}
