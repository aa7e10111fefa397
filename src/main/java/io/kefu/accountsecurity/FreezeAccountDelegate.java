package io.kefu.accountsecurity;

import io.kefu.cases.CaseEvent;
import io.kefu.cases.AuditAction;
import io.kefu.cases.AuditTrail;
import io.kefu.cases.CaseVariables;
import io.kefu.sla.WorkingTimeCalendar;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Freeze account": stops further damage at once through the account service (after a
 * transaction boundary, retried, idempotent by case), and sets the verification deadline.
 */
@Component("freezeAccount")
public class FreezeAccountDelegate implements JavaDelegate {

  private final AccountService accounts;
  private final AuditTrail audit;
  private final WorkingTimeCalendar calendar;
  private final AccountSecurityProperties properties;
  private final Clock clock;

  public FreezeAccountDelegate(AccountService accounts, AuditTrail audit,
      WorkingTimeCalendar calendar, AccountSecurityProperties properties, Clock clock) {
    this.accounts = accounts;
    this.audit = audit;
    this.calendar = calendar;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    String customerId = (String) execution.getVariable("customerId");
    String reason = "security incident " + execution.getBusinessKey() + ": "
        + execution.getVariable("diagnosisSummary");
    accounts.freeze(customerId, execution.getBusinessKey() + ":FREEZE", reason);
    audit.record(caseId, (String) execution.getVariable("diagnosedBy"), AuditAction.ACCOUNT_FREEZE,
        reason, "active", "frozen",
        execution.getBusinessKey() + ":ACCOUNT_FREEZE");
    execution.setVariable("verificationDue", Date.from(calendar.addWorkingTime(
        properties.group(), clock.instant(), properties.target())));
  }
}
