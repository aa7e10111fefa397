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

  private DemoCustomers() {}

  /** A NORMAL customer without risk flags and without any case so far. */
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
   * A customer of the tier (null: any) without risk flags and without any case so far, with one of their
   * orders that matches {@code orderCondition} (SQL on {@code mkt_order o}) and has no refund or
   * reshipment yet: {customerId, orderNumber}.
   */
  public static synchronized String[] withOrder(JdbcClient jdbc, String tier,
      String orderCondition) {
    List<String[]> candidates = jdbc.sql("""
        SELECT c.id, o.order_number FROM mkt_customer c JOIN mkt_order o ON o.customer_id = c.id
        WHERE (c.tier = :tier OR CAST(:tier AS VARCHAR(16)) IS NULL) AND c.risk_flags IS NULL
          AND NOT EXISTS (SELECT 1 FROM kefu_case k WHERE k.customer_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM sim_refund r WHERE r.order_number = o.order_number)
          AND NOT EXISTS (SELECT 1 FROM sim_reshipment s WHERE s.order_number = o.order_number)
          AND o.order_number NOT LIKE '%00001' AND """ + " " + orderCondition
        + " ORDER BY c.id, o.order_number").param("tier", tier)
        .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    for (String[] candidate : candidates) {
      if (used.add(candidate[0])) {
        return candidate;
      }
    }
    throw new IllegalStateException("The demo data has no unused " + tier
        + " customer with an order where " + orderCondition);
  }

  private static String pick(JdbcClient jdbc, String tier) {
    List<String> candidates = jdbc.sql("""
        SELECT id FROM mkt_customer c WHERE tier = :tier AND risk_flags IS NULL
          AND NOT EXISTS (SELECT 1 FROM kefu_case k WHERE k.customer_id = c.id)
        ORDER BY id""").param("tier", tier).query(String.class).list();
    for (String id : candidates) {
      if (used.add(id)) {
        return id;
      }
    }
    throw new IllegalStateException("The demo data has no unused " + tier + " customer left");
  }
}
