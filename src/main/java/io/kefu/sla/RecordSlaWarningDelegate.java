package io.kefu.sla;

import io.kefu.cases.CaseVariables;
import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record SLA warning": 80 % of the first-response target has passed with no diagnosis. */
@Component("recordSlaWarning")
public class RecordSlaWarningDelegate implements JavaDelegate {

  private final CaseRepository cases;

  public RecordSlaWarningDelegate(CaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    cases.markSlaWarned(caseId);
    cases.addEvent(caseId, "SLA_WARNING", CaseEvent.SYSTEM, false,
        "First response due at " + execution.getVariable("slaDueText"),
        "80% of the first-response target has passed");
  }
}
