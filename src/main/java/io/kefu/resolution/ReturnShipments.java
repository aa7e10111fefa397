package io.kefu.resolution;

import static io.kefu.resolution.SubProcessVariables.*;

import io.kefu.cases.CaseRecord;
import io.kefu.cases.CaseRepository;
import io.kefu.marketplace.ShippingCarrier;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The buyer's return tracking number, from a channel integration ({@code POST
 * /api/v1/requests/{caseNumber}/return-shipment}): passed (message {@value #MESSAGE}) to the
 * case's return-and-refund process waiting for it, which records it on the case in the same
 * transaction. Nothing is stored when no return waits.
 */
@Service
public class ReturnShipments {

  /** Message a waiting return-and-refund instance takes, correlated by business key. */
  public static final String MESSAGE = "ReturnTrackingNumber";

  private final CaseRepository cases;
  private final RuntimeService runtime;
  private final TransactionTemplate tx;

  public ReturnShipments(CaseRepository cases, RuntimeService runtime, TransactionTemplate tx) {
    this.cases = cases;
    this.runtime = runtime;
    this.tx = tx;
  }

  /** What became of a tracking number. */
  public enum Result {
    /** A waiting return took it. */
    DELIVERED,
    /** No such case (for this channel account). */
    NO_CASE,
    /** The case waits for no return tracking number. */
    NOT_WAITING
  }

  /**
   * Passes the tracking number to the case's waiting return.
   *
   * @param channelAccount the integration's account; only its own cases exist for it
   */
  public Result submit(String channelAccount, String caseNumber, ShippingCarrier carrier,
      String trackingNumber) {
    try {
      return deliver(channelAccount, caseNumber, carrier, trackingNumber);
    } catch (OptimisticLockingException | MismatchingMessageCorrelationException raced) {
      // the wait ended meanwhile (its timer fired, or another answer came first): rolled back
      return Result.NOT_WAITING;
    }
  }

  private Result deliver(String channelAccount, String caseNumber, ShippingCarrier carrier,
      String trackingNumber) {
    return tx.execute(status -> {
      Optional<CaseRecord> c = cases.findByNumber(caseNumber)
          .filter(found -> found.channelAccount().equals(channelAccount));
      if (c.isEmpty()) {
        return Result.NO_CASE;
      }
      List<Execution> waiting = runtime.createExecutionQuery()
          .processInstanceBusinessKey(caseNumber).messageEventSubscriptionName(MESSAGE).list();
      if (waiting.isEmpty()) {
        return Result.NOT_WAITING;
      }
      runtime.createMessageCorrelation(MESSAGE)
          .processInstanceId(waiting.get(0).getProcessInstanceId())
          .setVariable(RETURN_CARRIER, carrier.name())
          .setVariable(RETURN_TRACKING_NUMBER, trackingNumber)
          .setVariable(RETURN_SUBMITTED_BY, channelAccount)
          .correlateWithResult();
      return Result.DELIVERED;
    });
  }
}
