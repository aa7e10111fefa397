package io.kefu.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two kefu nodes on one PostgreSQL database, each a JVM of its own started from the fat jar
 * with the production profile, as docker-compose.yml runs them: separate process engines,
 * separate job executors, one database. Runs with {@code mvn verify -Ppostgres} (Failsafe,
 * after {@code package}); skipped on H2, which has no server to share.
 *
 * <p>The tests build on each other (in this order): the nodes start at the same moment on an
 * empty database (and are healthy: /actuator/health UP with the production profile and no SMTP
 * server); a case goes from one node to the other; 1,000 SLA timers fall due at once; one
 * node is killed while it holds jobs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterIT {

  static final String CHANNEL = "channel-app";
  static final String AGENT = "agent";
  static final int TIMER_CASES = 1000;
  static final int KILLED_NODE_JOBS = 500;
  /** The job lock time of both nodes: how long a dead node's jobs wait. */
  static final Duration LOCK_TIME = Duration.ofSeconds(15);
  static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  static final Duration JOBS_TIMEOUT = Duration.ofMinutes(4);
  static final String COMPLAINT = "收到的商品是坏的，屏幕碎了，和描述的完全不一样，要求退货退款";
  /** EscalateSlaBreachDelegate's log line: which node ran the escalation of which case. */
  static final Pattern ESCALATED =
      Pattern.compile("Case (\\S+) missed its first-response target; escalated");

  private ClusterDatabase db;
  private KefuNode node1;
  private KefuNode node2;

  @BeforeAll
  void startTwoNodesAtTheSameMomentOnAnEmptyDatabase() throws Exception {
    assumeTrue(TestDatabase.isPostgres(),
        "two nodes need a shared PostgreSQL server: mvn verify -Ppostgres");
    db = ClusterDatabase.createFresh();
    Path jar = KefuNode.fatJar();
    String adminPassword = "it-" + UUID.randomUUID();
    node1 = new KefuNode("node-1", jar, db, adminPassword, LOCK_TIME);
    node2 = new KefuNode("node-2", jar, db, adminPassword, LOCK_TIME);
    node1.start();
    node2.start();
    node1.awaitHealthy(START_TIMEOUT);
    node2.awaitHealthy(START_TIMEOUT);
  }

  @AfterAll
  void stopTheNodesAndDropTheDatabase() {
    if (node1 != null) {
      node1.stop();
    }
    if (node2 != null) {
      node2.stop();
    }
    if (db != null) {
      db.close();
    }
  }

  @Test
  @Order(1)
  void twoNodesStartingAtOnceOnAnEmptyDatabaseDeployEachModelVersionOnce() throws Exception {
    // one deployment, every model and form in it once, as version 1
    assertThat(db.count("SELECT count(*) FROM act_re_deployment")).isEqualTo(1);
    Map<String, Long> processes = versions("act_re_procdef");
    assertThat(processes.keySet()).containsAll(modelIds("processes", "bpmn",
        "<(?:\\w+:)?process id=\"([^\"]+)\""));
    assertThat(processes).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
    Map<String, Long> decisions = versions("act_re_decision_def");
    assertThat(decisions.keySet()).containsAll(modelIds("processes", "dmn",
        "<(?:\\w+:)?decision id=\"([^\"]+)\""));
    assertThat(decisions).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
    Map<String, Long> forms = versions("act_re_camformdef");
    assertThat(forms.keySet()).containsAll(formIds());
    assertThat(forms).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
    // the seeding happened once and completely: demo marketplace, groups, demo users
    assertThat(db.count("SELECT count(*) FROM mkt_customer")).isPositive();
    assertThat(db.count("SELECT count(*) FROM act_id_group WHERE id_ IN ('agents', "
        + "'senior-agents', 'camunda-admin')")).isEqualTo(3);
    assertThat(db.count("SELECT count(*) FROM act_id_membership WHERE user_id_ = 'agent' "
        + "AND group_id_ = 'agents'")).isEqualTo(1);
    // one after the other: each node took the start-up lock (so both did start here)
    assertThat(node1.logText()).contains("Node node-1: start-up lock taken");
    assertThat(node2.logText()).contains("Node node-2: start-up lock taken");
  }

  @Test
  @Order(2)
  void aCaseCreatedThroughNode1IsDiagnosedThroughNode2() throws Exception {
    String customer = db.strings("SELECT id FROM mkt_customer WHERE tier = 'NORMAL' "
        + "AND risk_flags IS NULL ORDER BY id").get(0);
    KefuNode.Response created = node1.post("/api/v1/requests", CHANNEL, request(customer));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String caseNumber = created.text("caseNumber");
    assertThat(created.text("status")).isEqualTo("AWAITING_AGENT");

    KefuNode.Response found = node2.post("/engine-rest/task?firstResult=0&maxResults=10", AGENT,
        Map.of("processInstanceBusinessKey", caseNumber,
            "taskDefinitionKey", "Task_DiagnoseRequest"));
    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    assertThat(found.json()).hasSize(1);
    String taskId = found.json().get(0).get("id").asText();
    KefuNode.Response claimed = node2.post("/engine-rest/task/" + taskId + "/claim", AGENT,
        Map.of("userId", AGENT));
    assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);
    KefuNode.Response completed = node2.post("/engine-rest/task/" + taskId + "/complete", AGENT,
        Map.of("variables", Map.of(
            "confirmedCategory", Map.of("value", "TRANSACTION_DISPUTE"),
            "action", Map.of("value", "RESOLVE"),
            "buyerExpectation", Map.of("value", "INFORMATION"),
            "rootCause", Map.of("value", "USER_ERROR"),
            "faultParty", Map.of("value", "BUYER"),
            "diagnosisSummary", Map.of("value", "diagnosed on node 2"))));
    assertThat(completed.status()).as(completed.toString()).isEqualTo(204);

    KefuNode.Response seen = node1.get("/api/v1/requests/" + caseNumber, CHANNEL);
    assertThat(seen.status()).isEqualTo(200);
    assertThat(seen.text("status")).isNotEqualTo("AWAITING_AGENT");
    assertThat(db.strings("SELECT diagnosed_by FROM kefu_case WHERE case_number = ?",
        caseNumber)).containsExactly(AGENT);
    assertThat(db.count("SELECT count(*) FROM kefu_case_event e JOIN kefu_case c "
        + "ON c.id = e.case_id WHERE c.case_number = ? AND e.kind = 'DIAGNOSED'", caseNumber))
        .isEqualTo(1);
  }

  @Test
  @Order(3)
  void aThousandDueSlaTimersFireExactlyOnceAcrossBothNodes() throws Exception {
    List<String> caseNumbers = createCases(TIMER_CASES);
    String breachJobs = "SELECT j.id_ FROM act_ru_job j JOIN act_ru_jobdef d "
        + "ON d.id_ = j.job_def_id_ JOIN kefu_case c ON c.process_instance_id = "
        + "j.process_instance_id_ WHERE d.act_id_ = 'Event_SlaBreached' "
        + "AND c.case_number = ANY (?)";
    assertThat(db.count("SELECT count(*) FROM (" + breachJobs + ") x", caseArray(caseNumbers)))
        .isEqualTo(TIMER_CASES);

    // every first-response deadline of these cases passed at once
    assertThat(db.update("UPDATE act_ru_job SET duedate_ = TIMESTAMP '2000-01-01 00:00:00' "
        + "WHERE id_ IN (" + breachJobs + ")", caseArray(caseNumbers))).isEqualTo(TIMER_CASES);
    awaitJobsGone(breachJobs, caseArray(caseNumbers));

    // the engine ran "Escalate" once per case, and each case records one breach
    assertThat(db.rows("SELECT c.case_number, count(a.id_) FROM kefu_case c "
        + "LEFT JOIN act_hi_actinst a ON a.proc_inst_id_ = c.process_instance_id "
        + "AND a.act_id_ = 'Task_EscalateSlaBreach' WHERE c.case_number = ANY (?) "
        + "GROUP BY c.case_number", caseArray(caseNumbers)))
        .hasSize(TIMER_CASES).allSatisfy(r -> assertThat(((Number) r[1]).longValue())
            .as("escalations of %s", r[0]).isEqualTo(1));
    assertThat(db.rows("SELECT c.case_number, count(e.id) FROM kefu_case c "
        + "LEFT JOIN kefu_case_event e ON e.case_id = c.id AND e.kind = 'SLA_BREACHED' "
        + "WHERE c.case_number = ANY (?) GROUP BY c.case_number", caseArray(caseNumbers)))
        .hasSize(TIMER_CASES).allSatisfy(r -> assertThat(((Number) r[1]).longValue())
            .as("SLA_BREACHED events of %s", r[0]).isEqualTo(1));
    assertThat(db.count("SELECT count(*) FROM kefu_case WHERE sla_breached_at IS NOT NULL "
        + "AND case_number = ANY (?)", caseArray(caseNumbers))).isEqualTo(TIMER_CASES);

    // both nodes' job executors took part, and together they escalated each case once
    List<String> byNode1 = escalatedIn(node1);
    List<String> byNode2 = escalatedIn(node2);
    assertThat(byNode1).isNotEmpty();
    assertThat(byNode2).isNotEmpty();
    List<String> all = new ArrayList<>(byNode1);
    all.addAll(byNode2);
    assertThat(all).hasSize(TIMER_CASES).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(caseNumbers);
    assertNoFailedJobs();
  }

  @Test
  @Order(4)
  void aNodeKilledWhileHoldingJobsLeavesNothingStuckAfterTheLockTime() throws Exception {
    // the SLA warnings (80 %) of the cases above: KILLED_NODE_JOBS of them fall due at once
    String warningJobs = "SELECT j.id_ FROM act_ru_job j JOIN act_ru_jobdef d "
        + "ON d.id_ = j.job_def_id_ WHERE d.act_id_ = 'Event_SlaWarning'";
    List<Object[]> chosen = db.rows("SELECT id_, process_instance_id_ FROM act_ru_job "
        + "WHERE id_ IN (" + warningJobs + ") ORDER BY id_ LIMIT " + KILLED_NODE_JOBS);
    assertThat(chosen).hasSize(KILLED_NODE_JOBS);
    String[] jobIds = chosen.stream().map(r -> (String) r[0]).toArray(String[]::new);
    String[] instances = chosen.stream().map(r -> (String) r[1]).toArray(String[]::new);
    String chosenJobs = "SELECT id_ FROM act_ru_job WHERE id_ = ANY (?)";
    assertThat(db.update("UPDATE act_ru_job SET duedate_ = TIMESTAMP '2000-01-01 00:00:00' "
        + "WHERE id_ = ANY (?)", array(jobIds))).isEqualTo(KILLED_NODE_JOBS);

    // node 2 dies (SIGKILL, no shutdown) at a moment it holds some of them locked
    Map<String, Timestamp> orphans = killWhileHoldingJobs(node2, jobIds);
    assertThat(orphans).as("jobs node 2 held locked when it died").isNotEmpty();

    // node 1 runs everything, the dead node's jobs too once their lock has run out
    awaitJobsGone(chosenJobs, (Object) array(jobIds));
    assertThat(db.rows("SELECT p.pi, count(a.id_) FROM unnest(?::varchar[]) AS p(pi) "
        + "LEFT JOIN act_hi_actinst a ON a.proc_inst_id_ = p.pi "
        + "AND a.act_id_ = 'Task_RecordSlaWarning' GROUP BY p.pi", array(instances)))
        .hasSize(KILLED_NODE_JOBS).allSatisfy(r -> assertThat(((Number) r[1]).longValue())
            .as("SLA warnings recorded in %s", r[0]).isEqualTo(1));
    assertThat(db.rows("SELECT c.process_instance_id, count(e.id) FROM kefu_case c "
        + "LEFT JOIN kefu_case_event e ON e.case_id = c.id AND e.kind = 'SLA_WARNING' "
        + "WHERE c.process_instance_id = ANY (?) GROUP BY c.process_instance_id",
        array(instances)))
        .hasSize(KILLED_NODE_JOBS).allSatisfy(r -> assertThat(((Number) r[1]).longValue())
            .as("SLA_WARNING events of %s", r[0]).isEqualTo(1));
    // ... and not before: a lock is respected until it runs out
    for (Map.Entry<String, Timestamp> orphan : orphans.entrySet()) {
      Timestamp ran = (Timestamp) db.rows("SELECT start_time_ FROM act_hi_actinst "
          + "WHERE proc_inst_id_ = ? AND act_id_ = 'Task_RecordSlaWarning'", orphan.getKey())
          .get(0)[0];
      assertThat(ran).as("warning of %s, whose job node 2 held", orphan.getKey())
          .isAfterOrEqualTo(orphan.getValue());
    }
    assertNoFailedJobs();
    assertThat(node1.isAlive()).isTrue();
  }

  // ------------------------------------------------------------------------------------------

  /** Posts complaints, alternately through node 1 and node 2, 8 at a time. */
  private List<String> createCases(int n) throws Exception {
    List<String> customers = db.strings("SELECT id FROM mkt_customer WHERE risk_flags IS NULL "
        + "ORDER BY id");
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<KefuNode.Response>> answers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        KefuNode node = i % 2 == 0 ? node1 : node2;
        Map<String, Object> body = request(customers.get(i % customers.size()));
        answers.add(clients.submit(() -> node.post("/api/v1/requests", CHANNEL, body)));
      }
      List<String> caseNumbers = new ArrayList<>();
      for (Future<KefuNode.Response> answer : answers) {
        KefuNode.Response r = answer.get();
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.text("status")).as(r.toString()).isEqualTo("AWAITING_AGENT");
        caseNumbers.add(r.text("caseNumber"));
      }
      return caseNumbers;
    } finally {
      clients.shutdownNow();
    }
  }

  private static Map<String, Object> request(String customer) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("requestId", "cluster-it-" + UUID.randomUUID());
    body.put("channel", "APP");
    body.put("customerId", customer);
    body.put("description", COMPLAINT);
    return body;
  }

  /**
   * Watches until the node holds some of the jobs locked, freezes it (SIGSTOP) for a moment so
   * that a commit already on its way lands, and kills it (SIGKILL) if it still holds some then;
   * otherwise lets it run on and watches again.
   *
   * @return process instance and lock expiry of each job the dead node left locked
   */
  private Map<String, Timestamp> killWhileHoldingJobs(KefuNode node, String[] jobIds)
      throws Exception {
    String held = "SELECT process_instance_id_, lock_exp_time_ FROM act_ru_job "
        + "WHERE id_ = ANY (?) AND lock_owner_ = ?";
    long deadline = System.nanoTime() + JOBS_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!db.rows(held, array(jobIds), node.name).isEmpty()) {
        node.freeze();
        Thread.sleep(300);
        List<Object[]> left = db.rows(held, array(jobIds), node.name);
        if (!left.isEmpty()) {
          node.kill();
          Map<String, Timestamp> orphans = new HashMap<>();
          for (Object[] row : left) {
            orphans.put((String) row[0], (Timestamp) row[1]);
          }
          return orphans;
        }
        node.thaw();
      }
      if (db.count("SELECT count(*) FROM act_ru_job WHERE id_ = ANY (?)", array(jobIds)) == 0) {
        fail(node.name + " never held one of the jobs: nothing to kill it over");
      }
      Thread.sleep(20);
    }
    return fail("%s never held one of the jobs within %s", node.name, JOBS_TIMEOUT);
  }

  /** Polls until the jobs of the query are gone; fails on a job that ran out of retries. */
  private void awaitJobsGone(String jobsQuery, Object... params) throws Exception {
    long deadline = System.nanoTime() + JOBS_TIMEOUT.toNanos();
    while (true) {
      long left = db.count("SELECT count(*) FROM (" + jobsQuery + ") x", params);
      if (left == 0) {
        return;
      }
      assertNoFailedJobs();
      if (System.nanoTime() > deadline) {
        fail("%d jobs still there after %s", left, JOBS_TIMEOUT);
      }
      Thread.sleep(500);
    }
  }

  private void assertNoFailedJobs() throws Exception {
    assertThat(db.strings("SELECT id_ || ': ' || coalesce(exception_msg_, '') FROM act_ru_job "
        + "WHERE retries_ = 0")).as("jobs out of retries").isEmpty();
    assertThat(db.count("SELECT count(*) FROM act_ru_incident")).as("incidents").isZero();
  }

  private List<String> escalatedIn(KefuNode node) throws Exception {
    List<String> cases = new ArrayList<>();
    Matcher m = ESCALATED.matcher(node.logText());
    while (m.find()) {
      cases.add(m.group(1));
    }
    return cases;
  }

  private Map<String, Long> versions(String table) throws Exception {
    return db.rows("SELECT key_, count(*) FROM " + table + " GROUP BY key_").stream()
        .collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
  }

  /** The ids the model files of this build declare (read from target/classes). */
  private static Set<String> modelIds(String folder, String extension, String idPattern)
      throws Exception {
    Pattern pattern = Pattern.compile(idPattern);
    Set<String> ids = new HashSet<>();
    for (Path file : files(folder, extension)) {
      Matcher m = pattern.matcher(Files.readString(file));
      while (m.find()) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  /** The ids of the Camunda Forms of this build: each form's top-level "id". */
  private static Set<String> formIds() throws Exception {
    Set<String> ids = new HashSet<>();
    for (Path file : files("forms", "form")) {
      ids.add(new ObjectMapper().readTree(file.toFile()).get("id").asText());
    }
    return ids;
  }

  private static List<Path> files(String folder, String extension) throws Exception {
    try (Stream<Path> files = Files.walk(Path.of("target", "classes", folder))) {
      return files.filter(p -> p.toString().endsWith("." + extension)).toList();
    }
  }

  private java.sql.Array caseArray(List<String> caseNumbers) throws Exception {
    return array(caseNumbers.toArray(String[]::new));
  }

  private java.sql.Array array(String[] values) throws Exception {
    return db.array(values);
  }
}
