package io.kefu.cases;

import java.time.Instant;

/**
 * One entry of a case's timeline: what happened, who did it and why. Entries are only ever
 * added, never changed. {@code buyerVisible} entries make up the timeline the buyer sees.
 */
public record CaseEvent(
    long id,
    Instant occurredAt,
    String kind,
    String actor,
    boolean buyerVisible,
    String text,
    String reason) {

  /** The actor of steps that kefu takes by itself. */
  public static final String SYSTEM = "kefu";
}
