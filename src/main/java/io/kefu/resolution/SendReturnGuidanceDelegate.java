package io.kefu.resolution;

import static io.kefu.resolution.SubProcessVariables.*;

import io.kefu.cases.CaseRepository;
import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Templates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Send return guidance": tells the buyer how to send the item back and until when, and clears
 * what an earlier return of the same case may have left in the caller's variables.
 */
@Component("sendReturnGuidance")
public class SendReturnGuidanceDelegate implements JavaDelegate {

  private final Notifier notifier;
  private final CaseRepository cases;
  private final ReturnSettings settings;
  private final EngineDeadlines deadlines;

  public SendReturnGuidanceDelegate(Notifier notifier, CaseRepository cases,
      ReturnSettings settings, EngineDeadlines deadlines) {
    this.notifier = notifier;
    this.cases = cases;
    this.settings = settings;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (String name : new String[] {RETURN_OUTCOME, RETURN_CARRIER, RETURN_TRACKING_NUMBER,
        RETURN_SUBMITTED_BY, RETURN_RECEIVED_AT, RETURN_REFUSAL_CODE, RETURN_REFUSAL_MESSAGE}) {
      execution.setVariable(name, null);
    }
    notifier.send(NotificationRequest.forStep(execution, Templates.RETURN_GUIDANCE)
        .timeline("RETURN_GUIDANCE", "return and refund: the buyer sends the item back")
        .value("orderNumber", orderNumber(execution, cases))
        .value("trackingBy", deadlines.fromNow(settings.getTrackingNumberDeadline())));
  }
}
