package io.kefu.cases;

import java.time.Instant;

/**
 * One row of the audit trail ({@code kefu_audit}); never changed once written.
 *
 * @param id the row's id
 * @param occurredAt when the action was recorded (UTC)
 * @param actor the user id of whoever took the action, or {@link CaseEvent#SYSTEM} ("kefu") for
 *     automatic steps
 * @param caseId the case the action was taken for
 * @param action what was done
 * @param reason why (never blank)
 * @param before a short JSON or text snapshot of the state before, or {@code null}
 * @param after a short JSON or text snapshot of the state after, or {@code null}
 * @param externalReference the id the outside system knows the action by (refund id, carrier
 *     ticket...), or {@code null}
 */
public record AuditEntry(
    long id,
    Instant occurredAt,
    String actor,
    long caseId,
    AuditAction action,
    String reason,
    String before,
    String after,
    String externalReference) {}
