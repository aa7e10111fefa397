/**
 * Seller compliance: kefu enforces marketplace rules on sellers.
 *
 * <p><b>Fake shipments</b> (seed 003): {@code processes/fake-shipment-check.bpmn} is a
 * timer-started sweep ({@code kefu.fake-shipments.check-cycle}) that finds orders whose tracking
 * number was uploaded but not collected by the carrier within {@code
 * kefu.fake-shipments.uncollected-after} (wall-clock time), opens a proactive case for the buyer
 * through kefu's normal intake ({@link io.kefu.intake.IntakeService}, channel {@code PROACTIVE},
 * request id {@code fake-shipment-<order>}) and records a warning against the seller ({@link
 * io.kefu.sellercompliance.SellerWarnings}, table {@code kefu_seller_warning}, plus an audit
 * entry {@code SELLER_WARNING} on the case). Every step is idempotent: jobs run at least once and
 * the sweep runs again every cycle.
 */
package io.kefu.sellercompliance;
