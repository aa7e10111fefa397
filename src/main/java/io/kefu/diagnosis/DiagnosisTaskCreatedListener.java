package io.kefu.diagnosis;

import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseStatus;
import io.kefu.cases.CaseVariables;
import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Templates;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The case now waits for an agent of its candidate group. */
@Component("diagnosisTaskCreated")
public class DiagnosisTaskCreatedListener implements TaskListener {

  private final CaseRepository cases;
  private final Notifier notifier;

  public DiagnosisTaskCreatedListener(CaseRepository cases, Notifier notifier) {
    this.cases = cases;
    this.notifier = notifier;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = CaseVariables.caseId(task);
    cases.updateStatus(caseId, CaseStatus.AWAITING_AGENT);
    cases.addEvent(caseId, "QUEUED", CaseEvent.SYSTEM, false,
        "Waiting for group " + task.getVariable("candidateGroup"), null);
    if (Boolean.TRUE.equals(task.getVariable("selfServiceEligible"))) {
      // the self-service answer did not help: tell the buyer a person takes over
      notifier.send(NotificationRequest.forTask(task, Templates.HANDOVER)
          .timeline("HANDED_TO_AGENT")
          .value("firstResponseBy", task.getVariable("firstResponseDue")));
    }
  }
}
