package io.kefu.resolution;

import io.kefu.platform.integration.ExternalSystemException;
import io.kefu.platform.integration.IdempotencyConflictException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Port to the payment gateway that took the buyer's payment: it pays refunds back to the
 * original payment method. The real system is the marketplace's payment service or the
 * gateway itself (Alipay's or WeChat Pay's refund API, UnionPay), which is idempotent by the
 * merchant's refund request number - as this port is by {@code refundId}. Built in:
 * {@link SimulatedPaymentGateway}.
 *
 * <p>A refund is asynchronous: accepted as {@link RefundStatus#REQUESTED}, then
 * {@link RefundStatus#SUCCEEDED} (or {@link RefundStatus#FAILED}) once the bank has processed it;
 * poll {@link #findRefund(String)} (or wait for the gateway's notification) until
 * {@link RefundStatus#isFinal() final}.
 */
public interface PaymentGateway {

  /**
   * Refunds (part of) an order's payment. Idempotent by {@link RefundRequest#refundId()}: the
   * same id again returns the refund as it stands now and never pays twice. The amounts of an
   * order's refunds that did not fail never add up to more than the order amount.
   *
   * @return the refund, {@link RefundStatus#REQUESTED} or already final
   * @throws PaymentRefusedException the gateway refuses (business): unknown or unpaid order,
   *     wrong currency, amount above what is still refundable, buyer's account closed
   * @throws IdempotencyConflictException the refund id was used with another order, amount or
   *     currency
   * @throws ExternalSystemException the gateway cannot be reached or fails (technical)
   */
  Refund refund(RefundRequest request) throws PaymentRefusedException;

  /**
   * The refund with this id as it stands now, or empty if the gateway never accepted one.
   *
   * @throws ExternalSystemException the gateway cannot be reached or fails
   */
  Optional<Refund> findRefund(String refundId);

  /**
   * How much of the order's payment can still be refunded: the order amount minus refunds that
   * did not fail; empty when the gateway knows no payment for the order.
   *
   * @throws ExternalSystemException the gateway cannot be reached or fails
   */
  Optional<BigDecimal> refundableAmount(String orderNumber);
}
