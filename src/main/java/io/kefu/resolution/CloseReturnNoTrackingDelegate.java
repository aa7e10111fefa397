package io.kefu.resolution;

import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Templates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Close: no return": no tracking number before the deadline; returnOutcome NO_RETURN. */
@Component("closeReturnNoTracking")
public class CloseReturnNoTrackingDelegate implements JavaDelegate {

  private final Notifier notifier;
  private final ReturnSettings settings;

  public CloseReturnNoTrackingDelegate(Notifier notifier, ReturnSettings settings) {
    this.notifier = notifier;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(SubProcessVariables.RETURN_OUTCOME, ReturnOutcome.NO_RETURN.name());
    notifier.send(NotificationRequest.forStep(execution, Templates.RETURN_NO_TRACKING)
        .timeline("RETURN_CLOSED", "no return tracking number within "
            + settings.getTrackingNumberDeadline()));
  }
}
