package io.kefu.resolution;

import static io.kefu.resolution.SubProcessVariables.*;

import io.kefu.cases.AuditAction;
import io.kefu.cases.AuditTrail;
import io.kefu.cases.CaseMessages;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A seller's answer to an after-sales request - from the sellers' integration ({@code POST
 * /api/v1/requests/{caseNumber}/seller-response}, group {@code sellers}) or from the simulated
 * seller desk - audited and passed (message {@value #MESSAGE}) to the case's seller-after-sales
 * process waiting for it, in one transaction: either both happen or neither.
 */
@Service
public class SellerResponses {

  /** Message a waiting seller-after-sales instance takes, correlated by business key. */
  public static final String MESSAGE = "SellerResponse";

  private static final Logger log = LoggerFactory.getLogger(SellerResponses.class);

  private final CaseMessages messages;
  private final AuditTrail audit;
  private final RuntimeService runtime;

  public SellerResponses(CaseMessages messages, AuditTrail audit, RuntimeService runtime) {
    this.messages = messages;
    this.audit = audit;
    this.runtime = runtime;
  }

  /**
   * Records the seller's answer and passes it to the waiting process.
   *
   * @param decision {@link SellerDecision#ACCEPTED} or {@link SellerDecision#REJECTED}
   * @param comment the seller's note, or null
   * @param actor who delivered it (the integration's account, or "simulator")
   * @return DELIVERED when a waiting process took it, NO_CASE for no case with this number,
   *     NOT_WAITING when the case waits for no seller answer (none asked, answered already, or
   *     too late)
   */
  public CaseMessages.Outcome receive(String caseNumber, SellerDecision decision, String comment,
      String actor) {
    if (decision == SellerDecision.AUTO_APPROVED) {
      throw new IllegalArgumentException("A seller answers ACCEPTED or REJECTED");
    }
    CaseMessages.Outcome outcome = messages.deliver(caseNumber, MESSAGE, c -> true,
        (c, processInstanceId, correlation) -> {
          Object askId = runtime.getVariable(processInstanceId, ASK_ID);
          audit.record(c.id(), actor, AuditAction.SELLER_AFTER_SALES_RESPONSE,
              "the seller answered the after-sales request: " + decision,
              Snapshots.of("status", SellerRequestStatus.AWAITING_SELLER.name()),
              Snapshots.of("decision", decision.name(), "comment", comment),
              askId == null ? null : askId.toString());
          correlation
              .setVariable(SELLER_DECISION, decision.name())
              .setVariable(SELLER_COMMENT, comment)
              .setVariable(SELLER_RESPONDED_BY, actor);
        });
    if (outcome == CaseMessages.Outcome.DELIVERED) {
      log.info("Seller answer {} for case {} passed to its process", decision, caseNumber);
    }
    return outcome;
  }
}
