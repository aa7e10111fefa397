package io.kefu.diagnosis;

import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseStatus;
import io.kefu.cases.CaseVariables;
import io.kefu.notify.BuyerTexts;
import io.kefu.sla.SlaClock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Ask the buyer for more information": tells the buyer what is missing (clarification
 * template) and stops the SLA clock while kefu waits.
 */
@Component("askBuyer")
public class AskBuyerDelegate implements JavaDelegate {

  private final CaseRepository cases;
  private final BuyerTexts texts;
  private final SlaClock sla;
  private final DiagnosisProperties properties;

  public AskBuyerDelegate(CaseRepository cases, BuyerTexts texts, SlaClock sla,
      DiagnosisProperties properties) {
    this.cases = cases;
    this.texts = texts;
    this.sla = sla;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    String missing = (String) execution.getVariable("missingInformation");
    cases.addEvent(caseId, "CLARIFICATION_REQUESTED", (String) execution.getVariable("diagnosedBy"),
        true, texts.text((String) execution.getVariable("language"), "clarification",
            execution.getBusinessKey(), missing), null);
    sla.pause(caseId, (String) execution.getVariable("candidateGroup"),
        ((Date) execution.getVariable("firstResponseDue")).toInstant(),
        ((Date) execution.getVariable("resolutionDue")).toInstant(),
        "waiting for the buyer: " + missing);
    cases.updateStatus(caseId, CaseStatus.AWAITING_BUYER_INFORMATION);
    execution.setVariable("infoReminderAfter", properties.infoReminderAfter());
    execution.setVariable("infoNoReplyAfter", properties.infoNoReplyAfter());
  }
}
