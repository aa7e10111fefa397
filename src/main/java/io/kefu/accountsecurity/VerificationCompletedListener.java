package io.kefu.accountsecurity;

import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Checks the security team's verdict and remembers who gave it. */
@Component("verificationCompleted")
public class VerificationCompletedListener implements TaskListener {

  private static final Set<String> VERDICTS = Set.of("GENUINE_OWNER", "COMPROMISED");
  private final IdentityService identity;

  public VerificationCompletedListener(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    Object verdict = task.getVariable("securityVerdict");
    Object notes = task.getVariable("verificationNotes");
    if (verdict == null || !VERDICTS.contains(verdict.toString())
        || notes == null || notes.toString().isBlank()) {
      throw new BadUserRequestException("securityVerdict (GENUINE_OWNER or COMPROMISED) and "
          + "verificationNotes are required");
    }
    Authentication current = identity.getCurrentAuthentication();
    String user = current != null ? current.getUserId() : task.getAssignee();
    task.setVariable("verifiedBy", user == null ? "unknown" : user);
  }
}
