package io.kefu.resolution;

import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseStatus;
import io.kefu.cases.CaseVariables;
import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Templates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Mark for dispute" (lifecycle): resolution ended without an agreed remedy; the case waits for
 * dispute handling ({@link CaseStatus#MARKED_FOR_DISPUTE}, reason in the timeline: {@code
 * disputeReason} BUYER_REFUSED, SELLER_REJECTED or REMEDY_FAILED) and the buyer is told the
 * platform gets involved.
 */
@Component("markForDispute")
public class MarkForDisputeDelegate implements JavaDelegate {

  private final CaseRepository cases;
  private final Notifier notifier;

  public MarkForDisputeDelegate(CaseRepository cases, Notifier notifier) {
    this.cases = cases;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    Object reason = execution.getVariable("disputeReason");
    cases.updateStatus(caseId, CaseStatus.MARKED_FOR_DISPUTE);
    cases.addEvent(caseId, "MARKED_FOR_DISPUTE", CaseEvent.SYSTEM, false,
        "转纠纷处理 Marked for dispute: " + reason, String.valueOf(reason));
    notifier.send(NotificationRequest.forStep(execution, Templates.PLATFORM_INVOLVED)
        .timeline("PLATFORM_INVOLVED", String.valueOf(reason)));
  }
}
