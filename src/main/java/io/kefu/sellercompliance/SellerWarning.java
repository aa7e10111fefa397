package io.kefu.sellercompliance;

import java.time.Instant;

/**
 * A warning recorded against a seller (table {@code kefu_seller_warning}).
 *
 * @param kind what rule was broken, e.g. {@link SellerWarnings#FAKE_SHIPMENT}
 * @param caseId the case opened for the buyer because of it
 */
public record SellerWarning(long id, String sellerId, String orderNumber, String kind,
    long caseId, String reason, Instant recordedAt) {}
