package io.kefu.testsupport;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hands each test its own demo customers, so that one test's cases never count as another
 * test's "complaints in the last 30 days" in triage.
 */
public final class DemoCustomers {

  private static final Set<String> used = new HashSet<>();
  private static final Set<String> usedOrders = new HashSet<>();

  private DemoCustomers() {}

  /**
   * A NORMAL customer without risk flags and without any case so far; customers with a shipped
   * order first (tests that need a parcel discard the others).
   */
  public static synchronized String normal(JdbcClient jdbc) {
    return pick(jdbc, "NORMAL");
  }

  public static synchronized String vip(JdbcClient jdbc) {
    return pick(jdbc, "VIP");
  }

  /** An order of the customer below the given amount, or null if there is none. */
  public static String orderBelow(JdbcClient jdbc, String customerId, BigDecimal amount) {
    return jdbc.sql("SELECT order_number FROM mkt_order WHERE customer_id = :c AND amount < :a "
            + "ORDER BY order_number")
        .param("c", customerId).param("a", amount).query(String.class).list().stream()
        .findFirst().orElse(null);
  }

  /**
   * A customer of the tier (null: any) without risk flags and one of their orders that matches
   * {@code orderCondition} (SQL on {@code mkt_order o}), has no refund or reshipment yet and was
   * not handed out before: {customerId, orderNumber}. Customers who already have cases come
   * first, then VIP customers, so the NORMAL customers without any case stay for the tests that
   * need them ({@link #normal}); never a well-known demo customer (C00001..C00005) nor one that
   * {@link #normal} or {@link #vip} handed out.
   */
  public static synchronized String[] withOrder(JdbcClient jdbc, String tier,
      String orderCondition) {
    List<String[]> candidates = jdbc.sql("""
        SELECT id, order_number FROM (
          SELECT c.id, c.tier, o.order_number,
            (SELECT COUNT(*) FROM kefu_case k WHERE k.customer_id = c.id) AS cases
          FROM mkt_customer c JOIN mkt_order o ON o.customer_id = c.id
          WHERE (c.tier = :tier OR CAST(:tier AS VARCHAR(16)) IS NULL) AND c.risk_flags IS NULL
            AND NOT EXISTS (SELECT 1 FROM sim_refund r WHERE r.order_number = o.order_number)
            AND NOT EXISTS (SELECT 1 FROM sim_reshipment s WHERE s.order_number = o.order_number)
            AND c.id NOT IN ('C00001', 'C00002', 'C00003', 'C00004', 'C00005')
            AND o.order_number NOT LIKE '%00001' AND """ + " " + orderCondition + """
        ) t ORDER BY CASE WHEN cases > 0 THEN 0 WHEN tier = 'VIP' THEN 1 ELSE 2 END, id,
          order_number""").param("tier", tier)
        .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    for (String[] candidate : candidates) {
      if (!used.contains(candidate[0]) && usedOrders.add(candidate[1])) {
        return candidate;
      }
    }
    throw new IllegalStateException("The demo data has no unused order of a " + tier
        + " customer where " + orderCondition);
  }

  private static String pick(JdbcClient jdbc, String tier) {
    List<String> candidates = jdbc.sql("""
        SELECT id FROM mkt_customer c WHERE tier = :tier AND risk_flags IS NULL
          AND NOT EXISTS (SELECT 1 FROM kefu_case k WHERE k.customer_id = c.id)
        ORDER BY CASE WHEN EXISTS (SELECT 1 FROM mkt_order o WHERE o.customer_id = c.id
          AND o.tracking_number IS NOT NULL) THEN 0 ELSE 1 END, id""")
        .param("tier", tier).query(String.class).list();
    for (String id : candidates) {
      if (used.add(id)) {
        return id;
      }
    }
    return copyOf(jdbc, tier);
  }

  private static int copies = 0;

  /**
   * When the demo data has no unused customer of the tier left (the suite grew): a copy of one
   * of them ({@code C9nnnn}) with a copy of one of its delivered orders (new order and tracking
   * numbers), so the tests do not run out.
   */
  private static String copyOf(JdbcClient jdbc, String tier) {
    int n = ++copies;
    String id = String.format("C9%04d", n);
    String template = jdbc.sql("""
        SELECT MIN(c.id) FROM mkt_customer c WHERE tier = :tier AND risk_flags IS NULL
          AND c.id NOT IN ('C00001', 'C00002', 'C00003', 'C00004', 'C00005')
          AND EXISTS (SELECT 1 FROM mkt_order o WHERE o.customer_id = c.id
            AND o.status = 'DELIVERED')""").param("tier", tier).query(String.class).single();
    jdbc.sql("""
        INSERT INTO mkt_customer (id, display_name, tier, preferred_language, phone_last4,
          address_last4, email, risk_flags, registered_at)
        SELECT :id, display_name, tier, preferred_language, phone_last4, address_last4, email,
          NULL, registered_at FROM mkt_customer WHERE id = :template""")
        .param("id", id).param("template", template).update();
    String order = jdbc.sql("""
        SELECT MIN(order_number) FROM mkt_order WHERE customer_id = :template
          AND status = 'DELIVERED'""").param("template", template).query(String.class).single();
    String tracking = jdbc.sql("SELECT tracking_number FROM mkt_order WHERE order_number = :o")
        .param("o", order).query(String.class).single();
    jdbc.sql("""
        INSERT INTO mkt_order (order_number, customer_id, seller_id, item_title, category, amount,
          currency, status, payment_method, carrier, tracking_number, created_at, paid_at,
          shipped_at, collected_at, delivered_at)
        SELECT :copy, :id, seller_id, item_title, category, amount, currency, status,
          payment_method, carrier, :tracking, created_at, paid_at, shipped_at, collected_at,
          delivered_at FROM mkt_order WHERE order_number = :order""")
        .param("copy", String.format("O2099%09d", n)).param("id", id)
        .param("tracking", tracking.substring(0, tracking.length() - 6) + String.format("9%05d", n))
        .param("order", order).update();
    used.add(id);
    return id;
  }
}
