package io.kefu.marketplace;

import io.kefu.platform.integration.ExternalSystemException;
import io.kefu.platform.integration.IdempotencyConflictException;
import java.util.Optional;

/**
 * Port to the marketplace's order operations that customer service may trigger. The real system
 * is the marketplace's order/after-sales service (for a Taobao or JD store, its open-platform
 * after-sales API): it tells the seller's warehouse to ship the item again and books the new
 * parcel with the order's carrier. Built in: {@link SimulatedMarketplaceActions}.
 */
public interface OrderActions {

  /**
   * Has the seller ship the order's item again (补发), with the order's carrier. Idempotent by
   * {@code reshipId}: the same id again returns the first reshipment and ships nothing more.
   *
   * @param orderNumber the order, e.g. {@code O2026110100001}
   * @param reshipId the caller's idempotency key, derived from the case (see
   *     {@code io.kefu.resolution.OperationIds#reship}), e.g. {@code RS-CS-20261123-000001-1}
   * @param reason why, for the seller and the audit trail; not blank
   * @return the new shipment, with its tracking number
   * @throws OrderActionRefusedException the marketplace refuses: unknown order, order not
   *     shipped yet, order refunded, item out of stock
   * @throws IdempotencyConflictException {@code reshipId} was used for another order
   * @throws ExternalSystemException the marketplace cannot be reached or fails
   */
  Reshipment reship(String orderNumber, String reshipId, String reason)
      throws OrderActionRefusedException;

  /** The reshipment created with this id, if any. */
  Optional<Reshipment> findReshipment(String reshipId);
}
