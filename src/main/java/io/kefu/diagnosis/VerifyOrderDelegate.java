package io.kefu.diagnosis;

import io.kefu.cases.CaseVariables;
import org.camunda.bpm.engine.variable.Variables;
import io.kefu.marketplace.Customer;
import io.kefu.marketplace.CustomerDirectory;
import io.kefu.marketplace.Order;
import io.kefu.marketplace.OrderDirectory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Verify order and customer": the order must belong to the customer; loads the customer's tier,
 * risk flags and history for triage and for the agent's form.
 */
@Component("verifyOrder")
public class VerifyOrderDelegate implements JavaDelegate {

  private final CustomerDirectory customers;
  private final OrderDirectory orders;
  private final CustomerHistory history;

  public VerifyOrderDelegate(CustomerDirectory customers, OrderDirectory orders,
      CustomerHistory history) {
    this.customers = customers;
    this.orders = orders;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String customerId = (String) execution.getVariable("customerId");
    String orderNumber = (String) execution.getVariable("orderNumber");
    long caseId = CaseVariables.caseId(execution);
    Customer customer = customers.findCustomer(customerId)
        .orElseThrow(() -> new IllegalStateException("Unknown customer " + customerId));
    Order order = orderNumber == null ? null : orders.findOrder(orderNumber)
        .filter(o -> o.customerId().equals(customerId))
        .orElseThrow(() -> new IllegalStateException(
            "Order " + orderNumber + " does not belong to customer " + customerId));
    CustomerHistory.Summary summary = history.of(customerId, caseId);

    execution.setVariable("customerTier", customer.tier().name());
    // accountRisk and complaints30d are inputs of the triage decision right after this task
    // (same transaction) and nothing else: transient, so they cost no runtime or history rows
    // (the customer summary and history below show both to the agent)
    execution.setVariable("accountRisk", Variables.booleanValue(customer.isFlagged(), true));
    execution.setVariable("customerSummary", customer.displayName() + " (" + customer.id()
        + ", " + customer.tier() + (customer.isFlagged()
            ? ", 风险 risk: " + String.join("/", customer.riskFlags()) : "") + ")");
    execution.setVariable("orderAmount",
        order == null ? 0.0 : order.amount().doubleValue());
    execution.setVariable("orderSummary", order == null ? "无订单 No order given"
        : order.orderNumber() + " · " + order.itemTitle() + " · "
            + order.amount().setScale(2, java.math.RoundingMode.HALF_UP) + " "
            + order.currency() + " · " + order.status()
            + (order.carrier() == null ? "" : " · " + order.carrier() + " "
                + order.trackingNumber()));
    execution.setVariable("complaints30d",
        Variables.integerValue(summary.complaintsLast30Days(), true));
    execution.setVariable("customerHistory", summary.text());
  }

}
