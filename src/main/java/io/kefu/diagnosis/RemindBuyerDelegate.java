package io.kefu.diagnosis;

import io.kefu.cases.CaseEvent;
import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Templates;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/** "Remind the buyer": the information asked for has not arrived yet. */
@Component("remindBuyer")
public class RemindBuyerDelegate implements JavaDelegate {

  private final Notifier notifier;
  private final ManagementService management;

  public RemindBuyerDelegate(Notifier notifier, ManagementService management) {
    this.notifier = notifier;
    this.management = management;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // when the case will close: the due date of the "no reply" timer of this wait
    Date closeBy = management.createJobQuery()
        .processInstanceId(execution.getProcessInstanceId()).activityId("Event_InfoNoReply")
        .list().stream().map(Job::getDuedate).findFirst().orElse(null);
    notifier.send(NotificationRequest.forStep(execution, Templates.REMINDER)
        .timeline("REMINDER", "no reply after " + execution.getVariable("infoReminderAfter"))
        .actor(CaseEvent.SYSTEM)
        .occurrence(execution.getActivityInstanceId())
        .value("questions", List.of(String.valueOf(execution.getVariable("missingInformation"))))
        .value("closeBy", closeBy));
  }
}
