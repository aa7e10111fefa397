/**
 * The marketplace's customers, sellers and orders, as kefu sees them.
 *
 * <p>kefu does not own these records: the marketplace does. Every other capability reads them
 * only through the ports {@link io.kefu.marketplace.CustomerDirectory},
 * {@link io.kefu.marketplace.OrderDirectory} and {@link io.kefu.marketplace.SellerDirectory}, and
 * the records {@link io.kefu.marketplace.Customer}, {@link io.kefu.marketplace.Order} and
 * {@link io.kefu.marketplace.Seller}.
 *
 * <p>Customer service may also act on the marketplace through two ports: {@link
 * io.kefu.marketplace.OrderActions} (have the seller reship an order) and {@link
 * io.kefu.marketplace.SellerActions} (deduct points from a store's score), both idempotent by the
 * caller's key; refusals are {@link io.kefu.marketplace.OrderActionRefusedException} and {@link
 * io.kefu.marketplace.SellerActionRefusedException} (see {@code io.kefu.platform.integration}).
 * Their simulator is {@link io.kefu.marketplace.SimulatedMarketplaceActions} (tables
 * {@code sim_reshipment}, {@code sim_seller_penalty}; see {@code docs/simulators.md}).
 *
 * <p>The built-in implementation, {@link io.kefu.marketplace.SimulatedMarketplace}, is a
 * <em>simulator</em> backed by kefu's own {@code mkt_*} tables so that kefu runs stand-alone; a
 * deployment connected to a real marketplace provides its own beans for the ports and turns the
 * simulator off ({@code kefu.marketplace.simulator.enabled=false}).
 * {@link io.kefu.marketplace.DemoMarketplaceData} generates the simulator's deterministic demo
 * data, including the well-known records the README and the tests use, and
 * {@link io.kefu.marketplace.DemoMarketplaceSeeder} loads it right after Flyway's migration when
 * {@code kefu.demo.enabled=true}.
 */
package io.kefu.marketplace;
