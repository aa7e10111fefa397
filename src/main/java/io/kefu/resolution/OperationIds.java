package io.kefu.resolution;

/**
 * Idempotency keys of the requests resolution sends to outside systems, derived from the case
 * number and the purpose, so that a retried job sends the same key and the outside system does
 * the work once: {@code RF-CS-20261123-000001-1} is the case's first refund, {@code -2} its
 * second. Keep them stable: never derive them from a time or a random value.
 */
public final class OperationIds {
  private OperationIds() {}

  /** A refund: {@code RF-<caseNumber>-<n>}. */
  public static String refund(String caseNumber, int n) {
    return id("RF", caseNumber, n);
  }

  /** A coupon: {@code CP-<caseNumber>-<n>}. */
  public static String coupon(String caseNumber, int n) {
    return id("CP", caseNumber, n);
  }

  /** A reshipment: {@code RS-<caseNumber>-<n>}. */
  public static String reship(String caseNumber, int n) {
    return id("RS", caseNumber, n);
  }

  /** An expedite request to the carrier: {@code EX-<caseNumber>-<n>}. */
  public static String expedite(String caseNumber, int n) {
    return id("EX", caseNumber, n);
  }

  /** A claim with the carrier: {@code CL-<caseNumber>-<n>}. */
  public static String carrierClaim(String caseNumber, int n) {
    return id("CL", caseNumber, n);
  }

  /** A request to the seller to respond to an after-sales request: {@code AS-<caseNumber>-<n>}. */
  public static String afterSales(String caseNumber, int n) {
    return id("AS", caseNumber, n);
  }

  /** A store score deduction: {@code SP-<caseNumber>-<n>}. */
  public static String storePenalty(String caseNumber, int n) {
    return id("SP", caseNumber, n);
  }

  private static String id(String prefix, String caseNumber, int n) {
    if (caseNumber == null || caseNumber.isBlank()) {
      throw new IllegalArgumentException("A case number is required");
    }
    if (n < 1) {
      throw new IllegalArgumentException("The sequence number starts at 1");
    }
    return prefix + "-" + caseNumber + "-" + n;
  }
}
