package io.kefu.resolution;

import static io.kefu.resolution.SubProcessVariables.*;

import io.kefu.cases.AuditAction;
import io.kefu.cases.AuditTrail;
import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Approve automatically": the seller left the request unanswered for the response time (seed
 * 003); sellerDecision AUTO_APPROVED, audited as the platform's decision.
 */
@Component("autoApproveAfterSales")
public class AutoApproveAfterSalesDelegate implements JavaDelegate {

  private final AuditTrail audit;
  private final SellerAfterSalesSettings settings;

  public AutoApproveAfterSalesDelegate(AuditTrail audit, SellerAfterSalesSettings settings) {
    this.audit = audit;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String comment = "no answer from the seller within " + settings.getResponseTime()
        + ": approved automatically (seed 003)";
    execution.setVariable(SELLER_DECISION, SellerDecision.AUTO_APPROVED.name());
    execution.setVariable(SELLER_COMMENT, comment);
    execution.setVariable(SELLER_RESPONDED_BY, CaseEvent.SYSTEM);
    audit.record(CaseVariables.caseId(execution), CaseEvent.SYSTEM,
        AuditAction.SELLER_AFTER_SALES_RESPONSE, comment,
        Snapshots.of("status", SellerRequestStatus.AWAITING_SELLER.name(),
            "respondBy", String.valueOf(execution.getVariable(SELLER_RESPOND_BY))),
        Snapshots.of("decision", SellerDecision.AUTO_APPROVED.name()),
        string(execution, ASK_ID));
  }
}
