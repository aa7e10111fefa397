package io.kefu.marketplace;

import static io.kefu.marketplace.DemoMarketplaceData.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.testsupport.KefuSpringTest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The simulator on the whole application and the run's test database (H2, or PostgreSQL with
 * {@code -Ppostgres}): the demo data was loaded by the Flyway callback at start-up.
 */
@KefuSpringTest
class SimulatedMarketplaceTest {

  @Autowired CustomerDirectory customers;
  @Autowired OrderDirectory orders;
  @Autowired SellerDirectory sellers;
  @Autowired DemoMarketplaceSeeder seeder;
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;

  private final DemoMarketplaceData demo = DemoMarketplaceData.generate();

  @Test
  void oneSimulatorServesAllThreePorts() {
    assertThat(customers).isInstanceOf(SimulatedMarketplace.class)
        .isSameAs(orders).isSameAs(sellers);
  }

  @Test
  void findsTheWellKnownCustomers() {
    Customer zh = customers.findCustomer("C00001").orElseThrow();
    assertThat(zh.displayName()).isEqualTo("张伟");
    assertThat(zh.tier()).isEqualTo(CustomerTier.NORMAL);
    assertThat(zh.preferredLanguage()).isEqualTo("zh");
    assertThat(zh.phoneLast4()).isEqualTo("6621");
    assertThat(zh.addressLast4()).isEqualTo("502室");
    assertThat(zh.riskFlags()).isEmpty();

    Customer vip = customers.findCustomer("C00002").orElseThrow();
    assertThat(vip.isVip()).isTrue();
    assertThat(vip.preferredLanguage()).isEqualTo("zh");

    Customer en = customers.findCustomer("C00003").orElseThrow();
    assertThat(en.displayName()).isEqualTo("Emily Carter");
    assertThat(en.preferredLanguage()).isEqualTo("en");
    assertThat(en.tier()).isEqualTo(CustomerTier.NORMAL);

    assertThat(customers.findCustomer("C00004").orElseThrow().riskFlags())
        .containsExactly(Customer.RECENT_ABNORMAL_LOGIN);
  }

  @Test
  void findsTheWellKnownOrders() {
    Order delivered = orders.findOrder("O2026110100001").orElseThrow();
    assertThat(delivered.customerId()).isEqualTo("C00001");
    assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
    assertThat(delivered.amount()).isEqualTo(new BigDecimal("269.00"));
    assertThat(delivered.carrier()).isEqualTo(ShippingCarrier.SF);
    assertThat(delivered.trackingNumber()).isEqualTo("SF1402638154729");
    assertThat(delivered.deliveredAt()).isEqualTo("2026-11-02T06:30:00Z");

    Order large = orders.findOrder("O2026111100001").orElseThrow();
    assertThat(large.customerId()).isEqualTo("C00002");
    assertThat(large.amount()).isEqualTo(new BigDecimal("12999.00"));
    assertThat(large.amount()).isGreaterThan(new BigDecimal("5000"));

    Order notYours = orders.findOrder(DemoMarketplaceData.ORDER_OF_OTHER_CUSTOMER).orElseThrow();
    assertThat(notYours.belongsTo("C00001")).isFalse();
    assertThat(notYours.belongsTo("C00005")).isTrue();

    Order unpaid = orders.findOrder(DemoMarketplaceData.ORDER_UNPAID).orElseThrow();
    assertThat(unpaid.paymentMethod()).isNull();
    assertThat(unpaid.paidAt()).isNull();
    assertThat(unpaid.carrier()).isNull();
  }

  @Test
  void findsTheWellKnownSellers() {
    Seller trusted = sellers.findSeller("S0001").orElseThrow();
    assertThat(trusted.storeName()).isEqualTo("极客数码旗舰店");
    assertThat(trusted.creditScore()).isEqualTo(96);
    assertThat(sellers.findSeller("S0002").orElseThrow().creditScore()).isEqualTo(58);
  }

  @Test
  void unknownIdsFindNothing() {
    assertThat(customers.findCustomer("C99999")).isEmpty();
    assertThat(customers.findCustomer("c00001")).isEmpty();
    assertThat(customers.findCustomer(null)).isEmpty();
    assertThat(customers.findCustomer(" ")).isEmpty();
    assertThat(orders.findOrder("O2099010100001")).isEmpty();
    assertThat(orders.findOrder("' OR '1'='1")).isEmpty();
    assertThat(orders.findOrder(null)).isEmpty();
    assertThat(sellers.findSeller("S9999")).isEmpty();
    assertThat(sellers.findSeller("")).isEmpty();
    assertThat(orders.ordersOf("C99999")).isEmpty();
    assertThat(orders.ordersOf(null)).isEmpty();
  }

  @Test
  void listsTheOrdersOfACustomerNewestFirst() {
    assertThat(orders.ordersOf("C00001")).extracting(Order::orderNumber)
        .containsExactly("O2026113000001", "O2026110100001", "O2026101000001");
    assertThat(orders.ordersOf("C00002")).extracting(Order::orderNumber)
        .containsExactly("O2026111100001", "O2026103000001");
    assertThat(orders.ordersOf("C00003")).extracting(Order::orderNumber)
        .containsExactly("O2026112800001", "O2026102400001");
    assertThat(orders.ordersOf("C00003")).allMatch(o -> o.belongsTo("C00003"));
  }

  @Test
  void findsShipmentsTheCarrierNeverCollected() {
    var fake = orders.uncollectedShipments(AS_OF.minus(Duration.ofHours(48)));
    assertThat(fake).extracting(Order::orderNumber)
        .contains(DemoMarketplaceData.ORDER_FAKE_SHIPMENT);
    assertThat(fake).hasSize((int) demo.orders().stream()
        .filter(o -> o.isAwaitingCollection()
            && o.shippedAt().isBefore(AS_OF.minus(Duration.ofHours(48)))).count());
    assertThat(fake).allMatch(Order::isAwaitingCollection);
    assertThat(orders.uncollectedShipments(DemoMarketplaceData.FROM)).isEmpty();
  }

  @Test
  void everyDemoRowReadsBackAsGenerated() {
    for (Customer customer : demo.customers()) {
      assertThat(customers.findCustomer(customer.id())).contains(customer);
    }
    for (Seller seller : demo.sellers()) {
      assertThat(sellers.findSeller(seller.id())).contains(seller);
    }
    for (Order order : demo.orders()) {
      assertThat(orders.findOrder(order.orderNumber())).contains(order);
    }
    // the large-history generator's smoke test (PostgreSQL) adds customers G0000001...
    assertThat(jdbc.sql("SELECT COUNT(*) FROM mkt_customer WHERE id NOT LIKE 'G%'")
        .query(Long.class).single()).isEqualTo(demo.customers().size());
    assertThat(count("mkt_seller")).isEqualTo(demo.sellers().size());
    assertThat(count("mkt_order")).isEqualTo(demo.orders().size());
  }

  @Test
  void seedsOnlyEmptyTables() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(seeder.seedIfEmpty(connection)).isFalse();
    }
    assertThat(count("mkt_order")).isEqualTo(demo.orders().size());
  }

  private long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }
}
