/**
 * How kefu's ports to outside systems (payment gateway, carriers, the marketplace...) report
 * what went wrong, so that the delegates calling them, and the engine, react in one way:
 *
 * <ul>
 *   <li><b>Business refusal</b> - the system works and says no (amount above what can be
 *       refunded, parcel already delivered, buyer's payment account closed). A checked
 *       {@link io.kefu.platform.integration.BusinessRefusalException} with a stable
 *       {@link io.kefu.platform.integration.BusinessRefusalException#code() code}; a delegate
 *       turns it into {@code new BpmnError(e.code(), e.getMessage())} and the model routes it
 *       (an agent chooses another remedy). Retrying does not help.
 *   <li><b>Technical failure</b> - the system cannot be reached, times out or answers with an
 *       error. An unchecked {@link io.kefu.platform.integration.ExternalSystemException}; the
 *       delegate lets it pass, the job is retried and, when the retries are used up, leaves an
 *       incident in Cockpit.
 *   <li><b>Caller's mistake</b> - an idempotency key reused for a different request
 *       ({@link io.kefu.platform.integration.IdempotencyConflictException}) or an invalid argument
 *       ({@link java.lang.IllegalArgumentException}): unchecked, an incident, a bug to fix.
 * </ul>
 *
 * <p>Every write to an outside system carries an idempotency key derived from the case (e.g. the
 * refund id {@code RF-<caseNumber>-1}), because jobs run at least once: the same key again
 * returns the first result and never repeats the effect.
 */
package io.kefu.platform.integration;
