package io.kefu.accountsecurity;

import io.kefu.cases.AuditAction;
import io.kefu.cases.AuditTrail;
import io.kefu.cases.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Unfreeze account": the security team verified that the owner acted; access is restored. */
@Component("unfreezeAccount")
public class RestoreAccountDelegate implements JavaDelegate {

  private final AccountService accounts;
  private final AuditTrail audit;

  public RestoreAccountDelegate(AccountService accounts, AuditTrail audit) {
    this.accounts = accounts;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String customerId = (String) execution.getVariable("customerId");
    String reason = "verified genuine owner: " + execution.getVariable("verificationNotes");
    accounts.unfreeze(customerId, execution.getBusinessKey() + ":UNFREEZE", reason);
    audit.record(CaseVariables.caseId(execution), (String) execution.getVariable("verifiedBy"), AuditAction.ACCOUNT_UNFREEZE,
        reason, "frozen", "active",
        execution.getBusinessKey() + ":ACCOUNT_UNFREEZE");
  }
}
