package io.kefu.resolution;

import io.kefu.marketplace.ShippingCarrier;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A carrier's event about a parcel, as the carrier (or the logistics aggregator) pushes it to
 * {@code POST /api/v1/carrier-events}.
 *
 * @param eventId the carrier's id of the event: the idempotency key (the same event pushed again
 *     is recorded once)
 * @param carrier the carrier's code
 * @param trackingNumber the parcel's waybill number
 * @param eventType the parcel's state from this event on
 * @param occurredAt when it happened (ISO 8601 with offset)
 * @param description the carrier's text, optional
 */
public record CarrierEventNotice(
    @Schema(example = "SF-EV-88213402") @NotBlank @Size(max = 128)
    @Pattern(regexp = "[A-Za-z0-9._:-]*", message = "may contain only letters, digits and . _ : -")
    String eventId,
    @Schema(example = "SF") @NotNull ShippingCarrier carrier,
    @Schema(example = "SF9000000000001") @NotBlank @Size(max = 32)
    @Pattern(regexp = "[A-Z0-9]+", message = "must be upper-case letters and digits")
    String trackingNumber,
    @Schema(example = "RETURN_RECEIVED") @NotNull ParcelState eventType,
    @Schema(example = "2026-11-23T10:15:00+08:00") @NotNull Instant occurredAt,
    @Schema(example = "已签收 Signed for") @Size(max = 500) String description) {}
