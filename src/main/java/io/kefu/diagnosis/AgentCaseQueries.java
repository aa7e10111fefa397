package io.kefu.diagnosis;

import io.kefu.cases.CaseRecord;
import io.kefu.cases.CaseRepository;
import io.kefu.marketplace.CustomerDirectory;
import io.kefu.platform.web.ApiProblem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases as agents look them up: one case by number with its whole timeline, and a customer's
 * cases page by page, newest first. Each is a handful of index look-ups (unique case number,
 * timeline by case, V60's index on customer and creation time), so the answer time does not
 * grow with the number of cases kefu holds (bench/history.sh measures it on 1,000,000).
 */
@Service
public class AgentCaseQueries {

  /** Largest page of a customer's history. */
  public static final int MAX_PAGE_SIZE = 100;
  /** Deepest page: offsets beyond it would read and skip too many rows. */
  public static final int MAX_OFFSET = 10_000;

  private final CaseRepository cases;
  private final CustomerDirectory customers;
  private final JdbcClient jdbc;

  public AgentCaseQueries(CaseRepository cases, CustomerDirectory customers, JdbcClient jdbc) {
    this.cases = cases;
    this.customers = customers;
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public AgentCaseView byNumber(String caseNumber) {
    CaseRecord c = cases.findByNumber(caseNumber)
        .orElseThrow(() -> ApiProblem.notFound("Case " + printable(caseNumber)));
    List<AgentCaseView.Entry> timeline = cases.timeline(c.id(), false).stream()
        .map(e -> new AgentCaseView.Entry(e.occurredAt(), e.kind(), e.actor(), e.buyerVisible(),
            e.text(), e.reason()))
        .toList();
    return new AgentCaseView(c.caseNumber(), c.status().name(), c.customerId(), c.orderNumber(),
        c.channel(), c.language(), c.description(), c.desiredOutcome(), c.category(),
        c.emotion(), c.priority(), c.candidateGroup(), c.selfService(), c.deflected(),
        c.firstResponseDue(), c.resolutionDue(), c.slaWarnedAt(), c.slaBreachedAt(),
        c.diagnosisSummary(), c.diagnosedBy(), c.buyerExpectation(), c.rootCause(),
        c.faultParty(), c.processInstanceId(), c.createdAt(), c.updatedAt(), c.closedAt(),
        timeline);
  }

  /**
   * One page of the customer's cases, newest first.
   *
   * @throws ApiProblem 404 if the marketplace does not know the customer, 400 for a negative
   *     page, a size outside 1..{@value #MAX_PAGE_SIZE} or a page deeper than
   *     {@value #MAX_OFFSET} cases
   */
  @Transactional(readOnly = true)
  public CustomerCasesPage ofCustomer(String customerId, int page, int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE || (long) page * size > MAX_OFFSET) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-page", "Invalid page",
          "page must be 0 or more, size 1 to " + MAX_PAGE_SIZE + ", page x size at most "
              + MAX_OFFSET);
    }
    if (customers.findCustomer(customerId).isEmpty()) {
      throw ApiProblem.notFound("Customer " + printable(customerId));
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM kefu_case WHERE customer_id = :c")
        .param("c", customerId).query(Long.class).single();
    List<CustomerCasesPage.Summary> rows = total <= (long) page * size ? List.of()
        : jdbc.sql("""
            SELECT case_number, status, category, priority, channel, order_number,
                   candidate_group, diagnosed_by, created_at, closed_at
            FROM kefu_case WHERE customer_id = :c
            ORDER BY created_at DESC, id DESC
            LIMIT :limit OFFSET :offset""")
            .param("c", customerId).param("limit", size).param("offset", page * size)
            .query((rs, i) -> new CustomerCasesPage.Summary(rs.getString("case_number"),
                rs.getString("status"), rs.getString("category"), rs.getString("priority"),
                rs.getString("channel"), rs.getString("order_number"),
                rs.getString("candidate_group"), rs.getString("diagnosed_by"),
                instant(rs, "created_at"), instant(rs, "closed_at")))
            .list();
    int pages = (int) ((total + size - 1) / size);
    return new CustomerCasesPage(customerId, page, size, total, pages, rows);
  }

  private static String printable(String id) {
    return id == null ? "" : id.replaceAll("[^A-Za-z0-9-]", "");
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
