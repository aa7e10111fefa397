package io.kefu.cases;

/** Where a case stands, as the buyer and the team see it. */
public enum CaseStatus {
  /** Received and being triaged (never visible after the intake transaction commits). */
  RECEIVED,
  /** A self-service answer was sent; waiting for the buyer to confirm it solved the problem. */
  AWAITING_BUYER_CONFIRMATION,
  /** Waiting for an agent of the candidate group to diagnose it. */
  AWAITING_AGENT,
  /** Diagnosed by an agent (the lifecycle ends here for now). */
  DIAGNOSED,
  /** Closed by self-service: the buyer confirmed, or stayed silent past the configured time. */
  DEFLECTED
}
