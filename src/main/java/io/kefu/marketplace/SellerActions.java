package io.kefu.marketplace;

import io.kefu.platform.integration.ExternalSystemException;
import io.kefu.platform.integration.IdempotencyConflictException;
import java.util.Optional;

/**
 * Port to the marketplace's sanctions against stores. The real system is the marketplace's
 * seller-governance service (the rules centre that deducts points, 店铺扣分). Built in:
 * {@link SimulatedMarketplaceActions}.
 */
public interface SellerActions {

  /**
   * Deducts points from the store's score - the platform's {@link Seller#creditScore() credit
   * score}, 0 to 100, never below 0 - e.g. when the seller left an after-sales request unanswered
   * for 72 h (seed 003). Idempotent by {@code penaltyId}: the same id again returns the first
   * change and deducts nothing more. The marketplace keeps its own record of the change; kefu's
   * caller records it in kefu's audit trail ({@code io.kefu.cases.AuditTrail}).
   *
   * @param sellerId the store, e.g. {@code S0002}
   * @param penaltyId the caller's idempotency key, derived from the case (see
   *     {@code io.kefu.resolution.OperationIds#storePenalty}), e.g. {@code SP-CS-20261123-000001-1}
   * @param points points to deduct, 1 to 100
   * @param reason why, shown to the seller; not blank
   * @return the score before and after
   * @throws SellerActionRefusedException the marketplace refuses: unknown seller, score locked
   * @throws IdempotencyConflictException {@code penaltyId} was used for another seller or amount
   * @throws ExternalSystemException the marketplace cannot be reached or fails
   */
  StoreScoreChange reduceStoreScore(String sellerId, String penaltyId, int points, String reason)
      throws SellerActionRefusedException;

  /** The change made with this penalty id, if any. */
  Optional<StoreScoreChange> findScoreChange(String penaltyId);
}
