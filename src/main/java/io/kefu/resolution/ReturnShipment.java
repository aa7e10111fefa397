package io.kefu.resolution;

import io.kefu.marketplace.ShippingCarrier;
import java.time.Instant;

/**
 * A buyer's return parcel registered with the carrier for a case: the carrier tells kefu when
 * it is received (a {@link ParcelState#RETURN_RECEIVED} carrier event, which kefu correlates as
 * message {@code ReturnReceived} on the process variable {@code returnTrackingNumber}).
 *
 * @param caseNumber the case it belongs to
 * @param carrier the carrier
 * @param trackingNumber the return parcel's waybill number
 * @param registeredAt when it was registered
 * @param receivedAt when the seller's side received it, or {@code null}
 */
public record ReturnShipment(String caseNumber, ShippingCarrier carrier, String trackingNumber,
    Instant registeredAt, Instant receivedAt) {

  /** Whether the return parcel was received. */
  public boolean isReceived() {
    return receivedAt != null;
  }
}
