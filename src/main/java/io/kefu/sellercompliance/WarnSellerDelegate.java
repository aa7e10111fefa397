package io.kefu.sellercompliance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the fake-shipment warning against the seller of one order ({@code orderNumber}). */
@Component("warnSeller")
public class WarnSellerDelegate implements JavaDelegate {

  private final FakeShipmentCheck check;

  public WarnSellerDelegate(FakeShipmentCheck check) {
    this.check = check;
  }

  @Override
  public void execute(DelegateExecution execution) {
    check.warnSeller((String) execution.getVariable("orderNumber"));
  }
}
