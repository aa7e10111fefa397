package io.kefu.resolution;

import io.kefu.cases.AuditTrail;
import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseStatus;
import io.kefu.cases.CaseVariables;
import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Templates;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Close as resolved": the case is resolved; the buyer gets the "resolved" message with the
 * list of actions taken (the case's audit trail).
 */
@Component("closeResolved")
public class CloseResolvedDelegate implements JavaDelegate {

  private final CaseRepository cases;
  private final AuditTrail audit;
  private final Notifier notifier;

  public CloseResolvedDelegate(CaseRepository cases, AuditTrail audit, Notifier notifier) {
    this.cases = cases;
    this.audit = audit;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    List<Object> actions = audit.ofCase(caseId).stream()
        .map(a -> (Object) (a.action() + ": " + a.after())).toList();
    cases.updateStatus(caseId, CaseStatus.RESOLVED);
    notifier.send(NotificationRequest.forStep(execution, Templates.RESOLVED)
        .timeline("RESOLVED")
        .actor(CaseEvent.SYSTEM)
        .value("closedWithoutReply", false)
        .value("actions", actions.isEmpty()
            ? List.of(io.kefu.notify.Phrase.of(Templates.ACTION_CASE_CLOSED, "caseNumber",
                execution.getBusinessKey()))
            : actions));
  }

}
