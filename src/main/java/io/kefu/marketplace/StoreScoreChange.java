package io.kefu.marketplace;

import java.time.Instant;

/**
 * A deduction from a store's score (its credit score, 0 to 100).
 *
 * @param penaltyId the caller's idempotency key
 * @param sellerId the store
 * @param points the points deducted as asked (the score stops at 0)
 * @param scoreBefore the score before
 * @param scoreAfter the score after
 * @param reason why
 * @param changedAt when the marketplace made the change
 */
public record StoreScoreChange(String penaltyId, String sellerId, int points, int scoreBefore,
    int scoreAfter, String reason, Instant changedAt) {}
