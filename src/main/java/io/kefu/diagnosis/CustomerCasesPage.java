package io.kefu.diagnosis;

import java.time.Instant;
import java.util.List;

/** One page of a customer's cases, newest first. */
public record CustomerCasesPage(
    String customerId,
    int page,
    int size,
    long totalElements,
    int totalPages,
    List<Summary> cases) {

  /** A case in a customer's history. */
  public record Summary(String caseNumber, String status, String category, String priority,
      String channel, String orderNumber, String candidateGroup, String diagnosedBy,
      Instant createdAt, Instant closedAt) {}
}
