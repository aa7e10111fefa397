package io.kefu.resolution;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A refund as the payment gateway knows it.
 *
 * @param refundId the caller's idempotency key
 * @param orderNumber the refunded order
 * @param amount the amount, scale 2
 * @param currency ISO 4217
 * @param status where it stands
 * @param gatewayReference the gateway's own id of the refund (for the buyer's bank statement and
 *     for reconciliation)
 * @param failureCode why it {@link RefundStatus#FAILED failed}, else {@code null}
 * @param requestedAt when the gateway accepted it
 * @param completedAt when it succeeded or failed, else {@code null}
 */
public record Refund(String refundId, String orderNumber, BigDecimal amount, String currency,
    RefundStatus status, String gatewayReference, String failureCode, Instant requestedAt,
    Instant completedAt) {}
