package io.kefu.diagnosis;

import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseStatus;
import io.kefu.cases.CaseVariables;
import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Templates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Close: no reply": the buyer did not send the information asked for in time. */
@Component("closeNoReply")
public class CloseNoReplyDelegate implements JavaDelegate {

  private final CaseRepository cases;
  private final Notifier notifier;

  public CloseNoReplyDelegate(CaseRepository cases, Notifier notifier) {
    this.cases = cases;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.updateStatus(CaseVariables.caseId(execution), CaseStatus.CLOSED_NO_REPLY);
    notifier.send(NotificationRequest.forStep(execution, Templates.CLOSED_NO_REPLY)
        .timeline("CLOSED_NO_REPLY", "no reply within " + execution.getVariable("infoNoReplyAfter"))
        .actor(CaseEvent.SYSTEM));
  }
}
