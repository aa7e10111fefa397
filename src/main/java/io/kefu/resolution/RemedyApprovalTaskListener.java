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
 * "Approve remedy": on create, notes the request in the internal timeline; on complete, enforces
 * the four-eyes rule in the engine (whatever the client - Tasklist, REST, Java): the senior agent
 * who decides (the logged-in user, else the task's assignee) must not be the agent who proposed
 * the remedy ({@code diagnosedBy}); a rejection needs a reason. A refused completion stores
 * nothing and the task stays open.
 */
@Component("remedyApprovalTask")
public class RemedyApprovalTaskListener implements TaskListener {

  static final Set<String> DECISIONS = Set.of("APPROVE", "REJECT");

  private final IdentityService identity;
  private final CaseRepository cases;

  public RemedyApprovalTaskListener(IdentityService identity, CaseRepository cases) {
    this.identity = identity;
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = CaseVariables.caseId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      cases.addEvent(caseId, "APPROVAL_REQUESTED", CaseEvent.SYSTEM, false,
          String.valueOf(task.getVariable("remedySummary")),
          "政策要求高级客服审批 the policy requires a senior agent's approval");
      return;
    }
    String user = decider(task);
    if (user == null) {
      throw new BadUserRequestException("The remedy can only be approved by a logged-in senior "
          + "agent or the task's assignee");
    }
    if (user.equals(task.getVariable("diagnosedBy"))) {
      throw new BadUserRequestException("Four-eyes rule: " + user + " proposed this remedy and "
          + "cannot approve it; another senior agent must decide");
    }
    Object decision = task.getVariable("approvalDecision");
    if (decision == null || !DECISIONS.contains(decision.toString())) {
      throw new BadUserRequestException("approvalDecision: choose one of APPROVE, REJECT");
    }
    String comment = RemedySteps.string(task, "approvalComment");
    if ("REJECT".equals(decision) && comment == null) {
      throw new BadUserRequestException("approvalComment: required to reject the remedy");
    }
    task.setVariable("approvedBy", user);
    cases.addEvent(caseId, "APPROVE".equals(decision) ? "REMEDY_APPROVED" : "REMEDY_REJECTED",
        user, false, String.valueOf(task.getVariable("remedySummary")), comment);
  }

  private String decider(DelegateTask task) {
    Authentication current = identity.getCurrentAuthentication();
    return current != null && current.getUserId() != null ? current.getUserId()
        : task.getAssignee();
  }
}
