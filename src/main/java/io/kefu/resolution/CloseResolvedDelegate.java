package io.kefu.resolution;

import io.kefu.cases.AuditTrail;
import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseStatus;
import io.kefu.cases.CaseVariables;
import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Templates;
import io.kefu.cases.AuditAction;
import io.kefu.cases.AuditEntry;
import io.kefu.notify.Phrase;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Close as resolved": the case is resolved; the buyer gets the "resolved" message with the
 * list of actions taken (the case's audit trail).
 */
@Component("closeResolved")
public class CloseResolvedDelegate implements JavaDelegate {

  private final CaseRepository cases;
  private final AuditTrail audit;
  private final Notifier notifier;

  public CloseResolvedDelegate(CaseRepository cases, AuditTrail audit, Notifier notifier) {
    this.cases = cases;
    this.audit = audit;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    List<Object> actions = audit.ofCase(caseId).stream()
        .map(CloseResolvedDelegate::describe).toList();
    cases.updateStatus(caseId, CaseStatus.RESOLVED);
    notifier.send(NotificationRequest.forStep(execution, Templates.RESOLVED)
        .timeline("RESOLVED")
        .actor(CaseEvent.SYSTEM)
        .value("closedWithoutReply", false)
        .value("actions", actions.isEmpty()
            ? List.of(io.kefu.notify.Phrase.of(Templates.ACTION_CASE_CLOSED, "caseNumber",
                execution.getBusinessKey()))
            : actions));
  }

  /** The phrase of a resolution action, with the values its audit snapshot recorded. */
  private static final Map<AuditAction, List<String>> PHRASE_VALUES = Map.of(
      AuditAction.REFUND, List.of("amount", "currency", "reference"),
      AuditAction.RESHIP, List.of("trackingNumber"),
      AuditAction.COUPON, List.of("value", "currency", "code", "validUntil"),
      AuditAction.EXPEDITE, List.of("ticket"),
      AuditAction.CARRIER_CLAIM, List.of("reference"));

  private static final Map<AuditAction, String> PHRASES = Map.of(
      AuditAction.REFUND, Templates.ACTION_REFUND,
      AuditAction.RESHIP, Templates.ACTION_RESHIP,
      AuditAction.COUPON, Templates.ACTION_COUPON,
      AuditAction.EXPEDITE, Templates.ACTION_EXPEDITE,
      AuditAction.CARRIER_CLAIM, Templates.ACTION_CARRIER_CLAIM);

  /**
   * An action taken, in the buyer's language where resolution recorded it (audit snapshot with
   * the phrase's values), else as recorded.
   */
  static Object describe(AuditEntry entry) {
    List<String> names = PHRASE_VALUES.get(entry.action());
    Map<String, Object> after = RemedySteps.readSnapshot(entry.after());
    if (names != null && after.keySet().containsAll(names)) {
      Map<String, Object> values = new HashMap<>();
      for (String name : names) {
        Object value = after.get(name);
        if ("validUntil".equals(name)) {
          try {
            value = Instant.parse(String.valueOf(value));
          } catch (RuntimeException notAnInstant) {
            // shown as recorded
          }
        }
        values.put(name, value == null ? "" : value);
      }
      return Phrase.of(PHRASES.get(entry.action()), values);
    }
    return entry.action() + ": " + entry.after();
  }
}
