package io.kefu.sellercompliance;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Warnings against sellers, at most one per seller, order and kind. */
@Service
public class SellerWarnings {

  /** Tracking number uploaded, parcel not collected by the carrier in time. */
  public static final String FAKE_SHIPMENT = "FAKE_SHIPMENT";

  private static final RowMapper<SellerWarning> WARNING = (rs, n) -> new SellerWarning(
      rs.getLong("id"), rs.getString("seller_id"), rs.getString("order_number"),
      rs.getString("kind"), rs.getLong("case_id"), rs.getString("reason"),
      rs.getObject("recorded_at", OffsetDateTime.class).toInstant());

  private final JdbcClient jdbc;
  private final Clock clock;

  public SellerWarnings(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Records the warning unless this seller already has one of this kind for this order.
   *
   * @return true if recorded now, false if it existed
   */
  public boolean record(String sellerId, String orderNumber, String kind, long caseId,
      String reason) {
    if (find(sellerId, orderNumber, kind).isPresent()) {
      return false;
    }
    // a concurrent duplicate fails on uq_seller_warning: the job retries and finds it then
    jdbc.sql("""
        INSERT INTO kefu_seller_warning (seller_id, order_number, kind, case_id, reason,
          recorded_at)
        VALUES (:seller, :order, :kind, :caseId, :reason, :at)""")
        .param("seller", sellerId).param("order", orderNumber).param("kind", kind)
        .param("caseId", caseId).param("reason", reason)
        .param("at", clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
        .update();
    return true;
  }

  public Optional<SellerWarning> find(String sellerId, String orderNumber, String kind) {
    return jdbc.sql("SELECT * FROM kefu_seller_warning WHERE seller_id = :seller "
            + "AND order_number = :order AND kind = :kind")
        .param("seller", sellerId).param("order", orderNumber).param("kind", kind)
        .query(WARNING).optional();
  }

  /** Whether any seller was warned of this kind for the order. */
  public boolean existsForOrder(String orderNumber, String kind) {
    return jdbc.sql("SELECT COUNT(*) FROM kefu_seller_warning WHERE order_number = :order "
            + "AND kind = :kind")
        .param("order", orderNumber).param("kind", kind).query(Long.class).single() > 0;
  }

  /** The seller's warnings, oldest first. */
  public List<SellerWarning> ofSeller(String sellerId) {
    return jdbc.sql("SELECT * FROM kefu_seller_warning WHERE seller_id = :seller "
            + "ORDER BY recorded_at, id")
        .param("seller", sellerId).query(WARNING).list();
  }
}
