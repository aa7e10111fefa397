package io.kefu.resolution;

import java.time.Instant;

/**
 * What kefu asks a seller to respond to.
 *
 * @param askId the idempotency key, {@link OperationIds#afterSales(String, int)}
 * @param caseNumber kefu's case, shown to the seller as the reference
 * @param orderNumber the order; the seller is the order's store
 * @param kind what the buyer asks for
 * @param message the facts and the request, for the seller; not blank
 * @param respondBy the seller's deadline (seed 003: 72 h, after which the request is approved
 *     and the store's score reduced)
 */
public record AfterSalesAsk(String askId, String caseNumber, String orderNumber,
    AfterSalesKind kind, String message, Instant respondBy) {

  public AfterSalesAsk {
    Checks.text(askId, "askId", 64);
    Checks.text(caseNumber, "caseNumber", 32);
    Checks.text(orderNumber, "orderNumber", 32);
    Checks.text(message, "message", 2000);
    if (kind == null || respondBy == null) {
      throw new IllegalArgumentException("kind and respondBy are required");
    }
  }
}
