package io.kefu.resolution;

import io.kefu.platform.integration.BusinessRefusalException;

/** A carrier refused a request: a business refusal ({@link Carrier}). */
public class CarrierRefusedException extends BusinessRefusalException {

  /** Why; {@link #name()} is the BPMN error code. */
  public enum Reason {
    /** The carrier knows no parcel with this tracking number. */
    UNKNOWN_PARCEL,
    /** Not a valid tracking number of this carrier, or not a return parcel. */
    INVALID_TRACKING_NUMBER,
    /** The parcel was never collected: the carrier does not have it (a fake shipment?). */
    NOT_COLLECTED,
    /** The parcel already arrived: nothing to expedite. */
    ALREADY_DELIVERED,
    /** The carrier offers no expedited handling for this parcel or route. */
    EXPEDITE_NOT_AVAILABLE,
    /** The return parcel is already registered for another case. */
    RETURN_REGISTERED_TO_OTHER_CASE,
    /** A claim needs a parcel the carrier reports lost or stuck. */
    PARCEL_NOT_LOST,
    /** The carrier does not accept the claim (e.g. filed too late, value not insured). */
    CLAIM_NOT_ACCEPTED
  }

  private final Reason reason;

  public CarrierRefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  @Override
  public String code() {
    return reason.name();
  }
}
