package io.kefu.diagnosis;

import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseStatus;
import io.kefu.cases.CaseVariables;
import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Templates;
import io.kefu.resolution.RemedyPolicy;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The case now waits for an agent of its candidate group; the agent sees the remedy the policy
 * suggests from what is known before the diagnosis (variable {@code suggestedRemedy}).
 */
@Component("diagnosisTaskCreated")
public class DiagnosisTaskCreatedListener implements TaskListener {

  private final CaseRepository cases;
  private final Notifier notifier;
  private final RemedyPolicy remedyPolicy;

  public DiagnosisTaskCreatedListener(CaseRepository cases, Notifier notifier,
      RemedyPolicy remedyPolicy) {
    this.cases = cases;
    this.notifier = notifier;
    this.remedyPolicy = remedyPolicy;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = CaseVariables.caseId(task);
    cases.updateStatus(caseId, CaseStatus.AWAITING_AGENT);
    cases.addEvent(caseId, "QUEUED", CaseEvent.SYSTEM, false,
        "Waiting for group " + task.getVariable("candidateGroup"), null);
    task.setVariable("suggestedRemedy", suggestedRemedy(task));
    if (Boolean.TRUE.equals(task.getVariable("selfServiceEligible"))) {
      // the self-service answer did not help: tell the buyer a person takes over
      notifier.send(NotificationRequest.forTask(task, Templates.HANDOVER)
          .timeline("HANDED_TO_AGENT")
          .value("firstResponseBy", task.getVariable("firstResponseDue")));
    }
  }

  /** The policy on what is known now; root cause, fault party etc. come with the diagnosis. */
  private String suggestedRemedy(DelegateTask task) {
    Double amount = task.getVariable("orderAmount") instanceof Number n ? n.doubleValue() : null;
    RemedyPolicy.Situation known = new RemedyPolicy.Situation(
        string(task, "category"), string(task, "parcelState"), string(task, "faultParty"),
        string(task, "rootCause"), string(task, "buyerExpectation"),
        string(task, "customerTier"), amount);
    return "初步建议 Preliminary: " + RemedyPolicy.describe(remedyPolicy.advise(known), amount)
        + " (最终方案随诊断决定 final remedy decided with the diagnosis)";
  }

  private static String string(DelegateTask task, String name) {
    return task.getVariable(name) instanceof String s ? s : null;
  }
}
