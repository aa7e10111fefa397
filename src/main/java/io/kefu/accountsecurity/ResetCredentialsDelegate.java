package io.kefu.accountsecurity;

import io.kefu.cases.AuditAction;
import io.kefu.cases.AuditTrail;
import io.kefu.cases.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Reset credentials": the account was compromised; sessions end and a new password is forced. */
@Component("resetCredentials")
public class ResetCredentialsDelegate implements JavaDelegate {

  private final AccountService accounts;
  private final AuditTrail audit;

  public ResetCredentialsDelegate(AccountService accounts, AuditTrail audit) {
    this.accounts = accounts;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String customerId = (String) execution.getVariable("customerId");
    String reason = "account compromised: " + execution.getVariable("verificationNotes");
    accounts.resetCredentials(customerId, execution.getBusinessKey() + ":RESET", reason);
    audit.record(CaseVariables.caseId(execution), (String) execution.getVariable("verifiedBy"), AuditAction.ACCOUNT_RESET,
        reason, "frozen", "credentials reset, active",
        execution.getBusinessKey() + ":ACCOUNT_RESET");
  }
}
