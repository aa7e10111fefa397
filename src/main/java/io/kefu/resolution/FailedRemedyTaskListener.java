package io.kefu.resolution;

import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseVariables;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * "Handle failed remedy": on create, records the outside system's refusal in the internal
 * timeline; on complete, checks the senior agent's decision (RETRY, ALTERNATIVE or DISPUTE, with
 * a comment) and records it with who decided.
 */
@Component("failedRemedyTask")
public class FailedRemedyTaskListener implements TaskListener {

  static final Set<String> DECISIONS = Set.of("RETRY", "ALTERNATIVE", "DISPUTE");

  private final IdentityService identity;
  private final CaseRepository cases;

  public FailedRemedyTaskListener(IdentityService identity, CaseRepository cases) {
    this.identity = identity;
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = CaseVariables.caseId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      cases.addEvent(caseId, "REMEDY_REFUSED", CaseEvent.SYSTEM, false,
          task.getVariable("remedyToApply") + " " + task.getVariable("remedyErrorCode") + ": "
              + task.getVariable("remedyErrorMessage"),
          "外部系统拒绝 refused by an outside system");
      return;
    }
    Object decision = task.getVariable("failedRemedyDecision");
    if (decision == null || !DECISIONS.contains(decision.toString())) {
      throw new BadUserRequestException(
          "failedRemedyDecision: choose one of RETRY, ALTERNATIVE, DISPUTE");
    }
    String comment = RemedySteps.string(task, "failedRemedyComment");
    if (comment == null) {
      throw new BadUserRequestException("failedRemedyComment: required");
    }
    Authentication current = identity.getCurrentAuthentication();
    String user = current != null && current.getUserId() != null ? current.getUserId()
        : task.getAssignee();
    if (user != null) {
      task.setVariable("failedRemedyDecidedBy", user);
    }
    cases.addEvent(caseId, "FAILED_REMEDY_" + decision, user == null ? CaseEvent.SYSTEM : user,
        false, String.valueOf(task.getVariable("remedyToApply")), comment);
  }
}
