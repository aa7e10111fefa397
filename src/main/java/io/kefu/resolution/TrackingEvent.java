package io.kefu.resolution;

import java.time.Instant;

/**
 * One scan or status change of a parcel.
 *
 * @param occurredAt when it happened
 * @param state the parcel's state from then on
 * @param description the carrier's text, e.g. {@code 快递员已揽收 Collected by SF Express}
 */
public record TrackingEvent(Instant occurredAt, ParcelState state, String description) {}
