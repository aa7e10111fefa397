package io.kefu.knowledge;

import io.kefu.cases.CaseVariables;
import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import io.kefu.notify.BuyerTexts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Close as deflected": the self-service answer solved the problem - the buyer said so, or did
 * not answer within the configured time. Deflection is recorded on the case (KPI: bot deflection).
 */
@Component("closeAsDeflected")
public class CloseAsDeflectedDelegate implements JavaDelegate {

  private final CaseRepository cases;
  private final BuyerTexts texts;

  public CloseAsDeflectedDelegate(CaseRepository cases, BuyerTexts texts) {
    this.cases = cases;
    this.texts = texts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    boolean confirmed = "SOLVED".equals(execution.getVariable("buyerConfirmation"));
    cases.markDeflected(caseId);
    cases.addEvent(caseId, "CLOSED_DEFLECTED", CaseEvent.SYSTEM, true,
        texts.text((String) execution.getVariable("language"),
            confirmed ? "deflected.confirmed" : "deflected.silent", execution.getBusinessKey()),
        confirmed ? "buyer confirmed the self-service answer"
            : "no reply within " + execution.getVariable("selfServiceConfirmationTimeout"));
  }
}
