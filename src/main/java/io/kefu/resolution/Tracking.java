package io.kefu.resolution;

import io.kefu.marketplace.ShippingCarrier;
import java.util.List;

/**
 * A parcel's tracking history as its carrier reports it.
 *
 * @param carrier the carrier
 * @param trackingNumber the waybill number
 * @param state the state of the latest event
 * @param events every event, oldest first; never empty
 * @param expedited whether expedited handling was requested for it
 */
public record Tracking(ShippingCarrier carrier, String trackingNumber, ParcelState state,
    List<TrackingEvent> events, boolean expedited) {

  public Tracking {
    events = List.copyOf(events);
  }

  /** The latest event. */
  public TrackingEvent lastEvent() {
    return events.get(events.size() - 1);
  }
}
