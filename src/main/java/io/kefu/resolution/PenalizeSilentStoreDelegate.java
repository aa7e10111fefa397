package io.kefu.resolution;

import static io.kefu.resolution.SubProcessVariables.*;

import io.kefu.cases.AuditAction;
import io.kefu.cases.AuditTrail;
import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseVariables;
import io.kefu.marketplace.SellerActionRefusedException;
import io.kefu.marketplace.SellerActions;
import io.kefu.marketplace.StoreScoreChange;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Reduce store score" (after a transaction boundary): deducts
 * {@code kefu.resolution.seller-after-sales.unanswered-penalty-points} from the store that left
 * the request unanswered, once: the penalty id {@code SP-<case>-<n>} belongs to the ask
 * {@code AS-<case>-<n>}, so a retried job (or a second run of the step) deducts nothing more and
 * adds no second audit entry. A refusal (seller unknown, score locked) is BPMN error
 * {@code <reason>}.
 */
@Component("penalizeSilentStore")
public class PenalizeSilentStoreDelegate implements JavaDelegate {

  private final SellerActions sellerActions;
  private final AuditTrail audit;
  private final SellerAfterSalesSettings settings;

  public PenalizeSilentStoreDelegate(SellerActions sellerActions, AuditTrail audit,
      SellerAfterSalesSettings settings) {
    this.sellerActions = sellerActions;
    this.audit = audit;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = caseNumber(execution);
    int n = ((Number) execution.getVariable(ASK_NO)).intValue();
    String penaltyId = OperationIds.storePenalty(caseNumber, n);
    String sellerId = string(execution, SELLER_ID);
    String reason = "after-sales request " + string(execution, ASK_ID) + " of case " + caseNumber
        + " left unanswered for " + settings.getResponseTime();
    StoreScoreChange change;
    try {
      change = sellerActions.reduceStoreScore(sellerId, penaltyId,
          settings.getUnansweredPenaltyPoints(), reason);
    } catch (SellerActionRefusedException e) {
      throw new BpmnError(e.code(), e.getMessage());
    }
    audit.record(CaseVariables.caseId(execution), CaseEvent.SYSTEM,
        AuditAction.SELLER_SCORE_CHANGE, reason,
        Snapshots.of("seller", change.sellerId(), "score", change.scoreBefore()),
        Snapshots.of("seller", change.sellerId(), "score", change.scoreAfter(),
            "pointsDeducted", change.points()),
        penaltyId);
    execution.setVariable("storePenaltyId", penaltyId);
    execution.setVariable("storeScoreAfter", change.scoreAfter());
  }
}
