package io.kefu.resolution;

import java.time.Instant;

/**
 * An after-sales request on the seller's desk.
 *
 * @param requestId the marketplace's id of the request
 * @param askId kefu's idempotency key
 * @param caseNumber kefu's case
 * @param orderNumber the order
 * @param sellerId the order's store
 * @param kind what the buyer asks for
 * @param message what kefu wrote
 * @param respondBy the seller's deadline
 * @param status where it stands
 * @param sellerNote the seller's answer, or {@code null}
 * @param createdAt when the marketplace accepted it
 * @param respondedAt when the seller answered, or {@code null}
 */
public record SellerRequest(String requestId, String askId, String caseNumber,
    String orderNumber, String sellerId, AfterSalesKind kind, String message, Instant respondBy,
    SellerRequestStatus status, String sellerNote, Instant createdAt, Instant respondedAt) {}
