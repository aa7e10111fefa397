package io.kefu.resolution;

import java.math.BigDecimal;

/**
 * A refund to ask the payment gateway for.
 *
 * @param refundId the idempotency key, {@link OperationIds#refund(String, int)}
 * @param orderNumber the order whose payment is refunded (to its original payment method)
 * @param amount how much, positive, at most two decimals
 * @param currency ISO 4217, the order's currency ({@code CNY})
 * @param reason why, shown on the buyer's statement and kept by the gateway; not blank
 */
public record RefundRequest(String refundId, String orderNumber, BigDecimal amount,
    String currency, String reason) {

  public RefundRequest {
    Checks.text(refundId, "refundId", 64);
    Checks.text(orderNumber, "orderNumber", 32);
    Checks.money(amount, "amount");
    Checks.text(currency, "currency", 3);
    Checks.text(reason, "reason", 1000);
  }
}
