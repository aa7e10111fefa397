package io.kefu.marketplace;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port to the marketplace's orders. */
public interface OrderDirectory {

  /**
   * The order with this number. Whether it belongs to the buyer who asks is the caller's check
   * ({@link Order#belongsTo(String)}).
   *
   * @param orderNumber e.g. {@code O2026110100001}; matched exactly
   * @return the order, or empty when there is none (also for {@code null} or blank)
   */
  Optional<Order> findOrder(String orderNumber);

  /**
   * The orders a customer placed, newest first.
   *
   * @param customerId the marketplace's customer id
   * @return the orders; empty for an unknown customer
   */
  List<Order> ordersOf(String customerId);

  /**
   * Orders in status {@link OrderStatus#SHIPPED} whose tracking number was uploaded before the
   * given instant and which the carrier has not collected: the candidates of the fake-shipment
   * check (seed 003: not collected within 48 h of the upload). Oldest upload first.
   *
   * @param shippedBefore e.g. now minus 48 hours
   * @return the orders awaiting collection since before that instant
   */
  List<Order> uncollectedShipments(Instant shippedBefore);
}
