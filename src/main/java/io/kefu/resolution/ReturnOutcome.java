package io.kefu.resolution;

/** The output {@code returnOutcome} of {@code processes/return-and-refund.bpmn}. */
public enum ReturnOutcome {
  /** The seller's side received the return parcel: the caller refunds. */
  RECEIVED,
  /** The buyer sent no tracking number before the deadline. */
  NO_RETURN,
  /** The parcel was registered but not received before the deadline. */
  NOT_RECEIVED
}
