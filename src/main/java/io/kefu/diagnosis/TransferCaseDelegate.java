package io.kefu.diagnosis;

import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Transfer to another group": the next "Diagnose request" goes to the chosen group. */
@Component("transferCase")
public class TransferCaseDelegate implements JavaDelegate {

  private final CaseRepository cases;

  public TransferCaseDelegate(CaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    String from = (String) execution.getVariable("candidateGroup");
    String to = (String) execution.getVariable("transferGroup");
    execution.setVariable("candidateGroup", to);
    cases.updateCandidateGroup(caseId, to);
    cases.addEvent(caseId, "TRANSFERRED", (String) execution.getVariable("diagnosedBy"), false,
        "Transferred from " + from + " to " + to, (String) execution.getVariable("transferReason"));
  }
}
