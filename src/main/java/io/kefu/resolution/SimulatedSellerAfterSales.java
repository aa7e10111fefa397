package io.kefu.resolution;

import io.kefu.platform.integration.IdempotencyConflictException;
import io.kefu.platform.simulator.InjectedRefusal;
import io.kefu.platform.simulator.SimulatedSystem;
import io.kefu.platform.simulator.SimulatedSystem.Outcome;
import io.kefu.platform.simulator.Simulator;
import io.kefu.platform.simulator.SimulatorControl;
import io.kefu.platform.simulator.SimulatorNumbers;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * <b>Simulator</b> of the sellers' after-sales desk ({@link SellerAfterSales}), backed by kefu's
 * table {@code sim_seller_request} and the marketplace simulator's orders. Requests wait
 * ({@link SellerRequestStatus#AWAITING_SELLER}) until a test or an operator answers for the
 * seller with {@link #respond}; no simulated seller ever answers by itself, so the 72-hour rule
 * can be seen at work. An answer reaches kefu as the real marketplace's would: through
 * {@link SellerResponses} (the seller-response API's service), so the waiting
 * seller-after-sales process continues.
 *
 * <p>Works in its own transactions ({@link SimulatedSystem}). Failure injection
 * ({@link SimulatorControl}), simulator {@value #NAME}: operations {@code request} (keys: ask id,
 * order number, seller id; refusals as {@link SellerAfterSalesRefusedException}) and
 * {@code query} (technical only). Removed with {@code kefu.resolution.simulator.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "kefu.resolution.simulator.enabled", havingValue = "true",
    matchIfMissing = true)
public class SimulatedSellerAfterSales implements SellerAfterSales, Simulator {

  /** The simulator's name in failure rules. */
  public static final String NAME = "seller-after-sales";
  static final String REQUEST = "request";
  static final String QUERY = "query";

  private final JdbcClient jdbc;
  private final SimulatorControl control;
  private final SimulatorNumbers numbers;
  private final SimulatedSystem system;
  private final Clock clock;
  private final SellerResponses kefu;

  public SimulatedSellerAfterSales(JdbcClient jdbc, SimulatorControl control,
      SimulatorNumbers numbers, PlatformTransactionManager transactions, Clock clock,
      SellerResponses kefu) {
    this.kefu = kefu;
    this.jdbc = jdbc;
    this.control = control;
    this.numbers = numbers;
    this.system = new SimulatedSystem(transactions);
    this.clock = clock;
  }

  @Override
  public SellerRequest askSellerToRespond(AfterSalesAsk ask)
      throws SellerAfterSalesRefusedException {
    String sellerId = jdbc.sql("SELECT seller_id FROM mkt_order WHERE order_number = :n")
        .param("n", ask.orderNumber()).query(String.class).optional().orElse(null);
    Optional<InjectedRefusal> injected = control.check(NAME, REQUEST, ask.askId(),
        ask.orderNumber(), sellerId);
    if (injected.isPresent()) {
      throw new SellerAfterSalesRefusedException(injected.get().as(
          SellerAfterSalesRefusedException.Reason.class,
          SellerAfterSalesRefusedException.Reason.STORE_CLOSED),
          "The marketplace refused to pass the request to the seller (simulated refusal)");
    }
    Instant respondBy = ask.respondBy().truncatedTo(ChronoUnit.MICROS);
    Outcome<SellerRequest> outcome = system.run(() -> {
      Optional<SellerRequest> existing = jdbc.sql("SELECT * FROM sim_seller_request "
              + "WHERE ask_id = :id")
          .param("id", ask.askId()).query(REQUEST_ROW).optional();
      if (existing.isPresent()) {
        if (!existing.get().orderNumber().equals(ask.orderNumber())
            || existing.get().kind() != ask.kind()) {
          throw new IdempotencyConflictException(ask.askId(),
              "Ask id " + ask.askId() + " was used for another order or kind");
        }
        return Outcome.of(existing.get());
      }
      if (sellerId == null) {
        return Outcome.refused(SellerAfterSalesRefusedException.Reason.ORDER_NOT_FOUND,
            "No order " + ask.orderNumber());
      }
      Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
      String requestId = String.format(Locale.ROOT, "ASR%012d", numbers.next());
      jdbc.sql("""
          INSERT INTO sim_seller_request (request_id, ask_id, case_number, order_number,
            seller_id, kind, message, respond_by, status, created_at)
          VALUES (:id, :ask, :caseNumber, :order, :seller, :kind, :message, :respondBy,
            'AWAITING_SELLER', :now)""")
          .param("id", requestId).param("ask", ask.askId()).param("caseNumber", ask.caseNumber())
          .param("order", ask.orderNumber()).param("seller", sellerId)
          .param("kind", ask.kind().name()).param("message", ask.message())
          .param("respondBy", utc(respondBy)).param("now", utc(now))
          .update();
      return Outcome.of(new SellerRequest(requestId, ask.askId(), ask.caseNumber(),
          ask.orderNumber(), sellerId, ask.kind(), ask.message(), respondBy,
          SellerRequestStatus.AWAITING_SELLER, null, now, null));
    });
    if (outcome.isRefused()) {
      throw new SellerAfterSalesRefusedException(
          SellerAfterSalesRefusedException.Reason.valueOf(outcome.refusal()), outcome.message());
    }
    return outcome.value();
  }

  @Override
  public Optional<SellerRequest> findRequest(String requestId) {
    control.check(NAME, QUERY, requestId);
    return find(requestId);
  }

  private Optional<SellerRequest> find(String requestId) {
    return jdbc.sql("SELECT * FROM sim_seller_request WHERE request_id = :id")
        .param("id", requestId).query(REQUEST_ROW).optional();
  }

  /**
   * Answers for the seller (tests, operators). A request answered already keeps its first answer.
   *
   * @return the request as it stands
   * @throws IllegalArgumentException if there is no request with this id
   */
  public SellerRequest respond(String requestId, boolean accepted, String note) {
    boolean[] answeredNow = {false};
    SellerRequest request = system.run(() -> {
      find(requestId).orElseThrow(() ->
          new IllegalArgumentException("No seller request " + requestId));
      answeredNow[0] = jdbc.sql("UPDATE sim_seller_request SET status = :status, "
              + "seller_note = :note, responded_at = :now "
              + "WHERE request_id = :id AND status = 'AWAITING_SELLER'")
          .param("status", (accepted ? SellerRequestStatus.ACCEPTED
              : SellerRequestStatus.REJECTED).name())
          .param("note", note).param("now", utc(clock.instant().truncatedTo(ChronoUnit.MICROS)))
          .param("id", requestId).update() > 0;
      return Outcome.of(find(requestId).orElseThrow());
    }).value();
    if (answeredNow[0]) {
      // the marketplace pushes the answer to kefu; kefu ignores it when no process waits
      kefu.receive(request.caseNumber(), accepted ? SellerDecision.ACCEPTED
          : SellerDecision.REJECTED, note, FROM_SIMULATOR);
    }
    return request;
  }

  /** Who delivered the simulated seller's answers, in the audit trail. */
  public static final String FROM_SIMULATOR = "simulator";

  @Override
  public String simulatorName() {
    return NAME;
  }

  @Override
  public Map<String, List<String>> operations() {
    return Map.of(REQUEST, List.of("STORE_CLOSED", "ORDER_NOT_FOUND"), QUERY, List.of());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static final RowMapper<SellerRequest> REQUEST_ROW = (rs, i) -> new SellerRequest(
      rs.getString("request_id"), rs.getString("ask_id"), rs.getString("case_number"),
      rs.getString("order_number"), rs.getString("seller_id"),
      AfterSalesKind.valueOf(rs.getString("kind")), rs.getString("message"),
      instant(rs, "respond_by"), SellerRequestStatus.valueOf(rs.getString("status")),
      rs.getString("seller_note"), instant(rs, "created_at"), instant(rs, "responded_at"));
}
