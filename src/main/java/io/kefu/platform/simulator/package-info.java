/**
 * Shared machinery of kefu's built-in <b>simulators</b> of outside systems (the marketplace, the
 * payment gateway, the coupon service, the carriers, sellers' after-sales desk): failure injection
 * and the operators' control endpoint. See {@code docs/simulators.md}.
 *
 * <ul>
 *   <li>{@link io.kefu.platform.simulator.Simulator} - what each simulator bean declares: its
 *       name, operations and business refusal codes.
 *   <li>{@link io.kefu.platform.simulator.SimulatorControl} - tells simulators to fail (table
 *       {@code sim_failure}); empty by default, so no simulator fails unless told to.
 *   <li>{@link io.kefu.platform.simulator.SimulatorControlController} - the back-office endpoint
 *       under {@code /api/v1/simulators/**} (group {@code camunda-admin}), present only with
 *       {@code kefu.simulators.enabled=true}
 *       ({@link io.kefu.platform.simulator.SimulatorEndpoint}).
 * </ul>
 */
package io.kefu.platform.simulator;
