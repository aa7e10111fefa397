package io.kefu.platform.simulator;

/** What an injected failure does to a simulator's call. */
public enum FailureKind {
  /**
   * A technical failure: the call throws
   * {@link io.kefu.platform.integration.ExternalSystemException} (an outage, a timeout).
   */
  TECHNICAL,
  /**
   * A business refusal: the call is refused with the rule's refusal code (e.g. the buyer's
   * payment account is closed), as the port's checked exception or result state.
   */
  REFUSAL
}
