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

  /**
   * Passes the tracking number to the case's waiting return.
   *
   * @param channelAccount the integration's account; only its own cases exist for it
   * @return DELIVERED when a waiting return took it, NO_CASE for no such case (for this channel
   *     account), NOT_WAITING when the case waits for no return tracking number
   */
  public CaseMessages.Outcome submit(String channelAccount, String caseNumber, ShippingCarrier carrier,
      String trackingNumber) {
    return messages.deliver(caseNumber, MESSAGE,
        c -> c.channelAccount().equals(channelAccount),
        (c, processInstanceId, correlation) -> correlation
            .setVariable(RETURN_CARRIER, carrier.name())
            .setVariable(RETURN_TRACKING_NUMBER, trackingNumber)
            .setVariable(RETURN_SUBMITTED_BY, channelAccount));
  }
}
