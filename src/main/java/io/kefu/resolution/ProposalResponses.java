package io.kefu.resolution;

import io.kefu.cases.CaseRecord;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseStatus;
import io.kefu.intake.CaseQueries;
import io.kefu.intake.PrivacyGuard;
import io.kefu.platform.web.ApiProblem;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The buyer accepts or refuses the proposed remedy: correlated as message
 * {@value #MESSAGE_NAME} to the case's {@code resolve-request} process while it waits for the
 * answer, and added to the buyer-visible timeline - in one transaction, so either both happen or
 * neither (409 when no proposal waits for an answer).
 */
@Service
public class ProposalResponses {

  public static final String MESSAGE_NAME = "ProposalResponse";

  private final CaseQueries queries;
  private final CaseRepository cases;
  private final PrivacyGuard privacy;
  private final RuntimeService runtime;
  private final TransactionTemplate tx;

  public ProposalResponses(CaseQueries queries, CaseRepository cases, PrivacyGuard privacy,
      RuntimeService runtime, TransactionTemplate tx) {
    this.queries = queries;
    this.cases = cases;
    this.privacy = privacy;
    this.runtime = runtime;
    this.tx = tx;
  }

  /** The answer to an answer: the case and what the buyer chose. */
  public record Recorded(String caseNumber, boolean accepted) {}

  /**
   * @throws ApiProblem 404 for a case this channel account did not submit, 409 when the case
   *     waits for no answer to a proposal (none made yet, already answered, or closed; also when
   *     the wait ended while this answer was being recorded)
   */
  public Recorded respond(String channelAccount, String caseNumber, ProposalResponse response) {
    try {
      return record(channelAccount, caseNumber, response);
    } catch (OptimisticLockingException raced) {
      // the wait ended meanwhile (its timer fired, or another answer came first): rolled back
      throw notPending(caseNumber);
    }
  }

  private static ApiProblem notPending(String caseNumber) {
    return new ApiProblem(HttpStatus.CONFLICT, "no-proposal-pending",
        "No proposal awaits an answer",
        "Case " + caseNumber.replaceAll("[^A-Za-z0-9-]", "")
            + " has no proposal waiting for the buyer's answer");
  }

  private Recorded record(String channelAccount, String caseNumber, ProposalResponse response) {
    return tx.execute(status -> {
      CaseRecord c = queries.ownCase(channelAccount, caseNumber);
      boolean accepted = Boolean.TRUE.equals(response.accepted());
      String reason = response.reason() == null || response.reason().isBlank() ? null
          : privacy.redact(response.reason()).text();
      cases.addEvent(c.id(), accepted ? "PROPOSAL_ACCEPTED" : "PROPOSAL_REFUSED",
          "buyer:" + c.customerId(), true,
          accepted ? "买家接受方案 The buyer accepts the proposal"
              : "买家拒绝方案 The buyer refuses the proposal" + (reason == null ? "" : ": " + reason),
          reason);
      cases.updateStatus(c.id(), CaseStatus.DIAGNOSED); // a next proposal sets it again
      boolean delivered = !runtime.createMessageCorrelation(MESSAGE_NAME)
          .processInstanceBusinessKey(c.caseNumber())
          .setVariable("proposalAccepted", accepted)
          .setVariable("proposalRefusalReason", reason)
          .correlateAllWithResult().isEmpty();
      if (!delivered) {
        // rolls back the timeline entry: nothing half-stored
        throw notPending(c.caseNumber());
      }
      return new Recorded(c.caseNumber(), accepted);
    });
  }
}
