package io.kefu.resolution;

import io.kefu.marketplace.ShippingCarrier;
import java.time.Instant;

/**
 * The carrier's acceptance of a request for expedited handling (催件).
 *
 * @param expediteId the caller's idempotency key
 * @param carrier the carrier
 * @param trackingNumber the parcel
 * @param carrierTicket the carrier's ticket number for the request
 * @param reason why, as sent
 * @param requestedAt when the carrier accepted it
 */
public record ExpediteTicket(String expediteId, ShippingCarrier carrier, String trackingNumber,
    String carrierTicket, String reason, Instant requestedAt) {}
