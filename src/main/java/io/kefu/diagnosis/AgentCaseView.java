package io.kefu.diagnosis;

import java.time.Instant;
import java.util.List;

/**
 * A case as an agent sees it: everything kefu recorded about it and its whole timeline
 * (buyer-visible and internal entries, including the audit trail's), oldest first.
 */
public record AgentCaseView(
    String caseNumber,
    String status,
    String customerId,
    String orderNumber,
    String channel,
    String language,
    String description,
    String desiredOutcome,
    String category,
    String emotion,
    String priority,
    String candidateGroup,
    boolean selfService,
    boolean deflected,
    Instant firstResponseDue,
    Instant resolutionDue,
    Instant slaWarnedAt,
    Instant slaBreachedAt,
    String diagnosisSummary,
    String diagnosedBy,
    String buyerExpectation,
    String rootCause,
    String faultParty,
    String processInstanceId,
    Instant createdAt,
    Instant updatedAt,
    Instant closedAt,
    List<Entry> timeline) {

  /** One timeline entry; {@code buyerVisible} entries are what the buyer's channel shows. */
  public record Entry(Instant at, String kind, String actor, boolean buyerVisible, String text,
      String reason) {}
}
