package io.kefu.resolution;

import io.kefu.marketplace.ShippingCarrier;
import io.kefu.platform.integration.ExternalSystemException;
import io.kefu.platform.integration.IdempotencyConflictException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Port to the express carriers (顺丰, 中通, 圆通, 韵达, 京东物流, EMS), one port for all of them.
 * The real system is a logistics aggregator such as 菜鸟 (Cainiao) or 快递100 (Kuaidi100), or
 * each carrier's open platform: tracking queries, 催件 (expedite) and 理赔 (claims) requests, and a
 * push subscription for a parcel, whose events arrive at kefu's webhook
 * {@code POST /api/v1/carrier-events} ({@link CarrierEvents}). Built in: {@link SimulatedCarrier}.
 */
public interface Carrier {

  /**
   * The parcel's tracking history.
   *
   * @return the tracking, or empty when the carrier knows no parcel with this number
   * @throws ExternalSystemException the carrier cannot be reached or fails (technical)
   */
  Optional<Tracking> track(ShippingCarrier carrier, String trackingNumber);

  /**
   * Asks the carrier to expedite a parcel (催件). Idempotent by {@code expediteId}: the same id
   * again returns the first ticket.
   *
   * @param expediteId the idempotency key, {@link OperationIds#expedite(String, int)}
   * @param reason why, for the carrier's service desk; not blank
   * @throws CarrierRefusedException unknown parcel, never collected, already delivered, no
   *     expedited handling available (business)
   * @throws IdempotencyConflictException the id was used for another parcel
   * @throws ExternalSystemException the carrier cannot be reached or fails (technical)
   */
  ExpediteTicket expedite(String expediteId, ShippingCarrier carrier, String trackingNumber,
      String reason) throws CarrierRefusedException;

  /**
   * Registers the buyer's return parcel for a case and subscribes to its events: kefu is told
   * (a {@link ParcelState#RETURN_RECEIVED} carrier event) when it is received. Idempotent by
   * carrier and tracking number: registering it again for the same case returns the first
   * registration.
   *
   * @throws CarrierRefusedException not a valid tracking number of the carrier (or the order's
   *     own outbound parcel), or already registered for another case (business)
   * @throws ExternalSystemException the carrier cannot be reached or fails (technical)
   */
  ReturnShipment registerReturnShipment(String caseNumber, ShippingCarrier carrier,
      String trackingNumber) throws CarrierRefusedException;

  /**
   * Files a claim for a lost parcel (理赔). Idempotent by {@code claimId}.
   *
   * @param claimId the idempotency key, {@link OperationIds#carrierClaim(String, int)}
   * @param amount the amount claimed, positive, at most two decimals
   * @param currency ISO 4217
   * @param reason why; not blank
   * @throws CarrierRefusedException unknown parcel, parcel not lost or stuck, claim not accepted
   *     (business)
   * @throws IdempotencyConflictException the id was used for another parcel or amount
   * @throws ExternalSystemException the carrier cannot be reached or fails (technical)
   */
  CarrierClaim fileClaim(String claimId, ShippingCarrier carrier, String trackingNumber,
      BigDecimal amount, String currency, String reason) throws CarrierRefusedException;
}
