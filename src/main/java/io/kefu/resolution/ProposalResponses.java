package io.kefu.resolution;

import io.kefu.cases.CaseMessages;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseStatus;
import io.kefu.intake.CaseQueries;
import io.kefu.intake.PrivacyGuard;
import io.kefu.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The buyer accepts or refuses the proposed remedy: correlated as message
 * {@value #MESSAGE_NAME} to the case's {@code resolve-request} process while it waits for the
 * answer, and added to the buyer-visible timeline - in one transaction, so either both happen or
 * neither (409 when no proposal waits for an answer).
 */
@Service
public class ProposalResponses {

  public static final String MESSAGE_NAME = "ProposalResponse";

  private final CaseMessages messages;
  private final CaseRepository cases;
  private final PrivacyGuard privacy;

  public ProposalResponses(CaseMessages messages, CaseRepository cases, PrivacyGuard privacy) {
    this.messages = messages;
    this.cases = cases;
    this.privacy = privacy;
  }

  /** The answer to an answer: the case and what the buyer chose. */
  public record Recorded(String caseNumber, boolean accepted) {}

  /**
   * @throws ApiProblem 404 for a case this channel account did not submit, 409 when the case
   *     waits for no answer to a proposal (none made yet, already answered, or closed; also when
   *     the wait ended while this answer was being recorded)
   */
  public Recorded respond(String channelAccount, String caseNumber, ProposalResponse response) {
    boolean accepted = Boolean.TRUE.equals(response.accepted());
    CaseMessages.Outcome outcome = messages.deliver(caseNumber, MESSAGE_NAME,
        c -> c.channelAccount().equals(channelAccount),
        (c, processInstanceId, correlation) -> {
          String reason = response.reason() == null || response.reason().isBlank() ? null
              : privacy.redact(response.reason()).text();
          cases.addEvent(c.id(), accepted ? "PROPOSAL_ACCEPTED" : "PROPOSAL_REFUSED",
              "buyer:" + c.customerId(), true,
              accepted ? "买家接受方案 The buyer accepts the proposal"
                  : "买家拒绝方案 The buyer refuses the proposal"
                      + (reason == null ? "" : ": " + reason),
              reason);
          cases.updateStatus(c.id(), CaseStatus.DIAGNOSED); // a next proposal sets it again
          correlation
              .setVariable("proposalAccepted", accepted)
              .setVariable("proposalRefusalReason", reason);
        });
    return switch (outcome) {
      case DELIVERED -> new Recorded(caseNumber, accepted);
      case NO_CASE -> throw CaseQueries.noSuchCase(caseNumber);
      // none made yet, already answered, closed, or the wait ended meanwhile: nothing stored
      case NOT_WAITING -> throw notPending(caseNumber);
    };
  }

  private static ApiProblem notPending(String caseNumber) {
    return new ApiProblem(HttpStatus.CONFLICT, "no-proposal-pending",
        "No proposal awaits an answer",
        "Case " + caseNumber.replaceAll("[^A-Za-z0-9-]", "")
            + " has no proposal waiting for the buyer's answer");
  }
}
