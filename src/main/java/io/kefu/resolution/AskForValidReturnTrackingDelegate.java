package io.kefu.resolution;

import static io.kefu.resolution.SubProcessVariables.*;

import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseVariables;
import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Templates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Ask for a valid tracking number": the carrier refused the number; it is forgotten (a late
 * event about it reaches nobody), noted on the internal timeline and the buyer asked again. The
 * wait that follows has fresh deadlines.
 */
@Component("askForValidReturnTracking")
public class AskForValidReturnTrackingDelegate implements JavaDelegate {

  private final Notifier notifier;
  private final CaseRepository cases;
  private final ReturnSettings settings;
  private final EngineDeadlines deadlines;

  public AskForValidReturnTrackingDelegate(Notifier notifier, CaseRepository cases,
      ReturnSettings settings, EngineDeadlines deadlines) {
    this.notifier = notifier;
    this.cases = cases;
    this.settings = settings;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String carrier = string(execution, RETURN_CARRIER);
    String tracking = string(execution, RETURN_TRACKING_NUMBER);
    String code = string(execution, RETURN_REFUSAL_CODE);
    long caseId = CaseVariables.caseId(execution);
    cases.addEvent(caseId, "RETURN_TRACKING_REFUSED", CaseEvent.SYSTEM, false,
        "The carrier refused return parcel " + carrier + " " + tracking + ": " + code,
        string(execution, RETURN_REFUSAL_MESSAGE));
    notifier.send(NotificationRequest.forStep(execution, Templates.RETURN_TRACKING_REFUSED)
        .timeline("RETURN_TRACKING_REFUSED", code)
        .occurrence(carrier + "-" + tracking)
        .value("trackingNumber", tracking)
        .value("trackingBy", deadlines.fromNow(settings.getTrackingNumberDeadline())));
    execution.setVariable(RETURN_CARRIER, null);
    execution.setVariable(RETURN_TRACKING_NUMBER, null);
  }
}
