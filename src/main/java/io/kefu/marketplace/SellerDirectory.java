package io.kefu.marketplace;

import java.util.Optional;

/** Port to the marketplace's stores. */
public interface SellerDirectory {

  /**
   * The seller with this id.
   *
   * @param id the marketplace's seller id, e.g. {@code S0001}; matched exactly
   * @return the seller, or empty when there is none (also for {@code null} or blank)
   */
  Optional<Seller> findSeller(String id);
}
