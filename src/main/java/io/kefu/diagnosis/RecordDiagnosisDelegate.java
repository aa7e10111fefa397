package io.kefu.diagnosis;

import io.kefu.cases.CaseVariables;
import io.kefu.cases.CaseRepository;
import io.kefu.notify.BuyerTexts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record diagnosis": the agent's confirmed category and summary, with who and why. */
@Component("recordDiagnosis")
public class RecordDiagnosisDelegate implements JavaDelegate {

  private final CaseRepository cases;
  private final BuyerTexts texts;

  public RecordDiagnosisDelegate(CaseRepository cases, BuyerTexts texts) {
    this.cases = cases;
    this.texts = texts;
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
    cases.addEvent(caseId, "DIAGNOSIS_DONE", agent, true,
        texts.text((String) execution.getVariable("language"), "diagnosed"), null);
  }
}
