package io.kefu.intake;

import java.time.Instant;
import java.util.List;

/** A case as the buyer's channel may see it: status and the buyer-visible timeline. */
public record CaseView(
    String caseNumber,
    String status,
    String category,
    String priority,
    Instant createdAt,
    Instant expectedFirstResponseBy,
    Instant expectedResolutionBy,
    List<Entry> timeline) {

  public record Entry(Instant at, String kind, String text) {}
}
