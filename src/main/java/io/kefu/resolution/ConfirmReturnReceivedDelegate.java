package io.kefu.resolution;

import static io.kefu.resolution.SubProcessVariables.*;

import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Templates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Confirm return received": returnOutcome RECEIVED; the buyer is told the refund follows. */
@Component("confirmReturnReceived")
public class ConfirmReturnReceivedDelegate implements JavaDelegate {

  private final Notifier notifier;

  public ConfirmReturnReceivedDelegate(Notifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(RETURN_OUTCOME, ReturnOutcome.RECEIVED.name());
    notifier.send(NotificationRequest.forStep(execution, Templates.RETURN_RECEIVED)
        .timeline("RETURN_RECEIVED", "carrier event " + execution.getVariable("carrierEventId"))
        .value("trackingNumber", string(execution, RETURN_TRACKING_NUMBER)));
  }
}
