package io.kefu.cases;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Passes a message that arrived through kefu's API to the process of a case that waits for it
 * (a message subscription of a process instance whose business key is the case number). Written
 * once because every such API answer needs the same guarantees: in one transaction the case is
 * found, the waiting process found, the caller's own records written and the message correlated,
 * so either all of it happens or none; and a wait that ends meanwhile (its timer fired, or
 * another answer came first) rolls all of it back and counts as {@link Outcome#NOT_WAITING}
 * (a 409 for the caller), not as an error.
 */
@Component
public class CaseMessages {

  private final CaseRepository cases;
  private final RuntimeService runtime;
  private final TransactionTemplate tx;

  public CaseMessages(CaseRepository cases, RuntimeService runtime, TransactionTemplate tx) {
    this.cases = cases;
    this.runtime = runtime;
    this.tx = tx;
  }

  /** What became of a message. */
  public enum Outcome {
    /** The waiting process took it; the caller's records are committed with it. */
    DELIVERED,
    /** No case with this number passes the caller's filter; nothing stored. */
    NO_CASE,
    /** The case's processes wait for no such message (or stopped waiting); nothing stored. */
    NOT_WAITING
  }

  /**
   * What the caller does once the case and the waiting process are known, before the message is
   * correlated, in the same transaction: its audit or timeline records, and the message's
   * variables on {@code correlation} (which it must not correlate itself). An exception rolls
   * everything back and reaches the caller of {@link #deliver}.
   */
  @FunctionalInterface
  public interface Preparation {
    void prepare(CaseRecord c, String processInstanceId, MessageCorrelationBuilder correlation);
  }

  /**
   * Finds the case and the process instance waiting for {@code message} (by business key),
   * lets {@code preparation} record and set variables, and correlates the message to that
   * instance - all in one transaction.
   *
   * @param filter which cases exist for this caller (e.g. only its channel account's)
   */
  public Outcome deliver(String caseNumber, String message, Predicate<CaseRecord> filter,
      Preparation preparation) {
    try {
      return tx.execute(status -> {
        Optional<CaseRecord> c = cases.findByNumber(caseNumber).filter(filter);
        if (c.isEmpty()) {
          return Outcome.NO_CASE;
        }
        List<Execution> waiting = runtime.createExecutionQuery()
            .processInstanceBusinessKey(caseNumber).messageEventSubscriptionName(message).list();
        if (waiting.isEmpty()) {
          return Outcome.NOT_WAITING;
        }
        String processInstanceId = waiting.get(0).getProcessInstanceId();
        MessageCorrelationBuilder correlation = runtime.createMessageCorrelation(message)
            .processInstanceId(processInstanceId);
        preparation.prepare(c.get(), processInstanceId, correlation);
        correlation.correlateWithResult();
        return Outcome.DELIVERED;
      });
    } catch (OptimisticLockingException | MismatchingMessageCorrelationException raced) {
      // the wait ended meanwhile (its timer fired, or another answer came first): rolled back
      return Outcome.NOT_WAITING;
    }
  }
}
