package io.kefu.resolution;

/**
 * Where a parcel stands, as carriers report it (the state of a tracking event, and the type of a
 * carrier event kefu receives). Outbound parcels go from {@link #AWAITING_COLLECTION} to
 * {@link #DELIVERED}; return parcels (buyer to seller) are {@link #RETURN_IN_TRANSIT} until
 * {@link #RETURN_RECEIVED}.
 */
public enum ParcelState {
  /** The seller uploaded the tracking number; the carrier has not collected the parcel yet. */
  AWAITING_COLLECTION,
  /** Collected, on its way. */
  IN_TRANSIT,
  /** With the courier for delivery today. */
  OUT_FOR_DELIVERY,
  /** Delivered, signed for. */
  DELIVERED,
  /** No progress for longer than the carrier's norm (held at a hub, weather, inspection). */
  STUCK,
  /** The carrier declared the parcel lost. */
  LOST,
  /** Delivery failed or was refused; the parcel went back to the sender. */
  RETURNED_TO_SENDER,
  /** A buyer's return parcel on its way to the seller. */
  RETURN_IN_TRANSIT,
  /** The seller's side received the buyer's return parcel. */
  RETURN_RECEIVED;

  /** Whether the parcel reached its destination (nothing to expedite any more). */
  public boolean isArrived() {
    return this == DELIVERED || this == RETURNED_TO_SENDER || this == RETURN_RECEIVED;
  }
}
