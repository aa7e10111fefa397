package io.kefu.resolution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.cases.CaseEvent;
import io.kefu.marketplace.Order;
import io.kefu.marketplace.OrderDirectory;
import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Phrase;
import io.kefu.notify.Templates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What the steps of {@code resolve-request.bpmn} share: the case's order, who decided the
 * remedy (the audit trail's actor), why (its reason), the buyer's progress message and the
 * audit snapshots (small JSON objects, read back by {@link CloseResolvedDelegate}).
 */
@Component
public class RemedySteps {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OrderDirectory orders;
  private final Notifier notifier;

  public RemedySteps(OrderDirectory orders, Notifier notifier) {
    this.orders = orders;
    this.notifier = notifier;
  }

  /** The case's order; a resolution needs one for every remedy that touches it. */
  public Order order(VariableScope scope) {
    String orderNumber = string(scope, "orderNumber");
    if (orderNumber == null) {
      return null;
    }
    return orders.findOrder(orderNumber).orElseThrow(
        () -> new IllegalStateException("Order " + orderNumber + " no longer exists"));
  }

  /**
   * The case's order for a step that acts on its parcel.
   *
   * @param purpose what the step does with the parcel, for the error message ("expedite")
   * @throws BpmnError {@code UNKNOWN_PARCEL} when the case has no order or the order no parcel
   */
  public Order orderWithParcel(VariableScope scope, String purpose) {
    Order order = order(scope);
    if (order == null || !order.hasParcel()) {
      throw new BpmnError(CarrierRefusedException.Reason.UNKNOWN_PARCEL.name(),
          "The order has no parcel to " + purpose);
    }
    return order;
  }

  public static String caseNumber(VariableScope scope) {
    String number = string(scope, "caseNumber");
    if (number == null) {
      throw new IllegalStateException("Process variable caseNumber is missing");
    }
    return number;
  }

  /**
   * Who the remedy is carried out for: the senior agent who last decided how to continue after
   * a refusal, else the senior agent who approved it (the first offer), else the agent who
   * proposed it with the diagnosis, else kefu.
   */
  public static String actor(VariableScope scope) {
    String decider = string(scope, "failedRemedyDecidedBy");
    if (decider != null) {
      return decider;
    }
    String approver = string(scope, "approvedBy");
    if (approver != null && "APPROVE".equals(scope.getVariable("approvalDecision"))
        && integer(scope, "offerRound", 1) == 1) {
      return approver;
    }
    String proposer = string(scope, "diagnosedBy");
    return proposer == null ? CaseEvent.SYSTEM : proposer;
  }

  /** Why: the remedy and the diagnosis, at most 1000 characters. */
  public static String reason(VariableScope scope) {
    String summary = string(scope, "diagnosisSummary");
    String text = "补救方案 Remedy " + scope.getVariable("remedyToApply") + " ("
        + scope.getVariable("caseNumber") + ")" + (summary == null ? "" : ": " + summary);
    return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
  }

  /** The share of the order amount as money: scale 2, rounded down (never above the share). */
  public static BigDecimal share(BigDecimal amount, double share) {
    return amount.multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.DOWN);
  }

  public static String money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  public static String money(double amount) {
    return money(BigDecimal.valueOf(amount));
  }

  /** Tells the buyer what was just done (template {@code remedy-progress}). */
  public void tellBuyer(DelegateExecution execution, String timelineKind, Phrase action) {
    notifier.send(NotificationRequest.forStep(execution, Templates.REMEDY_PROGRESS)
        .timeline(timelineKind)
        .value("action", action));
  }

  /** An audit snapshot: a JSON object of the given pairs (name, value, name, value...). */
  public static String snapshot(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      map.put(String.valueOf(pairs[i]), pairs[i + 1]);
    }
    try {
      return JSON.writeValueAsString(map);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads a snapshot back; empty for text that is not a JSON object. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> readSnapshot(String json) {
    if (json == null || !json.startsWith("{")) {
      return Map.of();
    }
    try {
      return JSON.readValue(json, Map.class);
    } catch (JsonProcessingException e) {
      return Map.of();
    }
  }

  public static String string(VariableScope scope, String name) {
    return scope.getVariable(name) instanceof String s && !s.isBlank() ? s : null;
  }

  public static double number(VariableScope scope, String name) {
    return scope.getVariable(name) instanceof Number n ? n.doubleValue() : 0.0;
  }

  public static int integer(VariableScope scope, String name, int fallback) {
    return scope.getVariable(name) instanceof Number n ? n.intValue() : fallback;
  }
}
