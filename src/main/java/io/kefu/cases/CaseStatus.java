package io.kefu.cases;

/** Where a case stands, as the buyer and the team see it. */
public enum CaseStatus {
  /** Received and being triaged (never visible after the intake transaction commits). */
  RECEIVED,
  /** A self-service answer was sent; waiting for the buyer to confirm it solved the problem. */
  AWAITING_BUYER_CONFIRMATION,
  /** Waiting for an agent of the candidate group to diagnose it. */
  AWAITING_AGENT,
  /** Diagnosed by an agent; the remedy is being carried out. */
  DIAGNOSED,
  /** The agent asked the buyer for more information; the SLA clock is paused. */
  AWAITING_BUYER_INFORMATION,
  /** Closed because the buyer did not send the information asked for in time. */
  CLOSED_NO_REPLY,
  /** Resolved: the remedy was carried out (or the account secured). */
  RESOLVED,
  /** Closed by self-service: the buyer confirmed, or stayed silent past the configured time. */
  DEFLECTED,
  /**
   * No remedy was agreed (the buyer refused the proposal and the alternative, the seller refused
   * the after-sales request, or the remedy could not be carried out): waiting for dispute
   * handling (the platform gets involved; variable {@code disputeReason} says why).
   */
  MARKED_FOR_DISPUTE,
  /** Closed because the buyer did not send the item back for a return and refund. */
  CLOSED_NO_RETURN,
  /**
   * A remedy was proposed to the buyer, who may accept or refuse it
   * ({@code POST /api/v1/requests/{caseNumber}/proposal-response}) until the time the proposal
   * names; silence counts as acceptance. Back to {@link #DIAGNOSED} once answered.
   */
  AWAITING_BUYER_DECISION
}
