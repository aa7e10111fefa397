package io.kefu.resolution;

import io.kefu.marketplace.ShippingCarrier;
import java.time.Instant;

/**
 * A carrier event kefu received (table {@code kefu_carrier_event}).
 *
 * @param eventId the carrier's event id
 * @param carrier the carrier
 * @param trackingNumber the parcel
 * @param eventType the parcel's state from this event on
 * @param occurredAt when it happened
 * @param description the carrier's text, or {@code null}
 * @param receivedAt when kefu received it
 * @param receivedFrom the account that delivered it, or {@code simulator}
 * @param correlatedCount how many waiting process instances took it as a message
 */
public record RecordedCarrierEvent(String eventId, ShippingCarrier carrier,
    String trackingNumber, ParcelState eventType, Instant occurredAt, String description,
    Instant receivedAt, String receivedFrom, int correlatedCount) {}
