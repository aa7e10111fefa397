package io.kefu.intake;

import io.kefu.cases.CaseVariables;
import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import io.kefu.notify.BuyerTexts;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Acknowledge request": the standard greeting (an empathetic line first for an upset or angry
 * buyer) and the receipt with the case number and the expected times.
 */
@Component("acknowledgeRequest")
public class AcknowledgeRequestDelegate implements JavaDelegate {

  private final CaseRepository cases;
  private final BuyerTexts texts;

  public AcknowledgeRequestDelegate(CaseRepository cases, BuyerTexts texts) {
    this.cases = cases;
    this.texts = texts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String language = (String) execution.getVariable("language");
    String emotion = (String) execution.getVariable("emotion");
    Date firstResponse = (Date) execution.getVariable("firstResponseDue");
    Date resolution = (Date) execution.getVariable("resolutionDue");
    String text = texts.text(language, "greeting." + emotion) + " "
        + texts.text(language, "receipt", execution.getBusinessKey(),
            texts.time(firstResponse.toInstant()), texts.time(resolution.toInstant()));
    long caseId = CaseVariables.caseId(execution);
    cases.addEvent(caseId, "ACKNOWLEDGED", CaseEvent.SYSTEM, true, text, null);
  }
}
