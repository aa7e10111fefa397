package io.kefu.resolution;

import io.kefu.cases.CaseRecord;
import io.kefu.cases.CaseRepository;
import io.kefu.intake.IntakeRequest;
import io.kefu.intake.IntakeService;
import io.kefu.testsupport.DemoCustomers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases for the return and seller sub-process tests: a shared demo buyer's shipped order,
 * submitted through intake by the channel account, and the sub-process started by key the way
 * resolve-request calls it (business key = case number, the caller's variables).
 */
final class ResolutionCases {

  private ResolutionCases() {}

  /** The demo buyers these tests share (their triage history does not matter here). */
  private static final List<String[]> BUYERS = new ArrayList<>();
  private static int next = 0;

  /**
   * A new case about a shipped order of one of a few demo buyers shared by these tests, so the
   * suite does not use up the demo customers other tests need fresh.
   */
  static synchronized CaseRecord newCase(IntakeService intake, CaseRepository cases,
      JdbcClient jdbc, String channelAccount) {
    while (BUYERS.size() < 2) {
      String candidate = DemoCustomers.normal(jdbc);
      jdbc.sql("SELECT order_number FROM mkt_order WHERE customer_id = :c "
              + "AND tracking_number IS NOT NULL ORDER BY order_number")
          .param("c", candidate).query(String.class).list().stream().findFirst()
          .ifPresent(order -> BUYERS.add(new String[] {candidate, order}));
    }
    String[] buyer = BUYERS.get(next++ % BUYERS.size());
    String customer = buyer[0];
    String order = buyer[1];
    String caseNumber = intake.submit(channelAccount, new IntakeRequest(
        "rs-" + UUID.randomUUID(), "APP", customer, order,
        "收到的商品有破损，想退货退款", null, null)).response().caseNumber();
    return cases.findByNumber(caseNumber).orElseThrow();
  }

  /** Starts a sub-process as its caller would. */
  static ProcessInstance start(RuntimeService runtime, String key, CaseRecord c,
      Map<String, Object> more) {
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put("caseId", c.id());
    variables.put("caseNumber", c.caseNumber());
    variables.put("orderNumber", c.orderNumber());
    variables.put("customerId", c.customerId());
    variables.put("language", c.language());
    variables.putAll(more);
    return runtime.startProcessInstanceByKey(key, c.caseNumber(), variables);
  }

  /** An SF tracking number no parcel has yet. */
  static String freshSfNumber() {
    return String.format("SF9%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
  }
}
