package io.kefu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * kefu's benchmark driver. {@code prepare-db} creates fresh databases for kefu and the bare
 * engine; {@code run} drives both applications (already started by run.sh) over HTTP and writes
 * results.json. See bench/README-performance.md for what each figure means.
 */
public final class Driver {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);
  private static final Pattern DB_NAME = Pattern.compile("[a-z_][a-z0-9_]*");
  static final String DIAGNOSE_TASK = "Task_DiagnoseRequest";
  static final String SLA_BREACH_TIMER = "Event_SlaBreached";
  static final String ESCALATE_TASK = "Task_EscalateSlaBreach";

  private final Config cfg;
  private final Http http = new Http();
  private final String runId =
      Long.toString(System.currentTimeMillis() % 2_000_000_000L, 36);
  private final String channelAuth;
  private final Map<String, Object> results = new LinkedHashMap<>();
  private Connection kefuDb;
  private Connection bareDb;
  private Connection modelDb;
  private final java.util.concurrent.atomic.AtomicLong modelCaseIds =
      new java.util.concurrent.atomic.AtomicLong();
  private boolean autovacuumOff;
  private Corpus corpus;

  private Driver(Config cfg) {
    this.cfg = cfg;
    this.channelAuth = Http.basic(cfg.channelUser(), cfg.channelPassword());
  }

  public static void main(String[] args) throws Exception {
    Config cfg = Config.fromEnvironment();
    String command = args.length == 0 ? "run" : args[0];
    switch (command) {
      case "prepare-db" -> prepare(cfg);
      case "run" -> new Driver(cfg).run();
      case "wait" -> waitHealthy(cfg);
      case "history-prepare", "history-wait", "history-run" -> HistoryBench.main(command, cfg);
      default -> {
        System.err.println("usage: driver.jar prepare-db|wait|run|history-prepare|history-wait|"
            + "history-run (settings: KEFU_BENCH_* variables)");
        System.exit(64);
      }
    }
  }

  // ---------------------------------------------------------------- databases

  /** Checks PostgreSQL and creates the two benchmark databases afresh (dropping old ones). */
  static void prepare(Config cfg) {
    List<String> databases = cfg.model() ? List.of(cfg.kefuDb(), cfg.bareDb(), cfg.modelDb())
        : List.of(cfg.kefuDb(), cfg.bareDb());
    for (String db : databases) {
      if (!DB_NAME.matcher(db).matches()) {
        fail("invalid database name '" + db + "'");
      }
    }
    try (Connection c = Db.connect(cfg, "postgres")) {
      log("PostgreSQL " + Db.text(c, "SHOW server_version") + " at " + cfg.pgHost() + ":"
          + cfg.pgPort());
      for (String db : databases) {
        Db.execute(c, "DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        Db.execute(c, "CREATE DATABASE " + db);
        log("created database " + db);
      }
    } catch (SQLException e) {
      fail("PostgreSQL at " + cfg.pgHost() + ":" + cfg.pgPort() + " as " + cfg.pgUser()
          + ": " + e.getMessage()
          + " (set KEFU_BENCH_PG_HOST/PORT/USER/PASSWORD; the user must be allowed to create "
          + "databases)");
    }
  }

  /** Waits until both applications answer UP on /actuator/health, or one of them died. */
  static void waitHealthy(Config cfg) throws InterruptedException {
    Http http = new Http();
    long deadline = System.nanoTime() + Long.parseLong(
        System.getenv().getOrDefault("KEFU_BENCH_START_TIMEOUT", "300")) * 1_000_000_000L;
    Map<String, Long> apps = new LinkedHashMap<>();
    apps.put(cfg.kefuUrl(), cfg.kefuPid());
    apps.put(cfg.bareUrl(), cfg.barePid());
    if (cfg.model()) {
      apps.put(cfg.modelUrl(), cfg.modelPid());
    }
    for (Map.Entry<String, Long> app : apps.entrySet()) {
      while (true) {
        if (app.getValue() > 0 && ProcessHandle.of(app.getValue()).map(p -> !p.isAlive())
            .orElse(true)) {
          fail(app.getKey() + ": the application stopped during start (see its log)");
        }
        try {
          Http.Response r = http.get(app.getKey() + "/actuator/health", null);
          if (r.ok() && r.body().contains("\"UP\"")) {
            log(app.getKey() + " is up");
            break;
          }
        } catch (Exception notYet) {
          // not listening yet
        }
        if (System.nanoTime() > deadline) {
          fail(app.getKey() + ": not healthy in time (see its log)");
        }
        Thread.sleep(500);
      }
    }
  }

  // ---------------------------------------------------------------- the run

  private void run() throws Exception {
    try (Connection k = Db.connect(cfg, cfg.kefuDb());
         Connection b = Db.connect(cfg, cfg.bareDb());
         Connection admin = Db.connect(cfg, "postgres");
         Connection m = cfg.model() ? Db.connect(cfg, cfg.modelDb()) : null) {
      kefuDb = k;
      bareDb = b;
      modelDb = m;
      corpus = new Corpus(cfg.corpus(), kefuDb);
      autovacuumOff = "off".equals(Db.text(admin, "SHOW autovacuum"));
      results.put("machine", machine(admin));
      results.put("settings", settings());
      log("run " + runId + ": " + corpus.messages() + " messages, " + corpus.customers()
          + " customers; " + cfg.seconds() + " s per level, clients " + cfg.clients());

      java.util.Set<String> phases = cfg.phases();
      Map<String, Object> warmup = new LinkedHashMap<>();
      warmup.put("kefu", warmUp("kefu intake", cfg.kefuPid(), w -> kefuIntake(w, false)));
      warmup.put("bare", warmUp("bare start", cfg.barePid(),
          w -> bareStart(w, "bare-intake", null)));
      if (cfg.model()) {
        warmup.put("model", warmUp("kefu's model on the bare engine", cfg.modelPid(),
            this::modelStart));
      }
      results.put("warmup", warmup);

      beforeMeasuring("the measurements");
      if (phases.contains("cost")) {
        costPerIntake();
      }

      Map<String, Object> intake = new LinkedHashMap<>();
      Map<String, Object> bareStart = new LinkedHashMap<>();
      Map<String, Object> modelStarts = new LinkedHashMap<>();
      for (int clients : phases.contains("intake") ? cfg.clients() : List.<Integer>of()) {
        String phase = "c" + clients;
        beforeMeasuring("intake " + phase);
        Map<String, Object> level = measure("intake " + phase + ": kefu", clients,
            cfg.kefuPid(), kefuDb, kefuIntake(phase, false), "intake");
        reachedDiagnosis(phase, level);
        intake.put(phase, level);
        log("  " + level.get("reachedDiagnose") + " reached the diagnosis");
        beforeMeasuring("intake " + phase + " of the bare engine");
        bareStart.put(phase, measure("intake " + phase + ": bare engine", clients,
            cfg.barePid(), bareDb, bareStart(phase, "bare-intake", null), "start"));
        if (cfg.model()) {
          beforeMeasuring("intake " + phase + " of kefu's model");
          String diagnose = "SELECT count(*) FROM act_ru_task WHERE task_def_key_ = '"
              + DIAGNOSE_TASK + "'";
          String awaitBuyer = "SELECT count(*) FROM act_ru_event_subscr "
              + "WHERE activity_id_ = 'Event_BuyerReplied'";
          long diagnose0 = Db.count(modelDb, diagnose);
          long awaitBuyer0 = Db.count(modelDb, awaitBuyer);
          Map<String, Object> modelLevel = measure("intake " + phase
              + ": kefu's model on the bare engine", clients, cfg.modelPid(), modelDb,
              modelStart(phase), "start");
          modelLevel.put("reachedDiagnose", Db.count(modelDb, diagnose) - diagnose0);
          modelLevel.put("selfService", Db.count(modelDb, awaitBuyer) - awaitBuyer0);
          modelStarts.put(phase, modelLevel);
        }
      }
      results.put("intake", intake);
      Map<String, Object> modelMemory = null;
      Map<String, Object> modelVariables = null;
      if (cfg.model()) {
        // its job executor keeps polling a job table with two timers per instance: stopped, so
        // that it does not load the machine during the agents and the timers
        modelVariables = variablesAtDiagnosis();
        modelMemory = memory(cfg.modelPid());
        stop(cfg.modelPid(), "kefu's model on the bare engine");
        modelDb = null; // nothing to vacuum there any more
      }

      if (phases.contains("agents")) {
        results.put("agents", agents());
      }
      Map<String, Object> bare = new LinkedHashMap<>();
      bare.put("start", bareStart);
      if (phases.contains("timers")) {
        results.put("timers", kefuTimers());
        bare.put("timers", bareTimers());
      }
      bare.put("costPerStart", results.remove("bareCostPerStart"));
      results.put("bare", bare);
      if (cfg.model()) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("what", "kefu's service-request.bpmn and triage.dmn with kefu's engine "
            + "settings on a bare Camunda engine, beans replaced by stand-ins that only set the "
            + "same variables (bench/bare, profile kefu-model)");
        model.put("start", modelStarts);
        model.put("variablesAtDiagnosis", modelVariables);
        results.put("model", model);
      }
      results.put("ratios", ratios(intake, bare));
      Map<String, Object> memory = new LinkedHashMap<>();
      memory.put("kefu", memory(cfg.kefuPid()));
      memory.put("bare", memory(cfg.barePid()));
      if (modelMemory != null) {
        memory.put("model", modelMemory);
      }
      results.put("memory", memory);
      // the issue asks for kefu's RSS and heap with the cost figures
      @SuppressWarnings("unchecked")
      Map<String, Object> cost = (Map<String, Object>) results.get("costPerIntake");
      if (cost != null) {
        cost.put("kefuAfterRun", memory.get("kefu"));
      }
    }
    Files.createDirectories(cfg.out().toAbsolutePath().getParent());
    Files.writeString(cfg.out(), JSON.writeValueAsString(results), StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(Report.table(results));
    System.out.println("written: " + cfg.out());
  }

  // ---------------------------------------------------------------- intake

  private ClosedLoop.Call kefuIntake(String phase, boolean complaintsOnly) {
    String url = cfg.kefuUrl() + "/api/v1/requests";
    Random[] random = randoms(phase, 64);
    return (client, seq) -> {
      String id = runId + "-" + phase + "-" + client + "-" + seq;
      return http.post(url, channelAuth,
          corpus.intake(random[client % random.length], id, complaintsOnly)).status();
    };
  }

  /** Starts kefu's model on the third engine (profile kefu-model) through its engine-rest API. */
  private ClosedLoop.Call modelStart(String phase) {
    String url = cfg.modelUrl() + "/engine-rest/process-definition/key/service-request/start";
    Random[] random = randoms(phase, 64);
    return (client, seq) -> http.post(url, null, corpus.modelStart(random[client % random.length],
        runId + "-" + phase + "-" + client + "-" + seq, modelCaseIds.incrementAndGet())).status();
  }

  /** Starts the bare engine's process through its engine-rest API. */
  private ClosedLoop.Call bareStart(String phase, String processKey, String due) {
    String url = cfg.bareUrl() + "/engine-rest/process-definition/key/" + processKey + "/start";
    return (client, seq) -> {
      String id = runId + "-" + phase + "-" + client + "-" + seq;
      Map<String, Object> vars = new LinkedHashMap<>();
      vars.put("requestId", Map.of("value", id, "type", "String"));
      if (due != null) {
        vars.put("due", Map.of("value", due, "type", "Date"));
      }
      return http.post(url, null, Corpus.json(Map.of("businessKey", id, "variables", vars)))
          .status();
    };
  }

  private Random[] randoms(String phase, int n) {
    Random[] r = new Random[n];
    for (int i = 0; i < n; i++) {
      r[i] = new Random(phase.hashCode() * 31L + i);
    }
    return r;
  }

  /**
   * One intake level against one application: closed loop for the configured time, then the
   * level's figures with the application's and its database's CPU per request.
   */
  private Map<String, Object> measure(String what, int clients, long pid, Connection db,
      ClosedLoop.Call call, String unit) throws InterruptedException {
    log(what + ", " + cfg.seconds() + " s");
    Cpu.Snapshot before = Cpu.take(pid, db);
    ClosedLoop.Result r = ClosedLoop.run(clients, cfg.seconds(), 0, call);
    Map<String, Object> level = level(r);
    cpu(level, before, Cpu.take(pid, db), r.ok());
    log("  " + summary(r) + ", CPU ms per " + unit + ": app " + level.get("appCpuMs") + ", db "
        + level.get("dbCpuMs"));
    return level;
  }

  private static Map<String, Object> level(ClosedLoop.Result r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rps", round(r.rps(), 1));
    m.put("p50Ms", round(r.ms(50), 1));
    m.put("p95Ms", round(r.ms(95), 1));
    m.put("p99Ms", round(r.ms(99), 1));
    m.put("errors", r.errors());
    m.put("requests", r.ok());
    m.put("seconds", round(r.seconds(), 1));
    if (!r.errorStatuses().isEmpty()) {
      m.put("errorStatuses", r.errorStatuses());
    }
    return m;
  }

  private static void cpu(Map<String, Object> m, Cpu.Snapshot before, Cpu.Snapshot after,
      long units) {
    double[] ms = Cpu.perUnit(before, after, units);
    m.put("appCpuMs", ms[0] < 0 ? null : round(ms[0], 1));
    m.put("dbCpuMs", ms[1] < 0 ? null : round(ms[1], 1));
  }

  private void reachedDiagnosis(String phase, Map<String, Object> level) throws SQLException {
    String prefix = runId + "-" + phase + "-";
    level.put("reachedDiagnose", Db.count(kefuDb, "SELECT count(*) FROM kefu_case c "
        + "WHERE c.request_id LIKE '" + prefix + "%' AND EXISTS (SELECT 1 FROM kefu_case_event e "
        + "WHERE e.case_id = c.id AND e.kind = 'QUEUED')"));
    level.put("selfService", Db.count(kefuDb, "SELECT count(*) FROM kefu_case "
        + "WHERE request_id LIKE '" + prefix + "%' AND self_service"));
  }

  private static String summary(ClosedLoop.Result r) {
    return String.format("%.1f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d errors%s",
        r.rps(), r.ms(50), r.ms(95), r.ms(99), r.errors(),
        r.errorStatuses().isEmpty() ? "" : " " + r.errorStatuses());
  }

  // ---------------------------------------------------------------- cost per intake

  /**
   * A fixed number of intakes one after the other, with nothing else running: statements from
   * the datasource-proxy counter (GET /bench/sql), rows written and transactions from
   * PostgreSQL's statistics. The same for the bare engine's start.
   */
  private void costPerIntake() throws Exception {
    int n = cfg.costIntakes();
    log("cost: " + n + " intakes on kefu, " + n + " starts on the bare engine, one at a time");
    pause(11); // let the warm-up's statistics reach pg_stat_*
    Map<String, Long> kefuPgBefore = Db.writeStats(kefuDb);
    Map<String, Long> barePgBefore = Db.writeStats(bareDb);
    Map<String, Long> kefuSqlBefore = sqlCounts(cfg.kefuUrl(), channelAuth);
    Cpu.Snapshot kc = Cpu.take(cfg.kefuPid(), kefuDb);
    ClosedLoop.Result k = ClosedLoop.run(1, 3600, n, kefuIntake("cost", false));
    Cpu.Snapshot kc2 = Cpu.take(cfg.kefuPid(), kefuDb);
    Map<String, Long> kefuSql = minus(sqlCounts(cfg.kefuUrl(), channelAuth), kefuSqlBefore);
    Map<String, Long> bareSqlBefore = sqlCounts(cfg.bareUrl(), null);
    Cpu.Snapshot bc = Cpu.take(cfg.barePid(), bareDb);
    ClosedLoop.Result b = ClosedLoop.run(1, 3600, n, bareStart("cost", "bare-intake", null));
    Cpu.Snapshot bc2 = Cpu.take(cfg.barePid(), bareDb);
    Map<String, Long> bareSql = minus(sqlCounts(cfg.bareUrl(), null), bareSqlBefore);
    pause(11);
    Map<String, Long> kefuPg = Db.minus(Db.writeStats(kefuDb), kefuPgBefore);
    Map<String, Long> barePg = Db.minus(Db.writeStats(bareDb), barePgBefore);
    Map<String, Object> kefuCost = cost(k, kefuSql, kefuPg);
    cpu(kefuCost, kc, kc2, k.ok());
    Map<String, Object> bareCost = cost(b, bareSql, barePg);
    cpu(bareCost, bc, bc2, b.ok());
    results.put("costPerIntake", kefuCost);
    results.put("bareCostPerStart", bareCost);
    log("  kefu per intake: " + results.get("costPerIntake"));
    log("  bare per start: " + results.get("bareCostPerStart"));
  }

  private static Map<String, Object> cost(ClosedLoop.Result r, Map<String, Long> sql,
      Map<String, Long> pg) {
    double n = Math.max(1, r.ok());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("intakes", r.ok());
    m.put("errors", r.errors());
    if (sql != null) {
      m.put("statements", round(sql.get("statements") / n, 1));
      m.put("selects", round(sql.get("selects") / n, 1));
      m.put("inserts", round(sql.get("inserts") / n, 1));
      m.put("updates", round(sql.get("updates") / n, 1));
      m.put("deletes", round(sql.get("deletes") / n, 1));
      m.put("others", round(sql.get("others") / n, 1));
      m.put("roundTrips", round(sql.get("executions") / n, 1));
      m.put("rowsReportedByJdbc", round(sql.get("rowsReported") / n, 1));
    }
    long rows = pg.get("inserted") + pg.get("updated") + pg.get("deleted");
    m.put("rowsWritten", round(rows / n, 1));
    m.put("rowsInserted", round(pg.get("inserted") / n, 1));
    m.put("rowsUpdated", round(pg.get("updated") / n, 1));
    m.put("rowsDeleted", round(pg.get("deleted") / n, 1));
    m.put("transactions", round(pg.get("commits") / n, 2));
    m.put("latencyP50Ms", round(r.ms(50), 1));
    return m;
  }

  private static Map<String, Long> minus(Map<String, Long> after, Map<String, Long> before) {
    return after == null || before == null ? null : Db.minus(after, before);
  }

  private Map<String, Long> sqlCounts(String baseUrl, String auth) {
    try {
      Http.Response r = http.get(baseUrl + "/bench/sql", auth);
      if (!r.ok()) {
        log("  no statement counts from " + baseUrl + " (HTTP " + r.status() + ")");
        return null;
      }
      Map<String, Long> m = new LinkedHashMap<>();
      JSON.readTree(r.body()).fields().forEachRemaining(e -> m.put(e.getKey(),
          e.getValue().asLong()));
      return m;
    } catch (Exception e) {
      log("  no statement counts from " + baseUrl + ": " + e);
      return null;
    }
  }

  // ---------------------------------------------------------------- agents

  private Map<String, Object> agents() throws Exception {
    int n = cfg.agents();
    beforeMeasuring("the agents");
    Map<String, Object> m = new LinkedHashMap<>();
    if (cfg.adminPassword().isEmpty()) {
      log("agents: skipped, KEFU_BENCH_ADMIN_PASSWORD is not set");
      m.put("skipped", "no administrator password");
      return m;
    }
    String adminAuth = Http.basic(cfg.adminUser(), cfg.adminPassword());
    String password = "bench-" + runId;
    List<String> users = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      String user = "bench-agent-" + i;
      users.add(user);
      Http.Response r = http.post(cfg.kefuUrl() + "/engine-rest/user/create", adminAuth,
          Corpus.json(Map.of(
              "profile", Map.of("id", user, "firstName", "Bench", "lastName", "Agent " + i,
                  "email", user + "@bench.invalid"),
              "credentials", Map.of("password", password))));
      if (!r.ok()) {
        throw new IllegalStateException("cannot create " + user + ": HTTP " + r.status() + " "
            + r.body());
      }
      // the two front-line tiers: repeat complaints of the 80 demo customers go to senior agents
      for (String group : List.of("agents", "senior-agents")) {
        Http.Response g = http.put(cfg.kefuUrl() + "/engine-rest/group/" + group + "/members/"
            + user, adminAuth, null);
        if (!g.ok()) {
          throw new IllegalStateException("cannot add " + user + " to " + group + ": HTTP "
              + g.status() + " " + g.body());
        }
      }
    }
    long open = Db.count(kefuDb, "SELECT count(*) FROM act_ru_task WHERE task_def_key_ = '"
        + DIAGNOSE_TASK + "' AND assignee_ IS NULL");
    log("agents: " + n + " agents, " + cfg.agentSeconds() + " s, " + open
        + " open diagnosis tasks");
    List<Agent> agents = new ArrayList<>();
    long start = System.nanoTime();
    long deadline = start + cfg.agentSeconds() * 1_000_000_000L;
    for (int i = 0; i < n; i++) {
      Agent a = new Agent(users.get(i), Http.basic(users.get(i), password), deadline,
          new Random(1000 + i));
      agents.add(a);
      a.thread.start();
    }
    Histogram cycle = ClosedLoop.histogram();
    Histogram request = ClosedLoop.histogram();
    Map<String, Histogram> ops = new LinkedHashMap<>();
    long completed = 0;
    long conflicts = 0;
    long errors = 0;
    long empty = 0;
    Map<String, Long> errorKinds = new java.util.TreeMap<>();
    for (Agent a : agents) {
      a.errorKinds.forEach((k, v) -> errorKinds.merge(k, v, Long::sum));
      a.thread.join();
      cycle.add(a.cycle);
      a.ops.forEach((k, h) -> {
        ops.computeIfAbsent(k, x -> ClosedLoop.histogram()).add(h);
        request.add(h);
      });
      completed += a.completed;
      conflicts += a.conflicts;
      errors += a.errors;
      empty += a.empty;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    m.put("agents", n);
    m.put("tps", round(completed / seconds, 1));
    m.put("p50Ms", ms(cycle, 50));
    m.put("p95Ms", ms(cycle, 95));
    m.put("p99Ms", ms(cycle, 99));
    m.put("requestP95Ms", ms(request, 95));
    m.put("completed", completed);
    m.put("claimConflicts", conflicts);
    m.put("errors", errors);
    m.put("emptyLists", empty);
    if (!errorKinds.isEmpty()) {
      m.put("errorKinds", errorKinds);
    }
    m.put("openTasksBefore", open);
    m.put("seconds", round(seconds, 1));
    Map<String, Object> perOp = new LinkedHashMap<>();
    ops.forEach((k, h) -> perOp.put(k, Map.of("p50Ms", ms(h, 50), "p95Ms", ms(h, 95),
        "p99Ms", ms(h, 99), "count", h.getTotalCount())));
    m.put("operations", perOp);
    log("  " + m.get("tps") + " tasks/s, cycle p95 " + m.get("p95Ms") + " ms, " + completed
        + " completed, " + conflicts + " claim conflicts, " + errors + " errors "
        + errorKinds);
    return m;
  }

  /** One agent: list my tasks, claim one, open its form, complete it; again. */
  private final class Agent implements Runnable {
    final Thread thread;
    final String user;
    final String auth;
    final long deadline;
    final Random random;
    final Histogram cycle = ClosedLoop.histogram();
    final Map<String, Histogram> ops = new LinkedHashMap<>();
    final Map<String, Long> errorKinds = new java.util.TreeMap<>();
    long completed;
    long conflicts;
    long errors;
    long empty;

    Agent(String user, String auth, long deadline, Random random) {
      this.user = user;
      this.auth = auth;
      this.deadline = deadline;
      this.random = random;
      this.thread = new Thread(this, user);
      for (String op : List.of("list", "claim", "form", "complete")) {
        ops.put(op, ClosedLoop.histogram());
      }
    }

    @Override
    public void run() {
      String base = cfg.kefuUrl() + "/engine-rest/task";
      String query = Corpus.json(Map.of("candidateUser", user, "taskDefinitionKey",
          DIAGNOSE_TASK, "sorting", List.of(
              Map.of("sortBy", "priority", "sortOrder", "desc"),
              Map.of("sortBy", "dueDate", "sortOrder", "asc"))));
      while (System.nanoTime() < deadline) {
        try {
          long c0 = System.nanoTime();
          Http.Response list = timed("list", () ->
              http.post(base + "?firstResult=0&maxResults=15", auth, query));
          if (!list.ok()) {
            error("list", list);
            continue;
          }
          JsonNode tasks = JSON.readTree(list.body());
          if (tasks.isEmpty()) {
            empty++;
            Thread.sleep(100);
            continue;
          }
          String id = tasks.get(random.nextInt(tasks.size())).get("id").asText();
          Http.Response claim = timed("claim", () -> http.post(base + "/" + id + "/claim", auth,
              Corpus.json(Map.of("userId", user))));
          if (!claim.ok()) {
            // lost the race for the task: "already claimed", the concurrent update's
            // OptimisticLockingException, the task was completed before (NullValueException),
            // or while the claim ran: the task was read, then its authorizations were gone (403
            // AuthorizationException, and the task does not exist any more)
            if (claim.body() != null && (claim.body().contains("already claimed")
                || claim.body().contains("OptimisticLockingException")
                || claim.body().contains("NullValueException"))
                || claim.status() == 403 && http.get(base + "/" + id, auth).status() == 404) {
              conflicts++;
            } else {
              error("claim", claim);
            }
            continue;
          }
          Http.Response form = timed("form", () ->
              http.get(base + "/" + id + "/form-variables", auth));
          if (!form.ok()) {
            error("form", form);
            continue;
          }
          String category = JSON.readTree(form.body()).path("category").path("value")
              .asText("ORDER_QUERY");
          Http.Response done = timed("complete", () -> http.post(base + "/" + id + "/complete",
              auth, Corpus.json(Map.of("variables", Map.of(
                  "confirmedCategory", Map.of("value", category),
                  // the form's required answers for "resolve": guidance for a user error
                  "action", Map.of("value", "RESOLVE"),
                  "buyerExpectation", Map.of("value", "INFORMATION"),
                  "rootCause", Map.of("value", "USER_ERROR"),
                  "faultParty", Map.of("value", "BUYER"),
                  "diagnosisSummary", Map.of("value", "核实完毕 checked by " + user))))));
          if (!done.ok()) {
            error("complete", done);
            continue;
          }
          cycle.recordValue(Math.min((System.nanoTime() - c0) / 1000,
              cycle.getHighestTrackableValue()));
          completed++;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (Exception e) {
          errors++;
          errorKinds.merge(e.getClass().getSimpleName(), 1L, Long::sum);
        }
      }
    }

    private void error(String op, Http.Response r) {
      errors++;
      String body = r.body() == null ? "" : r.body();
      String type = body.replaceAll("(?s).*\"type\"\\s*:\\s*\"([^\"]*)\".*", "$1");
      errorKinds.merge(op + " " + r.status() + (type.equals(body) ? "" : " " + type), 1L,
          Long::sum);
    }

    private Http.Response timed(String op, HttpCall call) throws Exception {
      long t = System.nanoTime();
      Http.Response r = call.call();
      Histogram h = ops.get(op);
      h.recordValue(Math.min((System.nanoTime() - t) / 1000, h.getHighestTrackableValue()));
      return r;
    }
  }

  private interface HttpCall {
    Http.Response call() throws Exception;
  }

  // ---------------------------------------------------------------- SLA timers

  /**
   * kefu: N cases wait at the diagnosis with their first-response timer (Event_SlaBreached); the
   * driver posts complaints until there are N, then moves exactly N of those timers' due dates
   * into the past in one transaction and watches the job executor run the escalations.
   */
  private Map<String, Object> kefuTimers() throws Exception {
    int n = cfg.timerCases();
    String jobs = "SELECT j.id_ FROM act_ru_job j JOIN act_ru_jobdef d ON d.id_ = j.job_def_id_ "
        + "WHERE d.act_id_ = '" + SLA_BREACH_TIMER + "'";
    long setup = System.nanoTime();
    long waiting = Db.count(kefuDb, "SELECT count(*) FROM (" + jobs + ") x");
    int round = 0;
    while (waiting < n && round < 5) {
      long missing = n - waiting;
      log("timers: " + waiting + " cases wait with an SLA timer; posting " + missing
          + " complaints (c16)");
      ClosedLoop.Result r = ClosedLoop.run(16, 3600, missing, kefuIntake("t" + round++, true));
      log("  " + summary(r));
      waiting = Db.count(kefuDb, "SELECT count(*) FROM (" + jobs + ") x");
    }
    double setupSeconds = (System.nanoTime() - setup) / 1e9;
    Map<String, Object> m = timerRun(kefuDb, jobs, n, "kefu", cfg.kefuPid());
    m.put("setupSeconds", round(setupSeconds, 1));
    // the checks: one escalation per case, recorded once on the case and run once by the engine
    String chosen = "SELECT pi FROM bench_due";
    m.put("escalated", Db.count(kefuDb, "SELECT count(DISTINCT e.case_id) FROM kefu_case_event e "
        + "JOIN kefu_case c ON c.id = e.case_id WHERE e.kind = 'SLA_BREACHED' "
        + "AND c.process_instance_id IN (" + chosen + ")"));
    m.put("duplicates", Db.count(kefuDb, "SELECT count(*) FROM (SELECT e.case_id "
        + "FROM kefu_case_event e JOIN kefu_case c ON c.id = e.case_id "
        + "WHERE e.kind = 'SLA_BREACHED' AND c.process_instance_id IN (" + chosen + ") "
        + "GROUP BY e.case_id HAVING count(*) > 1) x"));
    m.put("engineDuplicates", engineDuplicates(kefuDb, ESCALATE_TASK));
    m.put("casesMarkedBreached", Db.count(kefuDb, "SELECT count(*) FROM kefu_case "
        + "WHERE sla_breached_at IS NOT NULL AND process_instance_id IN (" + chosen + ")"));
    log("  kefu timers: " + m);
    return m;
  }

  /** The bare engine: N instances of bare-timer, then the same due-date move. */
  private Map<String, Object> bareTimers() throws Exception {
    int n = cfg.timerCases();
    String due = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
        .withZone(java.time.ZoneOffset.UTC).format(Instant.now().plus(1, ChronoUnit.DAYS));
    log("timers: starting " + n + " bare-timer instances (c16)");
    long setup = System.nanoTime();
    ClosedLoop.Result r = ClosedLoop.run(16, 3600, n, bareStart("timer", "bare-timer", due));
    log("  " + summary(r));
    double setupSeconds = (System.nanoTime() - setup) / 1e9;
    String jobs = "SELECT j.id_ FROM act_ru_job j JOIN act_ru_jobdef d ON d.id_ = j.job_def_id_ "
        + "WHERE d.act_id_ = 'Timer_Due'";
    Map<String, Object> m = timerRun(bareDb, jobs, n, "bare", cfg.barePid());
    m.put("setupSeconds", round(setupSeconds, 1));
    m.put("escalated", Db.count(bareDb, "SELECT count(DISTINCT proc_inst_id_) "
        + "FROM act_hi_actinst WHERE act_id_ = 'Task_Escalate' AND end_time_ IS NOT NULL "
        + "AND proc_inst_id_ IN (SELECT pi FROM bench_due)"));
    m.put("duplicates", engineDuplicates(bareDb, "Task_Escalate"));
    log("  bare timers: " + m);
    return m;
  }

  private long engineDuplicates(Connection db, String activity) throws SQLException {
    return Db.count(db, "SELECT count(*) FROM (SELECT proc_inst_id_ FROM act_hi_actinst "
        + "WHERE act_id_ = '" + activity + "' AND proc_inst_id_ IN (SELECT pi FROM bench_due) "
        + "GROUP BY proc_inst_id_ HAVING count(*) > 1) x");
  }

  /**
   * Makes N timer jobs due (due date 2000-01-01, so time zones cannot matter) in one
   * transaction, remembers them in the session's temporary table bench_due, and polls every
   * 500 ms until none is left (or only failed ones). seconds and jobsPerSec run from the moment
   * the due dates were moved, so they include the job executor's idle back-off before it looks
   * again (pickupSeconds); executionJobsPerSec runs from the last poll that still saw all N to the
   * first that saw none: the rate once the executor is at work.
   */
  private Map<String, Object> timerRun(Connection db, String jobs, int n, String who, long pid)
      throws Exception {
    beforeMeasuring("the " + who + " timers");
    Db.execute(db, "DROP TABLE IF EXISTS bench_due");
    boolean auto = db.getAutoCommit();
    db.setAutoCommit(false);
    Db.execute(db, "CREATE TEMP TABLE bench_due AS SELECT j.id_ AS job_id, "
        + "j.process_instance_id_ AS pi FROM act_ru_job j WHERE j.id_ IN (" + jobs + ") "
        + "ORDER BY j.create_time_, j.id_ LIMIT " + n);
    Db.execute(db, "UPDATE act_ru_job SET duedate_ = TIMESTAMP '2000-01-01 00:00:00' "
        + "WHERE id_ IN (SELECT job_id FROM bench_due)");
    Cpu.Snapshot cpu0 = Cpu.take(pid, db);
    db.commit();
    db.setAutoCommit(auto);
    long t0 = System.nanoTime();
    long chosen = Db.count(db, "SELECT count(*) FROM bench_due");
    log("timers: " + who + ": " + chosen + " timer jobs made due; waiting for the job executor");
    // one scan per poll, every 500 ms: the poll itself must not load the database
    String progressSql = "SELECT count(*), count(*) FILTER (WHERE retries_ = 0) FROM act_ru_job "
        + "WHERE id_ IN (SELECT job_id FROM bench_due)";
    long lastFull = t0;
    long remaining = chosen;
    long failed = 0;
    long timeout = t0 + cfg.timerTimeoutSeconds() * 1_000_000_000L;
    long lastLog = t0;
    while (true) {
      long now = System.nanoTime();
      try (java.sql.Statement st = db.createStatement();
           java.sql.ResultSet rs = st.executeQuery(progressSql)) {
        rs.next();
        remaining = rs.getLong(1);
        failed = rs.getLong(2);
      }
      if (remaining >= chosen) {
        lastFull = now;
      }
      if (remaining == 0 || remaining == failed || now > timeout) {
        break;
      }
      if (now - lastLog > 10_000_000_000L) {
        log("  " + who + ": " + remaining + " left");
        lastLog = now;
      }
      Thread.sleep(500);
    }
    long end = System.nanoTime();
    Cpu.Snapshot cpu1 = Cpu.take(pid, db);
    Map<String, Object> m = new LinkedHashMap<>();
    long done = chosen - remaining;
    m.put("jobs", chosen);
    m.put("seconds", round((end - t0) / 1e9, 1));
    m.put("jobsPerSec", round(done / Math.max(0.001, (end - t0) / 1e9), 1));
    m.put("pickupSeconds", round((lastFull - t0) / 1e9, 1));
    m.put("executionJobsPerSec", round(done / Math.max(0.001, (end - lastFull) / 1e9), 1));
    m.put("executed", done);
    m.put("failed", failed);
    m.put("timedOut", remaining > failed);
    cpu(m, cpu0, cpu1, done);
    return m;
  }

  // ---------------------------------------------------------------- summary figures

  @SuppressWarnings("unchecked")
  private Map<String, Object> ratios(Map<String, Object> intake, Map<String, Object> bare) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> start = (Map<String, Object>) bare.get("start");
    intake.forEach((level, v) -> {
      Object b = start.get(level);
      if (b != null) {
        m.put("intake" + level.toUpperCase(), ratio(((Map<String, Object>) v).get("rps"),
            ((Map<String, Object>) b).get("rps")));
      }
    });
    Map<String, Object> model = (Map<String, Object>) results.get("model");
    if (model != null) {
      ((Map<String, Object>) model.get("start")).forEach((level, v) -> {
        Object b = start.get(level);
        Object k = intake.get(level);
        Object rps = ((Map<String, Object>) v).get("rps");
        if (b != null) {
          m.put("model" + level.toUpperCase(), ratio(rps, ((Map<String, Object>) b).get("rps")));
        }
        if (k != null) {
          m.put("intake" + level.toUpperCase() + "OfModel",
              ratio(((Map<String, Object>) k).get("rps"), rps));
        }
      });
    }
    if (results.get("timers") != null && bare.get("timers") != null) {
      Map<String, Object> k = (Map<String, Object>) results.get("timers");
      Map<String, Object> b = (Map<String, Object>) bare.get("timers");
      m.put("timers", ratio(k.get("jobsPerSec"), b.get("jobsPerSec")));
      m.put("timersExecution", ratio(k.get("executionJobsPerSec"), b.get("executionJobsPerSec")));
    }
    return m;
  }

  private static Double ratio(Object kefu, Object bare) {
    double b = ((Number) bare).doubleValue();
    return b == 0 ? null : round(((Number) kefu).doubleValue() / b, 2);
  }

  private Map<String, Object> machine(Connection admin) throws SQLException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("memoryMb", procValueKb(Path.of("/proc/meminfo"), "MemTotal") / 1024);
    m.put("cpu", firstLine(Path.of("/proc/cpuinfo"), "model name"));
    m.put("postgres", Db.text(admin, "SHOW server_version"));
    m.put("postgresHost", cfg.pgHost() + ":" + cfg.pgPort());
    String preload = Db.text(admin, "SHOW shared_preload_libraries");
    m.put("pgStatStatements", preload != null && preload.contains("pg_stat_statements"));
    m.put("java", System.getProperty("java.version"));
    m.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    return m;
  }

  private static final int WARMUP_WINDOW_SECONDS = 10;

  /**
   * Warms one application up at 4 clients until its JIT compilers are quiet: at least
   * {@code warmupSeconds}, then until the compiler threads used less than
   * {@code jitQuietPercent} of the process's CPU over the last 10 s, at most
   * {@code warmupMaxSeconds}. A fixed warm-up measured the JIT more than the application: kefu
   * runs much more distinct code per request than the bare engine (Spring MVC and Security,
   * Lucene, DMN, MyBatis, JDBC), and after 60 s its C2 compiler still took a third of its CPU.
   * Where /proc cannot tell (no pid), the warm-up is the minimum.
   */
  private Map<String, Object> warmUp(String name, long pid,
      java.util.function.Function<String, ClosedLoop.Call> calls) throws InterruptedException {
    long start = System.nanoTime();
    double jitPercent = -1;
    long requests = 0;
    boolean quiet = false;
    for (int window = 0; ; window++) {
      double elapsed = (System.nanoTime() - start) / 1e9;
      if (elapsed >= cfg.warmupMaxSeconds() || (elapsed >= cfg.warmupSeconds()
          && (quiet || pid <= 0))) {
        break;
      }
      long jit0 = Cpu.compilerTicks(pid);
      long all0 = Cpu.ticks(pid);
      ClosedLoop.Result r = ClosedLoop.run(4, WARMUP_WINDOW_SECONDS, 0, calls.apply("w" + window));
      long jit1 = Cpu.compilerTicks(pid);
      long all1 = Cpu.ticks(pid);
      requests += r.ok();
      if (jit0 >= 0 && jit1 >= 0 && all1 > all0) {
        jitPercent = Math.round(1000.0 * (jit1 - jit0) / (all1 - all0)) / 10.0;
        quiet = jitPercent < cfg.jitQuietPercent();
      }
      log("warm-up: " + name + ", c4, " + Math.round((System.nanoTime() - start) / 1e9)
          + " s: " + Math.round(r.ok() / r.seconds()) + " req/s, JIT compilers "
          + (jitPercent < 0 ? "unknown" : jitPercent + " %") + " of the process's CPU");
    }
    double seconds = Math.round((System.nanoTime() - start) / 1e8) / 10.0;
    if (!quiet && pid > 0) {
      log("warm-up: " + name + ": the JIT compilers were still busy after " + seconds
          + " s (KEFU_BENCH_WARMUP_MAX_SECONDS)");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seconds", seconds);
    m.put("requests", requests);
    m.put("jitPercentLastWindow", jitPercent);
    m.put("jitQuiet", quiet);
    return m;
  }

  private Map<String, Object> settings() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("secondsPerLevel", cfg.seconds());
    m.put("warmupSeconds", cfg.warmupSeconds());
    m.put("warmupMaxSeconds", cfg.warmupMaxSeconds());
    m.put("jitQuietPercent", cfg.jitQuietPercent());
    m.put("clients", cfg.clients());
    m.put("agents", cfg.agents());
    m.put("agentSeconds", cfg.agentSeconds());
    m.put("timerCases", cfg.timerCases());
    m.put("costIntakes", cfg.costIntakes());
    m.put("kefuConfig", cfg.kefuConfig());
    m.put("runId", runId);
    m.put("autovacuum", autovacuumOff ? "off on the server: VACUUM (ANALYZE) of both databases "
        + "before each measured phase" : "on");
    return m;
  }

  /**
   * Before each measured phase: the SLA timers of the cases made so far that would fire within
   * the hour are moved one day later, so that a measurement does not include a burst of
   * escalations of the warm-up's cases (thousands of cases made in a few minutes; a P1 case's
   * warning fires 12 business minutes after intake); then {@link #vacuumIfNoAutovacuum}.
   */
  private void beforeMeasuring(String before) throws SQLException {
    for (Connection db : java.util.Arrays.asList(kefuDb, modelDb)) {
      if (db == null) {
        continue;
      }
      long deferred;
      try (java.sql.Statement st = db.createStatement()) {
        deferred = st.executeUpdate("UPDATE act_ru_job SET duedate_ = duedate_ + interval "
            + "'1 day' WHERE type_ = 'timer' AND lock_owner_ IS NULL AND duedate_ > TIMESTAMP "
            + "'2001-01-01 00:00:00' AND duedate_ < LOCALTIMESTAMP + interval '1 hour'");
      }
      if (deferred > 0) {
        log(deferred + " timers due within the hour moved a day later before " + before
            + (db == kefuDb ? " (kefu)" : " (kefu's model)"));
      }
    }
    vacuumIfNoAutovacuum(before);
  }

  /**
   * PostgreSQL's autovacuum keeps the planner's statistics current and removes dead rows; some
   * servers (CI set-ups, this project's test machines) switch it off. Without it the engine's
   * tables, filled within minutes by the benchmark, are never analysed: the planner takes them
   * for empty and picks plans that cost milliseconds per statement (the variable fetch of an
   * escalation job: 7 ms instead of 0.1 ms). A production server runs autovacuum, so when the
   * server does not, the benchmark's databases are vacuumed and analysed before each measured
   * phase, outside the measured time: what autovacuum would have done meanwhile.
   */
  private void vacuumIfNoAutovacuum(String before) throws SQLException {
    if (!autovacuumOff) {
      return;
    }
    long t0 = System.nanoTime();
    Db.execute(kefuDb, "VACUUM (ANALYZE)");
    Db.execute(bareDb, "VACUUM (ANALYZE)");
    if (modelDb != null) {
      Db.execute(modelDb, "VACUUM (ANALYZE)");
    }
    log("autovacuum is off on this server: VACUUM (ANALYZE) of the databases before " + before
        + " (" + round((System.nanoTime() - t0) / 1e9, 1) + " s)");
  }

  /**
   * The stand-ins must store what kefu's beans store, or the phase model measures another model:
   * the names of the process variables of the latest 200 instances waiting at the diagnosis, in
   * kefu and in the stand-in engine, and the names only one of them has.
   */
  private Map<String, Object> variablesAtDiagnosis() throws SQLException {
    String sql = "SELECT DISTINCT v.name_ FROM act_ru_variable v WHERE v.task_id_ IS NULL "
        + "AND v.proc_inst_id_ IN (SELECT t.proc_inst_id_ FROM act_ru_task t WHERE "
        + "t.task_def_key_ = '" + DIAGNOSE_TASK + "' ORDER BY t.create_time_ DESC LIMIT 200)";
    java.util.Set<String> kefu = new java.util.TreeSet<>(Db.strings(kefuDb, sql));
    java.util.Set<String> model = new java.util.TreeSet<>(Db.strings(modelDb, sql));
    java.util.Set<String> kefuOnly = new java.util.TreeSet<>(kefu);
    kefuOnly.removeAll(model);
    java.util.Set<String> modelOnly = new java.util.TreeSet<>(model);
    modelOnly.removeAll(kefu);
    boolean same = kefuOnly.isEmpty() && modelOnly.isEmpty();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("same", same);
    m.put("kefu", kefu.size());
    m.put("kefuOnly", kefuOnly);
    m.put("modelOnly", modelOnly);
    log("kefu's model: " + (same
        ? "the same " + kefu.size() + " variables at the diagnosis as kefu"
        : "VARIABLES DIFFER from kefu's at the diagnosis (KefuModelStandIns must follow kefu): "
            + "only in kefu " + kefuOnly + ", only in the model " + modelOnly));
    return m;
  }

  /** Stops an application started by run.sh (which also stops it on exit, then finding it gone). */
  private static void stop(long pid, String name) throws InterruptedException {
    java.util.Optional<ProcessHandle> process = pid > 0 ? ProcessHandle.of(pid)
        : java.util.Optional.empty();
    if (process.isEmpty()) {
      return;
    }
    process.get().destroy();
    try {
      process.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
      log(name + " stopped");
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      process.get().destroyForcibly();
      log(name + " did not stop in 60 s: killed");
    }
  }

  /** RSS from /proc and heap from jcmd GC.heap_info, after the run. */
  private static Map<String, Object> memory(long pid) {
    if (pid <= 0) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    Path status = Path.of("/proc/" + pid + "/status");
    m.put("rssMb", procValueKb(status, "VmRSS") / 1024);
    m.put("peakRssMb", procValueKb(status, "VmHWM") / 1024);
    String heap = jcmd(pid, "GC.heap_info");
    Matcher h = Pattern.compile("heap\\s+total (\\d+)K, used (\\d+)K").matcher(heap);
    if (h.find()) {
      m.put("heapCommittedMb", Long.parseLong(h.group(1)) / 1024);
      m.put("heapUsedMb", Long.parseLong(h.group(2)) / 1024);
    }
    Matcher max = Pattern.compile("MaxHeapSize\\s*=\\s*(\\d+)").matcher(
        jcmd(pid, "VM.flags -all"));
    if (max.find()) {
      m.put("heapMaxMb", Long.parseLong(max.group(1)) / 1024 / 1024);
    }
    return m;
  }

  private static String jcmd(long pid, String command) {
    try {
      String javaHome = System.getProperty("java.home");
      Path jcmd = Path.of(javaHome, "bin", "jcmd");
      List<String> args = new ArrayList<>();
      args.add(Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd");
      args.add(String.valueOf(pid));
      args.addAll(List.of(command.split(" ")));
      Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      return out;
    } catch (IOException | InterruptedException e) {
      return "";
    }
  }

  private static long procValueKb(Path file, String key) {
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.startsWith(key + ":")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not on Linux, or the process is gone
    }
    return -1;
  }

  private static String firstLine(Path file, String key) {
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.startsWith(key)) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      // not on Linux
    }
    return null;
  }

  // ---------------------------------------------------------------- helpers

  static double ms(Histogram h, double percentile) {
    return h.getTotalCount() == 0 ? 0 : round(h.getValueAtPercentile(percentile) / 1000.0, 1);
  }

  static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }

  private static void pause(int seconds) throws InterruptedException {
    Thread.sleep(seconds * 1000L);
  }

  static void log(String message) {
    System.err.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + message);
  }

  private static void fail(String message) {
    System.err.println("bench: " + message);
    System.exit(2);
  }
}
