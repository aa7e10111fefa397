package io.kefu.resolution;

import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseStatus;
import io.kefu.cases.CaseVariables;
import io.kefu.notify.BuyerTexts;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Close as resolved": the case is resolved; the buyer gets the list of actions taken. */
@Component("closeResolved")
public class CloseResolvedDelegate implements JavaDelegate {

  static final Set<String> ACTIONS = Set.of("ACCOUNT_FROZEN", "ACCOUNT_UNFROZEN",
      "CREDENTIALS_RESET");
  private final CaseRepository cases;
  private final BuyerTexts texts;

  public CloseResolvedDelegate(CaseRepository cases, BuyerTexts texts) {
    this.cases = cases;
    this.texts = texts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    String actions = cases.timeline(caseId, false).stream()
        .filter(e -> ACTIONS.contains(e.kind()) || e.kind().startsWith("AUDIT_"))
        .map(CaseEvent::text).collect(Collectors.joining("; "));
    cases.updateStatus(caseId, CaseStatus.RESOLVED);
    cases.addEvent(caseId, "RESOLVED", CaseEvent.SYSTEM, true,
        texts.text((String) execution.getVariable("language"), "resolved",
            execution.getBusinessKey(), actions.isEmpty() ? "-" : actions), null);
  }
}
