package io.kefu.intake;

import java.time.Instant;

/** What the buyer's channel learns right after intake. */
public record IntakeResponse(
    String caseNumber,
    String status,
    String category,
    String priority,
    String greeting,
    Instant expectedFirstResponseBy,
    Instant expectedResolutionBy,
    SelfService selfService) {

  /** The answer given at once when the request qualifies for self-service. */
  public record SelfService(String title, String answer, String link, String howToConfirm,
      Instant confirmBy) {}
}
