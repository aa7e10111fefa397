package io.kefu.marketplace;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A store on the marketplace.
 *
 * @param id the marketplace's seller id, e.g. {@code S0001}
 * @param storeName the store's name
 * @param creditScore the platform's credit score of the seller, 0 (worst) to 100
 * @param storeScore buyers' average store rating (DSR), 0.00 to 5.00
 */
public record Seller(String id, String storeName, int creditScore, BigDecimal storeScore) {

  public Seller {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(storeName, "storeName");
    Objects.requireNonNull(storeScore, "storeScore");
  }
}
