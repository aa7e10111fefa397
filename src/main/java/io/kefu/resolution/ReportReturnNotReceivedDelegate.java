package io.kefu.resolution;

import static io.kefu.resolution.SubProcessVariables.*;

import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Templates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Report: return not received": returnOutcome NOT_RECEIVED; the buyer is told kefu checks. */
@Component("reportReturnNotReceived")
public class ReportReturnNotReceivedDelegate implements JavaDelegate {

  private final Notifier notifier;
  private final ReturnSettings settings;

  public ReportReturnNotReceivedDelegate(Notifier notifier, ReturnSettings settings) {
    this.notifier = notifier;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(RETURN_OUTCOME, ReturnOutcome.NOT_RECEIVED.name());
    notifier.send(NotificationRequest.forStep(execution, Templates.RETURN_NOT_RECEIVED)
        .timeline("RETURN_NOT_RECEIVED", "return parcel not received within "
            + settings.getReturnReceivedDeadline())
        .value("trackingNumber", string(execution, RETURN_TRACKING_NUMBER)));
  }
}
