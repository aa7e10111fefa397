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

/** "Record diagnosis": what the agent established and decided, with who and why. */
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
    String classified = (String) execution.getVariable("category");
    DiagnosisAction action = DiagnosisAction.valueOf((String) execution.getVariable("action"));
    String summary = (String) execution.getVariable("diagnosisSummary");
    cases.recordDiagnosis(caseId, new CaseRepository.Diagnosis(category,
        (String) execution.getVariable("buyerExpectation"),
        (String) execution.getVariable("rootCause"),
        (String) execution.getVariable("faultParty"), summary, agent));
    execution.setVariable("category", category);
    cases.addEvent(caseId, "DIAGNOSED", agent, false,
        action + (summary == null ? "" : ": " + summary),
        category.equals(classified) ? "category confirmed: " + category
            : "category changed from " + classified + " to " + category);
    if (action == DiagnosisAction.RESOLVE) {
      cases.updateStatus(caseId, CaseStatus.DIAGNOSED);
      notifier.send(NotificationRequest.forStep(execution, Templates.DIAGNOSIS_DONE)
          .timeline("DIAGNOSIS_DONE")
          .actor(agent == null ? CaseEvent.SYSTEM : agent)
          .occurrence(execution.getActivityInstanceId())
          .value("resolutionBy", execution.getVariable("resolutionDue")));
    }
  }
}
