package io.kefu.diagnosis;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Remembers who completed the diagnosis: the logged-in user, else the task's assignee. */
@Component("diagnosisTaskCompleted")
public class DiagnosisTaskCompletedListener implements TaskListener {

  private final IdentityService identity;

  public DiagnosisTaskCompletedListener(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    Authentication current = identity.getCurrentAuthentication();
    String user = current != null ? current.getUserId() : task.getAssignee();
    task.setVariable("diagnosedBy", user == null ? "unknown" : user);
  }
}
