/**
 * Resolution: the remedies kefu carries out for a buyer, and the outside systems they need.
 *
 * <p>Ports (interface + records; one real system behind each, see each port's documentation):
 * {@link io.kefu.resolution.PaymentGateway} (refunds), {@link io.kefu.resolution.CouponService}
 * (coupons), {@link io.kefu.resolution.Carrier} (tracking, expedite, return parcels, claims) and
 * {@link io.kefu.resolution.SellerAfterSales} (asking the seller to respond). Reships and store
 * score deductions go through the marketplace's ports {@link io.kefu.marketplace.OrderActions}
 * and {@link io.kefu.marketplace.SellerActions}.
 *
 * <p>Contract for the delegates of {@code processes/resolve-request.bpmn}
 * (see {@link io.kefu.platform.integration}):
 * <ul>
 *   <li>every write carries an idempotency key from {@link io.kefu.resolution.OperationIds};
 *       jobs run at least once, the same key never repeats the effect;
 *   <li>a business refusal is a checked exception with a {@code code()}: throw
 *       {@code new BpmnError(e.code(), e.getMessage())};
 *   <li>anything unchecked is technical: let it pass, the job retries, then leaves an incident;
 *   <li>record each action in the audit trail ({@link io.kefu.cases.AuditTrail}) in the same
 *       job, with the idempotency key as external reference.
 * </ul>
 *
 * <p>Carrier events come in through {@link io.kefu.resolution.CarrierEvents} (webhook
 * {@code POST /api/v1/carrier-events}, group {@code carriers}) and are correlated as messages
 * {@code ReturnReceived} (variable {@code returnTrackingNumber}) and {@code ParcelEvent}
 * (variable {@code trackingNumber}).
 *
 * <p>Built-in <b>simulators</b> ({@code Simulated*}, backed by kefu's {@code sim_*} tables) let
 * kefu run stand-alone; they are removed with {@code kefu.resolution.simulator.enabled=false}
 * when real adapters are provided. See {@code docs/simulators.md}.
 */
package io.kefu.resolution;
