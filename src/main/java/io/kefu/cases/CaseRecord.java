package io.kefu.cases;

import java.time.Instant;

/** One buyer request and what kefu decided about it (table {@code kefu_case}). */
public record CaseRecord(
    long id,
    String caseNumber,
    String channelAccount,
    String requestId,
    String requestFingerprint,
    String channel,
    String customerId,
    String orderNumber,
    String description,
    String desiredOutcome,
    String language,
    String piiMasked,
    String category,
    String emotion,
    String priority,
    String candidateGroup,
    CaseStatus status,
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
    Instant closedAt) {}
