package io.kefu.sellercompliance;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Finds the overdue, not yet handled orders; the model handles each one separately. */
@Component("findUncollectedShipments")
public class FindUncollectedShipmentsDelegate implements JavaDelegate {

  private final FakeShipmentCheck check;

  public FindUncollectedShipmentsDelegate(FakeShipmentCheck check) {
    this.check = check;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("shippedBefore", Date.from(check.shippedBefore()));
    List<String> candidates = check.candidates();
    execution.setVariable("uncollectedCount", candidates.size());
    // a string, not a list: Java-serialized variables are off (at most 200 numbers, 4000 chars)
    execution.setVariable("uncollectedOrders", String.join(",", candidates));
  }
}
