package io.kefu.platform.simulator;

import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a simulated outside system's work the way the real system would do it: in a transaction
 * of its own, committed when the call returns, whatever the caller's transaction does afterwards.
 * So a payment made by the simulator stays made when kefu's job rolls back, and the job's retry
 * with the same idempotency key must find it - as with the real gateway.
 */
public final class SimulatedSystem {

  private final TransactionTemplate ownTransaction;

  public SimulatedSystem(PlatformTransactionManager transactions) {
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Runs {@code work} in its own transaction. If two calls with the same idempotency key race
   * and the other one inserted first ({@link DuplicateKeyException}), runs {@code work} once more,
   * in a new transaction, where it finds the other call's result.
   */
  public <T> Outcome<T> run(Supplier<Outcome<T>> work) {
    try {
      return ownTransaction.execute(status -> work.get());
    } catch (DuplicateKeyException raced) {
      return ownTransaction.execute(status -> work.get());
    }
  }

  /**
   * What a simulated call produced: a value, or a business refusal (the code of the port's
   * refusal reason and a message), which the simulator throws as the port's checked exception
   * once its transaction committed.
   */
  public record Outcome<T>(T value, String refusal, String message) {

    public static <T> Outcome<T> of(T value) {
      return new Outcome<>(value, null, null);
    }

    public static <T> Outcome<T> refused(Enum<?> reason, String message) {
      return new Outcome<>(null, reason.name(), message);
    }

    public boolean isRefused() {
      return refusal != null;
    }
  }
}
