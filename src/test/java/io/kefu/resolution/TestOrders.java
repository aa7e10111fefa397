package io.kefu.resolution;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hands each test its own demo orders, so one test's refunds, reships or parcels never change
 * what another test sees (all tests share one database).
 */
final class TestOrders {

  private static final Set<String> used = new HashSet<>();

  private TestOrders() {}

  /** A delivered, paid order without refunds or reshipments so far, not a well-known one. */
  static synchronized String delivered(JdbcClient jdbc) {
    return pick(jdbc, "status = 'DELIVERED'");
  }

  /** An order shipped and collected by the carrier, not yet delivered. */
  static synchronized String inTransit(JdbcClient jdbc) {
    return pick(jdbc, "status = 'SHIPPED' AND collected_at IS NOT NULL");
  }

  private static String pick(JdbcClient jdbc, String condition) {
    List<String> candidates = jdbc.sql("SELECT order_number FROM mkt_order o "
            + "WHERE " + condition + " AND order_number NOT LIKE '%00001' "
            + "AND NOT EXISTS (SELECT 1 FROM sim_refund r WHERE r.order_number = o.order_number) "
            + "AND NOT EXISTS (SELECT 1 FROM sim_reshipment s "
            + "WHERE s.order_number = o.order_number) ORDER BY order_number")
        .query(String.class).list();
    for (String order : candidates) {
      if (used.add(order)) {
        return order;
      }
    }
    throw new IllegalStateException("The demo data has no unused order where " + condition);
  }
}
