package io.kefu.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * bench/history.sh's measurement, on a kefu database that holds a large history (loaded by
 * kefu's io.kefu.history.HistoryGenerator): an agent's task list, a case by number and a
 * customer's history, each N times closed-loop at 1 and 4 clients, as p50/p95/p99; the query
 * plans of kefu's look-ups; written to target/bench/history.json with the generator's figures.
 *
 * <p>Commands: {@code history-prepare} (a fresh database), {@code history-wait} (kefu healthy),
 * {@code history-run}. Settings: the KEFU_BENCH_* variables of {@link Config} and
 * KEFU_BENCH_HISTORY_REQUESTS (per figure and client level, 1000), KEFU_BENCH_HISTORY_CLIENTS
 * (1,4), KEFU_BENCH_HISTORY_OPEN (open cases created through the API first, 300),
 * KEFU_BENCH_HISTORY_GENERATOR (the generator's RESULT line), KEFU_BENCH_HISTORY_OUT.
 */
final class HistoryBench {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);
  static final String AGENT = "bench-history-agent";

  private final Config cfg;
  private final Http http = new Http();
  private final Map<String, String> env = System.getenv();
  private final int requests;
  private final List<Integer> clients;
  private final int open;
  private final Path out;

  HistoryBench(Config cfg) {
    this.cfg = cfg;
    this.requests = Integer.parseInt(env.getOrDefault("KEFU_BENCH_HISTORY_REQUESTS", "1000"));
    this.clients = Arrays.stream(env.getOrDefault("KEFU_BENCH_HISTORY_CLIENTS", "1,4")
        .split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    this.open = Integer.parseInt(env.getOrDefault("KEFU_BENCH_HISTORY_OPEN", "300"));
    this.out = Path.of(env.getOrDefault("KEFU_BENCH_HISTORY_OUT", "target/bench/history.json"));
  }

  /** A fresh, empty database for kefu (dropped first if it exists). */
  static void prepare(Config cfg) throws SQLException {
    if (!cfg.kefuDb().matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("invalid database name " + cfg.kefuDb());
    }
    try (Connection c = Db.connect(cfg, "postgres")) {
      Driver.log("PostgreSQL " + Db.text(c, "SHOW server_version") + " at " + cfg.pgHost()
          + ":" + cfg.pgPort());
      Db.execute(c, "DROP DATABASE IF EXISTS " + cfg.kefuDb() + " WITH (FORCE)");
      Db.execute(c, "CREATE DATABASE " + cfg.kefuDb());
      Driver.log("created database " + cfg.kefuDb());
    }
  }

  /** Waits until kefu answers UP on /actuator/health, or its process died. */
  static void waitHealthy(Config cfg) throws InterruptedException {
    Http http = new Http();
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (true) {
      if (cfg.kefuPid() > 0 && ProcessHandle.of(cfg.kefuPid()).map(p -> !p.isAlive())
          .orElse(true)) {
        throw new IllegalStateException("kefu stopped during start (see its log)");
      }
      try {
        Http.Response r = http.get(cfg.kefuUrl() + "/actuator/health", null);
        if (r.ok() && r.body().contains("\"UP\"")) {
          Driver.log(cfg.kefuUrl() + " is up");
          return;
        }
      } catch (Exception notYet) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("kefu not healthy in 300 s (see its log)");
      }
      Thread.sleep(500);
    }
  }

  void run() throws Exception {
    Map<String, Object> results = new LinkedHashMap<>();
    try (Connection db = Db.connect(cfg, cfg.kefuDb());
         Connection admin = Db.connect(cfg, "postgres")) {
      results.put("machine", machine(admin));
      results.put("generator", generator());
      results.put("volume", volume(db));
      Driver.log("volume: " + results.get("volume"));

      String password = "bench-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
      createAgent(password);
      openWorkload(db);
      Map<String, Object> volume = castMap(results.get("volume"));
      volume.put("openDiagnoseTasks", Db.count(db, "SELECT count(*) FROM act_ru_task "
          + "WHERE task_def_key_ = 'Task_DiagnoseRequest'"));
      volume.put("runtimeAuthorizations", Db.count(db, "SELECT count(*) FROM "
          + "act_ru_authorization"));

      String agentAuth = Http.basic(AGENT, password);
      Random random = new Random(7);
      List<String> caseNumbers = strings(db, "SELECT case_number FROM kefu_case "
          + "ORDER BY random() LIMIT " + requests);
      // customers of random cases: an agent opens the history of the case's customer, so busy
      // customers come up as often as they write in
      List<String> customers = strings(db, "SELECT customer_id FROM kefu_case "
          + "ORDER BY random() LIMIT " + requests);
      String taskQuery = Corpus.json(Map.of("candidateUser", AGENT, "taskDefinitionKey",
          "Task_DiagnoseRequest", "sorting", List.of(
              Map.of("sortBy", "priority", "sortOrder", "desc"),
              Map.of("sortBy", "dueDate", "sortOrder", "asc"))));
      Map<String, ClosedLoop.Call> calls = new LinkedHashMap<>();
      calls.put("taskList", (client, seq) -> {
        Http.Response r = http.post(cfg.kefuUrl()
            + "/engine-rest/task?firstResult=0&maxResults=15", agentAuth, taskQuery);
        if (r.ok() && JSON.readTree(r.body()).isEmpty()) {
          return 599; // an empty list is not a task list
        }
        return r.status();
      });
      // the same authentication without a query: what /engine-rest costs before the task query
      calls.put("engineRestVersion", (client, seq) -> http.get(cfg.kefuUrl()
          + "/engine-rest/version", agentAuth).status());
      calls.put("caseByNumber", (client, seq) -> http.get(cfg.kefuUrl() + "/api/v1/cases/"
          + pick(caseNumbers, client, seq), agentAuth).status());
      calls.put("customerHistory", (client, seq) -> http.get(cfg.kefuUrl() + "/api/v1/customers/"
          + URLEncoder.encode(pick(customers, client, seq), StandardCharsets.UTF_8)
          + "/cases?page=0&size=20", agentAuth).status());

      Driver.log("warm-up: 100 requests of each kind");
      for (ClosedLoop.Call call : calls.values()) {
        ClosedLoop.run(2, 120, 100, call);
      }
      Map<String, Object> figures = new LinkedHashMap<>();
      for (Map.Entry<String, ClosedLoop.Call> e : calls.entrySet()) {
        Map<String, Object> levels = new LinkedHashMap<>();
        for (int c : clients) {
          Driver.log(e.getKey() + ": " + requests + " requests, " + c + " client(s)");
          ClosedLoop.Result r = ClosedLoop.run(c, 3600, requests, e.getValue());
          Map<String, Object> level = new LinkedHashMap<>();
          level.put("requests", r.ok());
          level.put("errors", r.errors());
          level.put("rps", Driver.round(r.rps(), 1));
          level.put("p50Ms", Driver.round(r.ms(50), 1));
          level.put("p95Ms", Driver.round(r.ms(95), 1));
          level.put("p99Ms", Driver.round(r.ms(99), 1));
          level.put("maxMs", Driver.round(r.latency().getMaxValue() / 1000.0, 1));
          if (!r.errorStatuses().isEmpty()) {
            level.put("errorStatuses", r.errorStatuses());
          }
          levels.put("c" + c, level);
          Driver.log("  " + level);
        }
        figures.put(e.getKey(), levels);
      }
      results.put("figures", figures);
      results.put("plans", plans(db, caseNumbers.get(0), customers.get(0)));
      results.put("largestHistory", Db.count(db, "SELECT max(n) FROM (SELECT count(*) AS n "
          + "FROM kefu_case GROUP BY customer_id) x"));
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, JSON.writeValueAsString(results), StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(table(results));
    System.out.println("written: " + out);
  }

  private static String pick(List<String> values, int client, long seq) {
    return values.get((int) ((seq * 7919 + client * 104729L) % values.size()));
  }

  // ---------------------------------------------------------------- set-up

  private void createAgent(String password) throws Exception {
    if (cfg.adminPassword().isEmpty()) {
      throw new IllegalStateException("KEFU_BENCH_ADMIN_PASSWORD is not set");
    }
    String adminAuth = Http.basic(cfg.adminUser(), cfg.adminPassword());
    Http.Response r = http.post(cfg.kefuUrl() + "/engine-rest/user/create", adminAuth,
        Corpus.json(Map.of(
            "profile", Map.of("id", AGENT, "firstName", "Bench", "lastName", "History agent",
                "email", AGENT + "@bench.invalid"),
            "credentials", Map.of("password", password))));
    if (!r.ok()) {
      throw new IllegalStateException("cannot create " + AGENT + ": HTTP " + r.status() + " "
          + r.body());
    }
    for (String group : List.of("agents", "senior-agents")) {
      Http.Response g = http.put(cfg.kefuUrl() + "/engine-rest/group/" + group + "/members/"
          + AGENT, adminAuth, null);
      if (!g.ok()) {
        throw new IllegalStateException("cannot add " + AGENT + " to " + group + ": HTTP "
            + g.status());
      }
    }
  }

  /** Open cases waiting at "Diagnose request", through kefu's API as a channel posts them. */
  private void openWorkload(Connection db) throws Exception {
    if (open <= 0) {
      return;
    }
    Corpus corpus = new Corpus(cfg.corpus(), db);
    String auth = Http.basic(cfg.channelUser(), cfg.channelPassword());
    String runId = Long.toString(System.currentTimeMillis() % 2_000_000_000L, 36);
    Random[] random = new Random[4];
    for (int i = 0; i < random.length; i++) {
      random[i] = new Random(31L + i);
    }
    Driver.log("open workload: " + open + " complaints through POST /api/v1/requests");
    ClosedLoop.Result r = ClosedLoop.run(4, 3600, open, (client, seq) ->
        http.post(cfg.kefuUrl() + "/api/v1/requests", auth, corpus.intake(random[client],
            "hist-open-" + runId + "-" + client + "-" + seq, true)).status());
    Driver.log("  " + r.ok() + " created, " + r.errors() + " errors " + r.errorStatuses());
  }

  // ---------------------------------------------------------------- facts

  private Map<String, Object> machine(Connection admin) throws SQLException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("memoryMb", memTotalMb());
    m.put("postgres", Db.text(admin, "SHOW server_version"));
    m.put("sharedBuffers", Db.text(admin, "SHOW shared_buffers"));
    m.put("java", System.getProperty("java.version"));
    m.put("loadAverage", firstLine(Path.of("/proc/loadavg")));
    m.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    return m;
  }

  private static long memTotalMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (Exception e) {
      // not Linux
    }
    return -1;
  }

  private static String firstLine(Path file) {
    try {
      return Files.readAllLines(file).get(0);
    } catch (Exception e) {
      return null;
    }
  }

  /** The generator's RESULT line (history.sh passes it on), as a map. */
  private Map<String, Object> generator() {
    Map<String, Object> m = new LinkedHashMap<>();
    String line = env.getOrDefault("KEFU_BENCH_HISTORY_GENERATOR", "");
    for (String part : line.replaceFirst("^RESULT ", "").split(" ")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        m.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    return m;
  }

  private Map<String, Object> volume(Connection db) throws SQLException {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String table : List.of("kefu_case", "kefu_case_event", "kefu_notification",
        "kefu_audit", "mkt_customer", "act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
        "act_hi_varinst")) {
      m.put(table, Db.count(db, "SELECT count(*) FROM " + table));
    }
    m.put("databaseSize", Db.text(db, "SELECT pg_size_pretty(pg_database_size("
        + "current_database()))"));
    return m;
  }

  /** EXPLAIN ANALYZE of kefu's look-ups for one case and one customer: which index each uses. */
  private Map<String, Object> plans(Connection db, String caseNumber, String customer)
      throws SQLException {
    long caseId = Long.parseLong(Db.text(db, "SELECT id FROM kefu_case WHERE case_number = '"
        + caseNumber.replace("'", "") + "'"));
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put("caseByNumber", "SELECT * FROM kefu_case WHERE case_number = '"
        + caseNumber.replace("'", "") + "'");
    queries.put("timeline", "SELECT id, occurred_at, kind, actor, buyer_visible, text, reason "
        + "FROM kefu_case_event WHERE case_id = " + caseId + " ORDER BY occurred_at, id");
    String c = customer.replace("'", "");
    queries.put("customerCount", "SELECT COUNT(*) FROM kefu_case WHERE customer_id = '" + c
        + "'");
    queries.put("customerPage", "SELECT case_number, status, category, priority, channel, "
        + "order_number, candidate_group, diagnosed_by, created_at, closed_at FROM kefu_case "
        + "WHERE customer_id = '" + c + "' ORDER BY created_at DESC, id DESC LIMIT 20 OFFSET 0");
    queries.put("customerExists", "SELECT id FROM mkt_customer WHERE id = '" + c + "'");
    Map<String, Object> plans = new LinkedHashMap<>();
    for (Map.Entry<String, String> q : queries.entrySet()) {
      List<String> lines = new ArrayList<>();
      try (Statement s = db.createStatement();
           ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + q.getValue())) {
        while (rs.next()) {
          lines.add(rs.getString(1));
        }
      }
      plans.put(q.getKey(), lines);
    }
    return plans;
  }

  private static List<String> strings(Connection db, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    if (values.isEmpty()) {
      throw new IllegalStateException("no data for: " + sql);
    }
    return values;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object o) {
    return (Map<String, Object>) o;
  }

  // ---------------------------------------------------------------- the table

  static String table(Map<String, Object> r) {
    Map<String, Object> volume = castMap(r.get("volume"));
    Map<String, Object> generator = castMap(r.get("generator"));
    Map<String, Object> machine = castMap(r.get("machine"));
    StringBuilder b = new StringBuilder();
    b.append(String.format("kefu with %,d cases (%s), %,d historic activity instances, "
            + "%s open diagnosis tasks; generator: %s s for %s cases%n%n",
        (Long) volume.get("kefu_case"), volume.get("databaseSize"),
        (Long) volume.get("act_hi_actinst"), volume.get("openDiagnoseTasks"),
        generator.getOrDefault("seconds", "?"), generator.getOrDefault("cases", "?")));
    b.append("| request | clients | requests | p50 ms | p95 ms | p99 ms | errors |\n");
    b.append("| --- | --- | --- | --- | --- | --- | --- |\n");
    Map<String, Object> figures = castMap(r.get("figures"));
    Map<String, String> names = Map.of(
        "taskList", "agent's task list (POST /engine-rest/task, 15 by priority and due date)",
        "caseByNumber", "case by number (GET /api/v1/cases/{n}, with timeline)",
        "customerHistory", "customer's history (GET /api/v1/customers/{id}/cases, 20)",
        "engineRestVersion", "for comparison: GET /engine-rest/version (authentication only)");
    figures.forEach((name, levels) -> castMap(levels).forEach((level, v) -> {
      Map<String, Object> f = castMap(v);
      b.append("| ").append(names.getOrDefault(name, name)).append(" | ")
          .append(level.substring(1)).append(" | ").append(f.get("requests")).append(" | ")
          .append(f.get("p50Ms")).append(" | ").append(f.get("p95Ms")).append(" | ")
          .append(f.get("p99Ms")).append(" | ").append(f.get("errors")).append(" |\n");
    }));
    b.append(String.format("%nmachine: %s cores, %s MB, PostgreSQL %s (shared_buffers %s), "
            + "load %s", machine.get("cores"), machine.get("memoryMb"), machine.get("postgres"),
        machine.get("sharedBuffers"), machine.get("loadAverage")));
    return b.toString();
  }

  static void main(String command, Config cfg) throws Exception {
    switch (command) {
      case "history-prepare" -> prepare(cfg);
      case "history-wait" -> waitHealthy(cfg);
      case "history-run" -> new HistoryBench(cfg).run();
      default -> throw new IllegalArgumentException(command);
    }
  }
}
