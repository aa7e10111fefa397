package io.kefu.marketplace;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * <b>Simulator</b> of the marketplace's customer, seller and order systems, backed by kefu's own
 * {@code mkt_customer}, {@code mkt_seller} and {@code mkt_order} tables (Flyway migration V2).
 *
 * <p>It exists so that kefu runs stand-alone, for demos, development and tests; it is not a copy
 * of any real marketplace's data. With {@code kefu.demo.enabled=true} the tables hold the
 * deterministic {@link DemoMarketplaceData}; otherwise they are empty and every lookup finds
 * nothing. A deployment connected to a real marketplace implements {@link CustomerDirectory},
 * {@link OrderDirectory} and {@link SellerDirectory} against it and sets
 * {@code kefu.marketplace.simulator.enabled=false} (default {@code true}) to remove this bean.
 *
 * <p>Read-only: ids are matched exactly; {@code null} or blank ids find nothing.
 */
@Component
@ConditionalOnProperty(name = "kefu.marketplace.simulator.enabled", havingValue = "true",
    matchIfMissing = true)
public class SimulatedMarketplace implements CustomerDirectory, OrderDirectory, SellerDirectory {

  private static final String ORDER_COLUMNS = """
      order_number, customer_id, seller_id, item_title, category, amount, currency, status,
      payment_method, carrier, tracking_number, created_at, paid_at, shipped_at, collected_at,
      delivered_at""";

  private final JdbcClient jdbc;

  public SimulatedMarketplace(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Customer> findCustomer(String customerId) {
    if (isBlank(customerId)) {
      return Optional.empty();
    }
    return jdbc.sql("""
            SELECT id, display_name, tier, preferred_language, phone_last4, address_last4, email,
                   risk_flags, registered_at
            FROM mkt_customer WHERE id = :id""")
        .param("id", customerId)
        .query(SimulatedMarketplace::customer)
        .optional();
  }

  @Override
  public Optional<Seller> findSeller(String id) {
    if (isBlank(id)) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT id, store_name, credit_score, store_score FROM mkt_seller WHERE id = :id")
        .param("id", id)
        .query((rs, row) -> new Seller(rs.getString("id"), rs.getString("store_name"),
            rs.getInt("credit_score"), rs.getBigDecimal("store_score")))
        .optional();
  }

  @Override
  public Optional<Order> findOrder(String orderNumber) {
    if (isBlank(orderNumber)) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT " + ORDER_COLUMNS + " FROM mkt_order WHERE order_number = :number")
        .param("number", orderNumber)
        .query(SimulatedMarketplace::order)
        .optional();
  }

  @Override
  public List<Order> ordersOf(String customerId) {
    if (isBlank(customerId)) {
      return List.of();
    }
    return jdbc.sql("SELECT " + ORDER_COLUMNS + " FROM mkt_order WHERE customer_id = :customer"
            + " ORDER BY created_at DESC, order_number DESC")
        .param("customer", customerId)
        .query(SimulatedMarketplace::order)
        .list();
  }

  @Override
  public List<Order> uncollectedShipments(Instant shippedBefore) {
    return jdbc.sql("SELECT " + ORDER_COLUMNS + " FROM mkt_order"
            + " WHERE status = 'SHIPPED' AND collected_at IS NULL AND shipped_at < :before"
            + " ORDER BY shipped_at, order_number")
        .param("before", OffsetDateTime.ofInstant(shippedBefore, ZoneOffset.UTC))
        .query(SimulatedMarketplace::order)
        .list();
  }

  private static Customer customer(ResultSet rs, int row) throws SQLException {
    String flags = rs.getString("risk_flags");
    Set<String> riskFlags = flags == null || flags.isBlank() ? Set.of()
        : Arrays.stream(flags.split(",")).map(String::strip).filter(f -> !f.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    return new Customer(
        rs.getString("id"),
        rs.getString("display_name"),
        CustomerTier.valueOf(rs.getString("tier")),
        rs.getString("preferred_language"),
        rs.getString("phone_last4"),
        rs.getString("address_last4"),
        rs.getString("email"),
        riskFlags,
        instant(rs, "registered_at"));
  }

  private static Order order(ResultSet rs, int row) throws SQLException {
    String payment = rs.getString("payment_method");
    String carrier = rs.getString("carrier");
    BigDecimal amount = rs.getBigDecimal("amount");
    return new Order(
        rs.getString("order_number"),
        rs.getString("customer_id"),
        rs.getString("seller_id"),
        rs.getString("item_title"),
        rs.getString("category"),
        amount,
        rs.getString("currency"),
        OrderStatus.valueOf(rs.getString("status")),
        payment == null ? null : PaymentMethod.valueOf(payment),
        carrier == null ? null : ShippingCarrier.valueOf(carrier),
        rs.getString("tracking_number"),
        instant(rs, "created_at"),
        instant(rs, "paid_at"),
        instant(rs, "shipped_at"),
        instant(rs, "collected_at"),
        instant(rs, "delivered_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static boolean isBlank(String id) {
    return id == null || id.isBlank();
  }
}
