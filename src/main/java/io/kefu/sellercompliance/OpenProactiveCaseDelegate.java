package io.kefu.sellercompliance;

import io.kefu.cases.CaseRecord;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens (or finds) the buyer's proactive case of one overdue order ({@code orderNumber}). */
@Component("openProactiveCase")
public class OpenProactiveCaseDelegate implements JavaDelegate {

  private final FakeShipmentCheck check;

  public OpenProactiveCaseDelegate(FakeShipmentCheck check) {
    this.check = check;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String orderNumber = (String) execution.getVariable("orderNumber");
    // local to this order's instance of the multi-instance sub-process
    execution.setVariableLocal("proactiveCaseNumber", check.openProactiveCase(orderNumber)
        .map(CaseRecord::caseNumber).orElse(null));
  }
}
