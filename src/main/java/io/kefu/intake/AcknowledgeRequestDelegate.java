package io.kefu.intake;

import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Templates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Acknowledge request": the opening message (template {@code opening}) - the standard greeting
 * (an empathetic line first for an upset or angry buyer) and the receipt with the case number
 * and the expected times - in-app at once, by the other channels after commit.
 */
@Component("acknowledgeRequest")
public class AcknowledgeRequestDelegate implements JavaDelegate {

  private final Notifier notifier;

  public AcknowledgeRequestDelegate(Notifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String emotion = (String) execution.getVariable("emotion");
    boolean angry = "ANGRY".equals(emotion);
    boolean upset = "UPSET".equals(emotion);
    notifier.send(NotificationRequest.forStep(execution, Templates.OPENING)
        .timeline("ACKNOWLEDGED")
        .value("angry", angry)
        .value("upset", upset)
        .value("calm", !angry && !upset)
        .value("firstResponseBy", execution.getVariable("firstResponseDue"))
        .value("resolutionBy", execution.getVariable("resolutionDue"))
        .value("orderNumber", execution.getVariable("orderNumber")));
  }
}
