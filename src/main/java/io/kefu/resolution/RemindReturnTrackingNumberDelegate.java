package io.kefu.resolution;

import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Templates;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/** "Remind the buyer to send it back": no return tracking number yet. */
@Component("remindReturnTrackingNumber")
public class RemindReturnTrackingNumberDelegate implements JavaDelegate {

  private final Notifier notifier;
  private final ManagementService management;

  public RemindReturnTrackingNumberDelegate(Notifier notifier, ManagementService management) {
    this.notifier = notifier;
    this.management = management;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifier.send(NotificationRequest.forStep(execution, Templates.RETURN_REMINDER)
        .timeline("RETURN_REMINDER", "no return tracking number yet")
        .occurrence(execution.getActivityInstanceId())
        .value("trackingBy", trackingDeadline(management, execution)));
  }

  /** The due date of this wait's deadline timer, or null. */
  static Date trackingDeadline(ManagementService management, DelegateExecution execution) {
    return management.createJobQuery().processInstanceId(execution.getProcessInstanceId())
        .activityId("Event_TrackingDeadline").list().stream().map(Job::getDuedate)
        .findFirst().orElse(null);
  }
}
