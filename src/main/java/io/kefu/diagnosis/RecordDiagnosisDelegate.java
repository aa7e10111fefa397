package io.kefu.diagnosis;

import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseVariables;
import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Templates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record diagnosis": the agent's confirmed category and summary, with who and why. */
@Component("recordDiagnosis")
public class RecordDiagnosisDelegate implements JavaDelegate {

  private final CaseRepository cases;
  private final Notifier notifier;

  public RecordDiagnosisDelegate(CaseRepository cases, Notifier notifier) {
    this.cases = cases;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    String agent = (String) execution.getVariable("diagnosedBy");
    String category = (String) execution.getVariable("confirmedCategory");
    String summary = (String) execution.getVariable("diagnosisSummary");
    String classified = (String) execution.getVariable("category");
    cases.recordDiagnosis(caseId, category, summary, agent);
    execution.setVariable("category", category);
    cases.addEvent(caseId, "DIAGNOSED", agent, false, summary,
        category.equals(classified) ? "category confirmed: " + category
            : "category changed from " + classified + " to " + category);
    notifier.send(NotificationRequest.forStep(execution, Templates.DIAGNOSIS_DONE)
        .timeline("DIAGNOSIS_DONE")
        .actor(agent == null ? io.kefu.cases.CaseEvent.SYSTEM : agent)
        .value("resolutionBy", execution.getVariable("resolutionDue")));
  }
}
