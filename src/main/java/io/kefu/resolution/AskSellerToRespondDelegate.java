package io.kefu.resolution;

import static io.kefu.resolution.SubProcessVariables.*;

import io.kefu.cases.AuditAction;
import io.kefu.cases.AuditTrail;
import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRecord;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseVariables;
import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Templates;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Ask seller to respond" (after a transaction boundary): puts the buyer's after-sales request on
 * the store's desk with the deadline ({@code kefu.resolution.seller-after-sales.response-time} of
 * business time from now), audits it and tells the buyer until when the seller may answer.
 *
 * <p>Idempotent: the ask id is {@code AS-<case>-<n>}, n one more than the case's earlier asks in
 * the audit trail; a retried job (whose audit entry rolled back with it) sends the same id, and
 * the marketplace returns the first request. A refusal (store closed, order unknown) is BPMN
 * error {@code <reason>}.
 */
@Component("askSellerToRespond")
public class AskSellerToRespondDelegate implements JavaDelegate {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final SellerAfterSales sellers;
  private final CaseRepository cases;
  private final AuditTrail audit;
  private final Notifier notifier;
  private final SellerAfterSalesSettings settings;
  private final EngineDeadlines deadlines;
  private final ZoneId zone;

  public AskSellerToRespondDelegate(SellerAfterSales sellers, CaseRepository cases,
      AuditTrail audit, Notifier notifier, SellerAfterSalesSettings settings,
      EngineDeadlines deadlines, @Value("${kefu.zone:Asia/Shanghai}") String zone) {
    this.sellers = sellers;
    this.cases = cases;
    this.audit = audit;
    this.notifier = notifier;
    this.settings = settings;
    this.deadlines = deadlines;
    this.zone = ZoneId.of(zone);
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    String caseNumber = caseNumber(execution);
    CaseRecord c = cases.findById(caseId)
        .orElseThrow(() -> new IllegalStateException("No case " + caseId));
    String orderNumber = orderNumber(execution, cases);
    if (orderNumber == null) {
      throw new IllegalStateException("Case " + caseNumber + " has no order to ask a seller about");
    }
    AfterSalesKind kind = AfterSalesKind.valueOf(String.valueOf(
        execution.getVariable(AFTER_SALES_KIND)));
    int n = (int) audit.ofCase(caseId).stream()
        .filter(e -> e.action() == AuditAction.SELLER_AFTER_SALES_REQUEST).count() + 1;
    String askId = OperationIds.afterSales(caseNumber, n);
    Instant respondBy = deadlines.fromNow(settings.getResponseTime());
    SellerRequest request;
    try {
      request = sellers.askSellerToRespond(new AfterSalesAsk(askId, caseNumber, orderNumber,
          kind, message(c, kind, respondBy), respondBy));
    } catch (SellerAfterSalesRefusedException e) {
      throw new BpmnError(e.code(), e.getMessage());
    }
    audit.record(caseId, CaseEvent.SYSTEM, AuditAction.SELLER_AFTER_SALES_REQUEST,
        "the buyer asks for " + kind + "; the seller must answer within "
            + settings.getResponseTime() + " or the request is approved automatically",
        null, Snapshots.of("requestId", request.requestId(), "seller", request.sellerId(),
            "order", orderNumber, "kind", kind.name(),
            "respondBy", String.valueOf(request.respondBy())), askId);
    execution.setVariable(ASK_ID, askId);
    execution.setVariable(ASK_NO, n);
    execution.setVariable(SELLER_REQUEST_ID, request.requestId());
    execution.setVariable(SELLER_ID, request.sellerId());
    execution.setVariable(SELLER_RESPOND_BY, Date.from(request.respondBy()));
    execution.setVariable(SELLER_DECISION, null);
    execution.setVariable(SELLER_COMMENT, null);
    notifier.send(NotificationRequest.forStep(execution, Templates.SELLER_ASKED)
        .timeline("SELLER_ASKED", "after-sales request " + askId)
        .occurrence(askId)
        .value("respondBy", request.respondBy()));
  }

  /** What the seller reads: the request, the case's (masked) facts and the deadline. */
  private String message(CaseRecord c, AfterSalesKind kind, Instant respondBy) {
    String facts = c.diagnosisSummary() != null && !c.diagnosisSummary().isBlank()
        ? c.diagnosisSummary() : c.description();
    String text = "买家售后申请 After-sales request " + kind + "，工单 case " + c.caseNumber()
        + "。请于 " + WHEN.format(respondBy.atZone(zone)) + " (" + zone + ") 前处理，逾期将自动同意"
        + "并扣除店铺分 / Answer by then or the request is approved automatically and the store's "
        + "score reduced. 情况 Facts: " + (facts == null ? "-" : facts);
    return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
  }
}
