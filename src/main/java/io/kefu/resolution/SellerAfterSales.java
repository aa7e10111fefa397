package io.kefu.resolution;

import io.kefu.platform.integration.ExternalSystemException;
import io.kefu.platform.integration.IdempotencyConflictException;
import java.util.Optional;

/**
 * Port to the sellers' after-sales desk: kefu asks the order's store to respond to a buyer's
 * after-sales request, and learns its answer. The real system is the marketplace's after-sales
 * (售后) service, which puts the request into the seller's workbench (e.g. 千牛) and notifies the
 * seller. Built in: {@link SimulatedSellerAfterSales}.
 */
public interface SellerAfterSales {

  /**
   * Asks the order's seller to respond by {@link AfterSalesAsk#respondBy()}. Idempotent by
   * {@link AfterSalesAsk#askId()}: the same id again returns the first request.
   *
   * @return the request on the seller's desk; {@link SellerRequest#requestId()} is the
   *     marketplace's id of it
   * @throws SellerAfterSalesRefusedException unknown order, store closed (business)
   * @throws IdempotencyConflictException the ask id was used for another order or kind
   * @throws ExternalSystemException the marketplace cannot be reached or fails (technical)
   */
  SellerRequest askSellerToRespond(AfterSalesAsk ask) throws SellerAfterSalesRefusedException;

  /**
   * The request with this (marketplace) id as it stands now, with the seller's answer if any.
   *
   * @throws ExternalSystemException the marketplace cannot be reached or fails
   */
  Optional<SellerRequest> findRequest(String requestId);
}
