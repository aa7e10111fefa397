/**
 * The marketplace's customers, sellers and orders, as kefu sees them.
 *
 * <p>kefu does not own these records: the marketplace does. Every other capability reads them
 * only through the ports {@link io.kefu.marketplace.CustomerDirectory},
 * {@link io.kefu.marketplace.OrderDirectory} and {@link io.kefu.marketplace.SellerDirectory}, and
 * the records {@link io.kefu.marketplace.Customer}, {@link io.kefu.marketplace.Order} and
 * {@link io.kefu.marketplace.Seller}.
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
