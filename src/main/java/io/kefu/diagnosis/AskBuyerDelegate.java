package io.kefu.diagnosis;

import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseStatus;
import io.kefu.cases.CaseVariables;
import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Templates;
import java.util.List;
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
  private final Notifier notifier;
  private final SlaClock sla;
  private final DiagnosisProperties properties;

  public AskBuyerDelegate(CaseRepository cases, Notifier notifier, SlaClock sla,
      DiagnosisProperties properties) {
    this.cases = cases;
    this.notifier = notifier;
    this.sla = sla;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    String missing = (String) execution.getVariable("missingInformation");
    // one clarification per round of asking: the round is the number of pauses so far
    notifier.send(NotificationRequest.forStep(execution, Templates.CLARIFICATION)
        .timeline("CLARIFICATION_REQUESTED")
        .actor((String) execution.getVariable("diagnosedBy"))
        .occurrence("round-" + sla.pauses(caseId).size())
        .value("category", Templates.category((String) execution.getVariable("category")))
        .value("questions", List.of(missing)));
    sla.pause(caseId, (String) execution.getVariable("candidateGroup"),
        ((Date) execution.getVariable("firstResponseDue")).toInstant(),
        ((Date) execution.getVariable("resolutionDue")).toInstant(),
        "waiting for the buyer: " + missing);
    cases.updateStatus(caseId, CaseStatus.AWAITING_BUYER_INFORMATION);
    execution.setVariable("infoReminderAfter", properties.infoReminderAfter());
    execution.setVariable("infoNoReplyAfter", properties.infoNoReplyAfter());
  }
}
