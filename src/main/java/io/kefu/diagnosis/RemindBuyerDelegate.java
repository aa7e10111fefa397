package io.kefu.diagnosis;

import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseVariables;
import io.kefu.notify.BuyerTexts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Remind the buyer": the information asked for has not arrived yet. */
@Component("remindBuyer")
public class RemindBuyerDelegate implements JavaDelegate {

  private final CaseRepository cases;
  private final BuyerTexts texts;

  public RemindBuyerDelegate(CaseRepository cases, BuyerTexts texts) {
    this.cases = cases;
    this.texts = texts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.addEvent(CaseVariables.caseId(execution), "REMINDER", CaseEvent.SYSTEM, true,
        texts.text((String) execution.getVariable("language"), "clarification.reminder",
            execution.getBusinessKey(), execution.getVariable("missingInformation")),
        "no reply after " + execution.getVariable("infoReminderAfter"));
  }
}
