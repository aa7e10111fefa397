package io.kefu.diagnosis;

import io.kefu.cases.CaseVariables;
import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseStatus;
import io.kefu.notify.BuyerTexts;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The case now waits for an agent of its candidate group. */
@Component("diagnosisTaskCreated")
public class DiagnosisTaskCreatedListener implements TaskListener {

  private final CaseRepository cases;
  private final BuyerTexts texts;

  public DiagnosisTaskCreatedListener(CaseRepository cases, BuyerTexts texts) {
    this.cases = cases;
    this.texts = texts;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = CaseVariables.caseId(task);
    cases.updateStatus(caseId, CaseStatus.AWAITING_AGENT);
    cases.addEvent(caseId, "QUEUED", CaseEvent.SYSTEM, false,
        "Waiting for group " + task.getVariable("candidateGroup"), null);
    if (Boolean.TRUE.equals(task.getVariable("selfServiceEligible"))) {
      // the self-service answer did not help: tell the buyer a person takes over
      Date due = (Date) task.getVariable("firstResponseDue");
      cases.addEvent(caseId, "HANDED_TO_AGENT", CaseEvent.SYSTEM, true,
          texts.text((String) task.getVariable("language"), "handover",
              texts.time(due.toInstant())), null);
    }
  }
}
