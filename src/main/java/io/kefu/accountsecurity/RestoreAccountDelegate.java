package io.kefu.accountsecurity;

import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Unfreeze account": the security team verified that the owner acted; access is restored. */
@Component("unfreezeAccount")
public class RestoreAccountDelegate implements JavaDelegate {

  private final AccountService accounts;
  private final CaseRepository cases;

  public RestoreAccountDelegate(AccountService accounts, CaseRepository cases) {
    this.accounts = accounts;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String customerId = (String) execution.getVariable("customerId");
    String reason = "verified genuine owner: " + execution.getVariable("verificationNotes");
    accounts.unfreeze(customerId, execution.getBusinessKey() + ":UNFREEZE", reason);
    cases.addEvent(CaseVariables.caseId(execution), "ACCOUNT_UNFROZEN",
        (String) execution.getVariable("verifiedBy"), false, "Account " + customerId
            + " unfrozen", reason);
  }
}
