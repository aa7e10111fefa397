package io.kefu.marketplace;

import java.util.Optional;

/** Port to the marketplace's customer accounts. */
public interface CustomerDirectory {

  /**
   * The customer with this id.
   *
   * @param customerId the marketplace's customer id, e.g. {@code C00001}; matched exactly
   * @return the customer, or empty when the marketplace has none with this id (also for
   *     {@code null} or blank)
   */
  Optional<Customer> findCustomer(String customerId);
}
