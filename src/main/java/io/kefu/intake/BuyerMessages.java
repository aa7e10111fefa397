package io.kefu.intake;

import io.kefu.cases.CaseRecord;
import io.kefu.cases.CaseRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A buyer's follow-up message: masked, added to the timeline, and correlated (message
 * {@code BuyerMessage}) to the case's process if it waits for the buyer - in one transaction.
 *
 * <p>Not through {@link io.kefu.cases.CaseMessages}, which stores nothing unless a process
 * takes the message: a buyer's message belongs on the timeline whether or not a process waits
 * for it (a repeat is neither stored nor passed on), and when the wait ends meanwhile the whole
 * transaction fails and the channel retries, rather than being told the message was taken.
 */
@Service
public class BuyerMessages {

  public static final String MESSAGE_NAME = "BuyerMessage";

  private final CaseQueries queries;
  private final CaseRepository cases;
  private final PrivacyGuard privacy;
  private final RuntimeService runtime;
  private final TransactionTemplate tx;

  public BuyerMessages(CaseQueries queries, CaseRepository cases, PrivacyGuard privacy,
      RuntimeService runtime, TransactionTemplate tx) {
    this.queries = queries;
    this.cases = cases;
    this.privacy = privacy;
    this.runtime = runtime;
    this.tx = tx;
  }

  /** The answer to a message: whether it was a repeat, and whether a process took it. */
  public record Accepted(String caseNumber, boolean duplicate, boolean deliveredToProcess) {}

  public Accepted accept(String channelAccount, String caseNumber, BuyerMessage message) {
    return tx.execute(status -> {
      CaseRecord c = queries.ownCase(channelAccount, caseNumber);
      PrivacyGuard.Redaction text = privacy.redact(message.text());
      boolean added = cases.addEvent(c.id(), "BUYER_MESSAGE", "buyer:" + c.customerId(), true,
          text.text(), message.confirmation(), message.messageId());
      if (!added) {
        return new Accepted(c.caseNumber(), true, false);
      }
      if (text.changed()) {
        cases.addEvent(c.id(), "PRIVACY_MASKED", "kefu", false,
            "Personal data masked in a buyer message", "privacy guard");
      }
      var correlation = runtime.createMessageCorrelation(MESSAGE_NAME)
          .processInstanceBusinessKey(c.caseNumber())
          .setVariable("buyerConfirmation",
              message.confirmation() == null ? "NONE" : message.confirmation())
          .setVariable("lastBuyerMessage", text.text());
      boolean delivered = !correlation.correlateAllWithResult().stream()
          .map(MessageCorrelationResult::getExecution).toList().isEmpty();
      return new Accepted(c.caseNumber(), false, delivered);
    });
  }
}
