package io.kefu.accountsecurity;

import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Reset credentials": the account was compromised; sessions end and a new password is forced. */
@Component("resetCredentials")
public class ResetCredentialsDelegate implements JavaDelegate {

  private final AccountService accounts;
  private final CaseRepository cases;

  public ResetCredentialsDelegate(AccountService accounts, CaseRepository cases) {
    this.accounts = accounts;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String customerId = (String) execution.getVariable("customerId");
    String reason = "account compromised: " + execution.getVariable("verificationNotes");
    accounts.resetCredentials(customerId, execution.getBusinessKey() + ":RESET", reason);
    cases.addEvent(CaseVariables.caseId(execution), "CREDENTIALS_RESET",
        (String) execution.getVariable("verifiedBy"), false,
        "Credentials of " + customerId + " reset", reason);
  }
}
