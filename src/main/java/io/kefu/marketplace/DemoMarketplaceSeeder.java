package io.kefu.marketplace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the marketplace simulator's {@link DemoMarketplaceData} into the {@code mkt_*} tables,
 * right after Flyway's migration ({@link Event#AFTER_MIGRATE}), so the data exists before the
 * process engine starts. A Spring bean only with {@code kefu.demo.enabled=true}; Spring Boot hands
 * every {@link Callback} bean to Flyway.
 *
 * <p>Loads only into empty tables (no customer and no seller yet), in one transaction with JDBC
 * batch inserts: the demo data is there completely or not at all, and a restart, or data an
 * operator put there, is left alone.
 */
@Component
@ConditionalOnProperty(name = "kefu.demo.enabled", havingValue = "true")
public class DemoMarketplaceSeeder implements Callback {

  private static final Logger log = LoggerFactory.getLogger(DemoMarketplaceSeeder.class);

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.AFTER_MIGRATE;
  }

  /** Yes: Flyway then runs {@link #handle} in a transaction of its own and commits it. */
  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    try {
      seedIfEmpty(context.getConnection());
    } catch (SQLException e) {
      throw new IllegalStateException("Could not load the demo marketplace: " + e.getMessage(), e);
    }
  }

  @Override
  public String getCallbackName() {
    return "kefu-demo-marketplace";
  }

  /**
   * Inserts the demo data when the simulator's tables are empty, on the caller's connection and
   * transaction.
   *
   * @return whether it inserted anything
   */
  boolean seedIfEmpty(Connection connection) throws SQLException {
    if (count(connection, "mkt_customer") > 0 || count(connection, "mkt_seller") > 0) {
      log.debug("Demo marketplace already present, nothing loaded");
      return false;
    }
    DemoMarketplaceData data = DemoMarketplaceData.generate();
    insertSellers(connection, data.sellers());
    insertCustomers(connection, data.customers());
    insertOrders(connection, data.orders());
    log.info("Demo marketplace simulator loaded: {} customers, {} sellers, {} orders (seed {})",
        data.customers().size(), data.sellers().size(), data.orders().size(),
        DemoMarketplaceData.SEED);
    return true;
  }

  private static long count(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
         ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void insertSellers(Connection connection, List<Seller> sellers)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO mkt_seller (id, store_name, credit_score, store_score) VALUES (?, ?, ?, ?)")) {
      for (Seller seller : sellers) {
        insert.setString(1, seller.id());
        insert.setString(2, seller.storeName());
        insert.setInt(3, seller.creditScore());
        insert.setBigDecimal(4, seller.storeScore());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void insertCustomers(Connection connection, List<Customer> customers)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("""
        INSERT INTO mkt_customer (id, display_name, tier, preferred_language, phone_last4,
            address_last4, email, risk_flags, registered_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
      for (Customer customer : customers) {
        insert.setString(1, customer.id());
        insert.setString(2, customer.displayName());
        insert.setString(3, customer.tier().name());
        insert.setString(4, customer.preferredLanguage());
        insert.setString(5, customer.phoneLast4());
        insert.setString(6, customer.addressLast4());
        insert.setString(7, customer.email());
        insert.setString(8, customer.riskFlags().isEmpty() ? null
            : String.join(",", customer.riskFlags().stream().sorted().toList()));
        setTime(insert, 9, customer.registeredAt());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void insertOrders(Connection connection, List<Order> orders)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("""
        INSERT INTO mkt_order (order_number, customer_id, seller_id, item_title, category, amount,
            currency, status, payment_method, carrier, tracking_number, created_at, paid_at,
            shipped_at, collected_at, delivered_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
      for (Order order : orders) {
        insert.setString(1, order.orderNumber());
        insert.setString(2, order.customerId());
        insert.setString(3, order.sellerId());
        insert.setString(4, order.itemTitle());
        insert.setString(5, order.category());
        insert.setBigDecimal(6, order.amount());
        insert.setString(7, order.currency());
        insert.setString(8, order.status().name());
        insert.setString(9, order.paymentMethod() == null ? null : order.paymentMethod().name());
        insert.setString(10, order.carrier() == null ? null : order.carrier().name());
        insert.setString(11, order.trackingNumber());
        setTime(insert, 12, order.createdAt());
        setTime(insert, 13, order.paidAt());
        setTime(insert, 14, order.shippedAt());
        setTime(insert, 15, order.collectedAt());
        setTime(insert, 16, order.deliveredAt());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Timestamps are stored in UTC. */
  private static void setTime(PreparedStatement statement, int index, Instant instant)
      throws SQLException {
    if (instant == null) {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
  }
}
