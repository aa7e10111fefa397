package io.kefu.resolution;

import static io.kefu.resolution.SubProcessVariables.*;

import io.kefu.cases.CaseMessages;
import io.kefu.marketplace.ShippingCarrier;
import org.springframework.stereotype.Service;

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

  private final CaseMessages messages;

  public ReturnShipments(CaseMessages messages) {
    this.messages = messages;
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
    CaseMessages.Outcome outcome = messages.deliver(caseNumber, MESSAGE,
        c -> c.channelAccount().equals(channelAccount),
        (c, processInstanceId, correlation) -> correlation
            .setVariable(RETURN_CARRIER, carrier.name())
            .setVariable(RETURN_TRACKING_NUMBER, trackingNumber)
            .setVariable(RETURN_SUBMITTED_BY, channelAccount));
    return switch (outcome) {
      case DELIVERED -> Result.DELIVERED;
      case NO_CASE -> Result.NO_CASE;
      case NOT_WAITING -> Result.NOT_WAITING;
    };
  }
}
