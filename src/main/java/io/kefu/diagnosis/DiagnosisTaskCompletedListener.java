package io.kefu.diagnosis;

import io.kefu.platform.identity.KefuGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks the agent's diagnosis before the task completes (the form validates too, but tasks can
 * be completed through the REST API) and remembers who completed it: the logged-in user, else
 * the task's assignee. An incomplete diagnosis is refused and nothing is stored.
 */
@Component("diagnosisTaskCompleted")
public class DiagnosisTaskCompletedListener implements TaskListener {

  static final Set<String> EXPECTATIONS =
      Set.of("REFUND_ONLY", "RETURN_REFUND", "EXCHANGE", "COMPENSATION", "INFORMATION");
  static final Set<String> ROOT_CAUSES =
      Set.of("MISSING_INFORMATION", "USER_ERROR", "SYSTEM_FAULT", "EXTERNAL_FACTOR");
  static final Set<String> FAULT_PARTIES = Set.of("SELLER", "BUYER", "CARRIER", "PLATFORM", "UNKNOWN");
  static final Set<String> CATEGORIES = Set.of("TRANSACTION_DISPUTE", "ACCOUNT_SECURITY",
      "LOGISTICS", "FEATURE_USAGE", "ORDER_QUERY", "PAYMENT_REFUND");

  private final IdentityService identity;

  public DiagnosisTaskCompletedListener(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> problems = new ArrayList<>();
    DiagnosisAction action = parseAction(task.getVariable("action"), problems);
    oneOf(task, "confirmedCategory", CATEGORIES, problems);
    if (action == DiagnosisAction.RESOLVE) {
      oneOf(task, "buyerExpectation", EXPECTATIONS, problems);
      oneOf(task, "rootCause", ROOT_CAUSES, problems);
      oneOf(task, "faultParty", FAULT_PARTIES, problems);
      required(task, "diagnosisSummary", problems);
    } else if (action == DiagnosisAction.ASK_BUYER) {
      required(task, "missingInformation", problems);
    } else if (action == DiagnosisAction.TRANSFER) {
      oneOf(task, "transferGroup", Set.copyOf(KefuGroups.WORK_GROUPS), problems);
      required(task, "transferReason", problems);
      if (task.getVariable("transferGroup") != null
          && task.getVariable("transferGroup").equals(task.getVariable("candidateGroup"))) {
        problems.add("transferGroup: the case is already with this group");
      }
    } else if (action == DiagnosisAction.SECURITY_INCIDENT) {
      required(task, "diagnosisSummary", problems);
    }
    if (!problems.isEmpty()) {
      throw new BadUserRequestException("The diagnosis is incomplete: "
          + String.join("; ", problems));
    }
    Authentication current = identity.getCurrentAuthentication();
    String user = current != null ? current.getUserId() : task.getAssignee();
    task.setVariable("diagnosedBy", user == null ? "unknown" : user);
  }

  private static DiagnosisAction parseAction(Object value, List<String> problems) {
    try {
      return DiagnosisAction.valueOf(String.valueOf(value));
    } catch (IllegalArgumentException e) {
      problems.add("action: choose one of RESOLVE, ASK_BUYER, TRANSFER, SECURITY_INCIDENT");
      return null;
    }
  }

  private static void oneOf(DelegateTask task, String name, Set<String> allowed,
      List<String> problems) {
    Object value = task.getVariable(name);
    if (value == null || !allowed.contains(value.toString())) {
      problems.add(name + ": choose one of " + allowed.stream().sorted().toList());
    }
  }

  private static void required(DelegateTask task, String name, List<String> problems) {
    Object value = task.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      problems.add(name + ": required");
    }
  }
}
