package io.kefu.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Loads a large history of CLOSED cases into a kefu database on PostgreSQL, for measuring kefu
 * on a realistic volume (bench/history.sh): kefu's own rows (cases, their timelines, buyer
 * notifications, audit entries, and the marketplace simulator's customers they belong to) and
 * the Camunda history the service-request process leaves behind for each case (historic
 * process instance, activity instances, the "Diagnose request" task, a few variables; for a
 * resolved case also the resolve-request instance its call activity started, on the remedy
 * policy's "guidance only" path, linked to it as the engine links a called instance), with
 * consistent ids: {@code kefu_case.process_instance_id} is the historic process instance, its
 * business key the case number, and every activity id exists in the deployed model.
 *
 * <p>Fast because PostgreSQL generates the rows itself: per chunk of cases, {@code INSERT ...
 * SELECT} from {@code generate_series} and random numbers, no row crosses the network. Chunks
 * run in parallel on {@code workers} connections, each chunk in one transaction. With
 * {@code rebuildIndexes} the secondary indexes of the loaded tables (kefu's and Camunda's,
 * except those behind a primary key or unique constraint) are dropped first and created again
 * from their saved definitions at the end, also when loading fails (their DDL is logged too).
 * ANALYZE at the end.
 *
 * <p>The spread: {@code customers} marketplace customers {@code G0000001...} (8 % VIP, 15 %
 * English-speaking), a few with many cases and most with one or two; cases spread over
 * {@code span} before {@code until}, mostly in the daytime of Asia/Shanghai, case numbers in
 * creation order; categories, emotions, channels, priorities and groups in the proportions
 * kefu's triage produces; three ways a case closes: deflected by self-service (the buyer
 * confirmed, or stayed silent for 24 h), resolved by an agent's diagnosis (some with a refund,
 * coupon or reshipment in the audit trail, some after an SLA warning or breach), or closed
 * after the buyer never sent the information asked for (72 h).
 *
 * <p>Needs a database where kefu has run once (Flyway's tables and the deployed
 * service-request definition). Cases are only added: run it on a database meant for
 * measurements, not production. Camunda's timestamps are written in {@code engineZone}, the
 * time zone of kefu's JVM (the engine stores local times); each history row gets the removal
 * time the engine would give it (end time + the definition's history time to live), so the
 * engine's history cleanup removes what is older in its next batch window.
 */
public final class HistoryGenerator {

  /** What to generate. */
  public record Options(int cases, int customers, Instant until, Duration span, int chunkSize,
      int workers, boolean rebuildIndexes, ZoneId engineZone, long seed) {

    public Options {
      if (cases < 0 || customers < 1 || chunkSize < 1 || workers < 1) {
        throw new IllegalArgumentException("cases >= 0, customers, chunkSize, workers >= 1");
      }
      Objects.requireNonNull(until, "until");
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(engineZone, "engineZone");
    }

    /** {@code cases} cases over two years until four days ago, one customer per 5 cases. */
    public static Options of(int cases) {
      return new Options(cases, Math.max(1, cases / 5),
          Instant.now().minus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS),
          Duration.ofDays(730), 20_000, 2, cases >= 100_000, ZoneId.systemDefault(), 42);
    }

    public Options withCustomers(int n) {
      return new Options(cases, n, until, span, chunkSize, workers, rebuildIndexes, engineZone,
          seed);
    }

    public Options withChunks(int size, int parallel) {
      return new Options(cases, customers, until, span, size, parallel, rebuildIndexes,
          engineZone, seed);
    }

    public Options withRebuildIndexes(boolean rebuild) {
      return new Options(cases, customers, until, span, chunkSize, workers, rebuild, engineZone,
          seed);
    }

    public Options withEngineZone(ZoneId zone) {
      return new Options(cases, customers, until, span, chunkSize, workers, rebuildIndexes,
          zone, seed);
    }
  }

  /** What was generated and how long it took. */
  public record Result(int cases, int customers, Duration took, Duration loading,
      Duration indexing, Map<String, Long> rowsAdded) {}

  /** Opens a connection to kefu's database. */
  @FunctionalInterface
  public interface Connections {
    Connection open() throws SQLException;
  }

  /** The process whose history is generated, and the activities of each way a case closes. */
  public static final String PROCESS_KEY = "service-request";

  /** The tables rows are added to, kefu's first. */
  public static final List<String> TABLES = List.of("mkt_customer", "kefu_case",
      "kefu_case_event", "kefu_notification", "kefu_audit", "act_hi_procinst",
      "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst");

  /** Tables whose secondary indexes are rebuilt (mkt_customer is small and loaded first). */
  static final List<String> INDEXED_TABLES = TABLES.subList(1, TABLES.size());

  private final Connections connections;
  private final Consumer<String> log;

  public HistoryGenerator(Connections connections, Consumer<String> log) {
    this.connections = connections;
    this.log = log;
  }

  public Result generate(Options o) throws SQLException, InterruptedException {
    long started = System.nanoTime();
    Definition definition;
    Map<String, Long> before;
    Sequences sequences;
    try (Connection c = connections.open()) {
      definition = definition(c);
      sequences = sequences(c);
      before = counts(c);
      c.setAutoCommit(false);
      insertCustomers(c, o);
      c.commit();
    }
    log.accept(String.format(Locale.ROOT,
        "history: %,d closed cases of %,d customers over %d days until %s, chunks of %,d on %d "
            + "connection(s), %s, definition %s", o.cases(), o.customers(), o.span().toDays(),
        o.until(), o.chunkSize(), o.workers(),
        o.rebuildIndexes() ? "indexes rebuilt afterwards" : "indexes kept", definition.id()));

    List<String> dropped = o.rebuildIndexes() ? dropIndexes() : List.of();
    long loadStart = System.nanoTime();
    long indexStart;
    try {
      load(o, definition, sequences);
    } finally {
      indexStart = System.nanoTime();
      if (!dropped.isEmpty()) {
        recreateIndexes(dropped, o.workers());
      }
    }
    long indexEnd = System.nanoTime();
    Map<String, Long> added = new LinkedHashMap<>();
    try (Connection c = connections.open(); Statement s = c.createStatement()) {
      log.accept("history: ANALYZE");
      for (String table : TABLES) {
        s.execute("ANALYZE " + table);
      }
      // the visibility map lets a customer's case count come from the index alone
      s.execute("VACUUM kefu_case");
      Map<String, Long> after = counts(c);
      for (String table : TABLES) {
        added.put(table, after.get(table) - before.get(table));
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    Result result = new Result(o.cases(), o.customers(), took,
        Duration.ofNanos(indexStart - loadStart), Duration.ofNanos(indexEnd - indexStart), added);
    log.accept(String.format(Locale.ROOT, "history: done in %.1f s (loading %.1f s, indexes "
            + "%.1f s); rows added: %s", took.toMillis() / 1000.0,
        result.loading().toMillis() / 1000.0, result.indexing().toMillis() / 1000.0, added));
    return result;
  }

  // --- reading what kefu and the engine set up ---------------------------------------------

  /**
   * The latest service-request definition (its history time to live gives every generated
   * row's removal time) and the resolve-request definition it calls.
   */
  record Definition(String id, int historyTtlDays, String calledId) {}

  static Definition definition(Connection c) throws SQLException {
    String id;
    int ttlDays;
    String deployment;
    try (PreparedStatement s = c.prepareStatement("SELECT id_, history_ttl_, deployment_id_ "
        + "FROM act_re_procdef WHERE key_ = ? ORDER BY version_ DESC LIMIT 1")) {
      s.setString(1, PROCESS_KEY);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("No " + PROCESS_KEY + " definition in this database: "
              + "start kefu on it once first (Flyway and the engine create the schema)");
        }
        id = rs.getString(1);
        int ttl = rs.getInt(2);
        ttlDays = rs.wasNull() ? 180 : ttl;
        deployment = rs.getString(3);
      }
    }
    // the call activity binds by deployment: the resolve-request of service-request's own
    // deployment, else (deployed unchanged earlier) the latest
    try (PreparedStatement s = c.prepareStatement("SELECT id_ FROM act_re_procdef "
        + "WHERE key_ = ? ORDER BY (deployment_id_ = ?) DESC, version_ DESC LIMIT 1")) {
      s.setString(1, HistorySql.SUB_PROCESS_KEY);
      s.setString(2, deployment);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("No " + HistorySql.SUB_PROCESS_KEY + " definition in "
              + "this database: start kefu on it once first");
        }
        return new Definition(id, ttlDays, rs.getString(1));
      }
    }
  }

  record Sequences(String cases, String notifications, String events, String audit) {}

  private static Sequences sequences(Connection c) throws SQLException {
    return new Sequences(serial(c, "kefu_case"), serial(c, "kefu_notification"),
        serial(c, "kefu_case_event"), serial(c, "kefu_audit"));
  }

  private static String serial(Connection c, String table) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT pg_get_serial_sequence(?, 'id')")) {
      s.setString(1, table);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  static Map<String, Long> counts(Connection c) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Statement s = c.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    }
    return counts;
  }

  // --- customers ---------------------------------------------------------------------------

  private void insertCustomers(Connection c, Options o) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SELECT setseed(" + seed(o.seed(), 0) + ")");
      int n = s.executeUpdate("""
          INSERT INTO mkt_customer (id, display_name, tier, preferred_language, phone_last4,
            address_last4, email, risk_flags, registered_at)
          SELECT 'G' || lpad(g::text, 7, '0'),
                 CASE WHEN en THEN (ARRAY['Emily','James','Olivia','Daniel','Sophia','Lucas',
                     'Grace','Ethan','Chloe','Noah'])[1 + floor(random() * 10)::int] || ' '
                   || (ARRAY['Carter','Smith','Brown','Wilson','Taylor','Lee','Walker','Hall',
                     'Young','King'])[1 + floor(random() * 10)::int]
                 ELSE (ARRAY['张','王','李','赵','刘','陈','杨','黄','周','吴','徐','孙','马',
                     '朱','胡','郭'])[1 + floor(random() * 16)::int]
                   || (ARRAY['伟','芳','娜','秀英','敏','静','丽','强','磊','军','洋','勇','艳',
                     '杰','娟','涛','明','超','霞','平'])[1 + floor(random() * 20)::int] END,
                 CASE WHEN random() < 0.08 THEN 'VIP' ELSE 'NORMAL' END,
                 CASE WHEN en THEN 'en' ELSE 'zh' END,
                 lpad(floor(random() * 10000)::int::text, 4, '0'),
                 lpad((101 + floor(random() * 3000))::int::text, 3, '0') || '室',
                 CASE WHEN random() < 0.6 THEN 'g' || lpad(g::text, 7, '0') || '@example.com' END,
                 NULL,
                 ?::timestamptz - (1095 + random() * 1825) * interval '1 day'
          FROM (SELECT g, random() < 0.15 AS en FROM generate_series(1, %d) g) x
          ON CONFLICT (id) DO NOTHING""".formatted(o.customers()).replace("?::timestamptz",
          "'" + o.until() + "'::timestamptz"));
      log.accept(String.format(Locale.ROOT, "history: %,d customers added (G0000001...)", n));
    }
  }

  // --- indexes -------------------------------------------------------------------------------

  /** Drops the loaded tables' secondary indexes; returns their definitions. */
  private List<String> dropIndexes() throws SQLException {
    List<String> definitions = new ArrayList<>();
    try (Connection c = connections.open()) {
      List<String[]> indexes = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("""
          SELECT i.relname, pg_get_indexdef(x.indexrelid)
          FROM pg_index x
          JOIN pg_class i ON i.oid = x.indexrelid
          JOIN pg_class t ON t.oid = x.indrelid
          WHERE t.relname = ANY (?) AND t.relnamespace = to_regnamespace(current_schema())
            AND NOT x.indisprimary
            AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
          ORDER BY t.relname, i.relname""")) {
        s.setArray(1, c.createArrayOf("text", INDEXED_TABLES.toArray()));
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            indexes.add(new String[] {rs.getString(1), rs.getString(2)});
          }
        }
      }
      try (Statement s = c.createStatement()) {
        for (String[] index : indexes) {
          log.accept("history: dropping index until loaded: " + index[1]);
          s.execute("DROP INDEX " + quote(index[0]));
          definitions.add(index[1]);
        }
      }
    }
    return definitions;
  }

  /**
   * Creates the indexes again on {@code workers} connections at once (PostgreSQL builds
   * several indexes of one table concurrently: CREATE INDEX takes a SHARE lock), the largest
   * tables' first. Every index is attempted; the first failure is thrown at the end.
   */
  private void recreateIndexes(List<String> definitions, int workers)
      throws SQLException, InterruptedException {
    log.accept("history: creating " + definitions.size() + " indexes again on " + workers
        + " connection(s)");
    List<String> ordered = new ArrayList<>(definitions);
    ordered.sort(java.util.Comparator.comparingInt(HistoryGenerator::tableRank));
    java.util.concurrent.ConcurrentLinkedQueue<String> queue =
        new java.util.concurrent.ConcurrentLinkedQueue<>(ordered);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    List<Future<Void>> results = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      results.add(pool.submit(() -> {
        SQLException first = null;
        try (Connection c = connections.open(); Statement s = c.createStatement()) {
          s.execute("SET maintenance_work_mem = '512MB'");
          for (String ddl = queue.poll(); ddl != null; ddl = queue.poll()) {
            long t0 = System.nanoTime();
            try {
              s.execute(ddl);
              log.accept(String.format(Locale.ROOT, "history: %.1f s %s",
                  (System.nanoTime() - t0) / 1e9, ddl));
            } catch (SQLException e) {
              log.accept("history: FAILED, create it by hand: " + ddl + " (" + e.getMessage()
                  + ")");
              first = first == null ? e : first;
            }
          }
        }
        if (first != null) {
          throw first;
        }
        return null;
      }));
    }
    pool.shutdown();
    SQLException failure = null;
    for (Future<Void> result : results) {
      try {
        result.get();
      } catch (java.util.concurrent.ExecutionException e) {
        if (failure == null) {
          failure = e.getCause() instanceof SQLException sql ? sql
              : new SQLException("Creating the indexes failed", e.getCause());
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** The history tables' indexes take longest: start with the largest tables. */
  private static int tableRank(String ddl) {
    List<String> bySize = List.of("act_hi_actinst", "act_hi_varinst", "kefu_case_event",
        "kefu_notification", "act_hi_procinst", "kefu_case", "act_hi_taskinst", "kefu_audit");
    for (int i = 0; i < bySize.size(); i++) {
      if (ddl.contains(" ON public." + bySize.get(i) + " ")
          || ddl.contains("." + bySize.get(i) + " USING")) {
        return i;
      }
    }
    return bySize.size();
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  // --- loading -------------------------------------------------------------------------------

  private void load(Options o, Definition definition, Sequences sequences)
      throws SQLException, InterruptedException {
    int chunks = (o.cases() + o.chunkSize() - 1) / o.chunkSize();
    if (chunks == 0) {
      return;
    }
    long spanSeconds = o.span().toSeconds();
    Instant from = o.until().minus(o.span());
    AtomicLong done = new AtomicLong();
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(o.workers(), chunks));
    try (Connection reserving = connections.open()) {
      List<Future<Void>> results = new ArrayList<>();
      for (int k = 0; k < chunks; k++) {
        int chunk = k;
        int size = Math.min(o.chunkSize(), o.cases() - k * o.chunkSize());
        // chunk k covers its share of the span, so case numbers follow creation time
        Instant sliceStart = from.plusSeconds(spanSeconds * k / chunks);
        long sliceSeconds = spanSeconds * (k + 1) / chunks - spanSeconds * k / chunks;
        // ids and case numbers of the chunk reserved in chunk order: numbers follow creation
        // time although chunks load in parallel
        long firstId = reserve(reserving, sequences.cases(), size);
        long firstNumber = reserve(reserving, "kefu_case_number_seq", size);
        results.add(pool.submit(() -> {
          try (Connection c = connections.open()) {
            c.setAutoCommit(false);
            loadChunk(c, o, definition, sequences, chunk, size, sliceStart, sliceSeconds,
                firstId, firstNumber);
            c.commit();
          }
          long n = done.addAndGet(size);
          double seconds = (System.nanoTime() - t0) / 1e9;
          log.accept(String.format(Locale.ROOT,
              "history: %,d of %,d cases (%d %%) in %.0f s, %,.0f cases/s", n, o.cases(),
              n * 100 / o.cases(), seconds, n / seconds));
          return null;
        }));
      }
      for (Future<Void> result : results) {
        try {
          result.get();
        } catch (java.util.concurrent.ExecutionException e) {
          if (e.getCause() instanceof SQLException sql) {
            throw sql;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Takes {@code n} consecutive values of the sequence; returns the first. Safe against the
   * other chunks (one thread reserves); kefu must not take requests meanwhile.
   */
  private static long reserve(Connection c, String sequence, int n) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT setval(?::regclass, nextval(?::regclass) + ? - 1)")) {
      s.setString(1, sequence);
      s.setString(2, sequence);
      s.setLong(3, n);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1) - n + 1;
      }
    }
  }

  private static double seed(long seed, int chunk) {
    // setseed takes -1..1
    long mixed = (seed * 0x9E3779B97F4A7C15L) ^ (chunk * 0xC2B2AE3D27D4EB4FL);
    return ((mixed >>> 11) / (double) (1L << 53)) * 2 - 1;
  }

  void loadChunk(Connection c, Options o, Definition d, Sequences q, int chunk, int size,
      Instant sliceStart, long sliceSeconds, long firstId, long firstNumber) throws SQLException {
    String zone = o.engineZone().getId().replace("'", "");
    try (Statement s = c.createStatement()) {
      s.execute("SELECT setseed(" + seed(o.seed(), chunk + 1) + ")");
      s.execute(HistorySql.RAW.formatted(o.customers(), size, sliceStart, sliceSeconds));
      s.execute(HistorySql.CASES.formatted(firstId, firstNumber));
      s.execute(HistorySql.NOTES.formatted(q.notifications()));
      s.execute(HistorySql.INSERT_CASES);
      s.execute(HistorySql.INSERT_NOTIFICATIONS);
      s.execute(HistorySql.INSERT_EVENTS);
      s.execute(HistorySql.INSERT_AUDIT);
      s.execute(HistorySql.STEPS_TABLE);
      s.execute(HistorySql.SUB_STEPS_TABLE);
      Object[] engine = {"'" + d.id().replace("'", "") + "'", zone, d.historyTtlDays(),
          HistorySql.DIAGNOSE_STEP, HistorySql.CALL_STEP, "'" + d.calledId().replace("'", "")
          + "'"};
      s.execute(HistorySql.INSERT_PROCINST.formatted(engine));
      s.execute(HistorySql.INSERT_ACTINST.formatted(engine));
      s.execute(HistorySql.INSERT_TASKINST.formatted(engine));
      s.execute(HistorySql.INSERT_VARINST.formatted(engine));
      s.execute(HistorySql.INSERT_OUT_VARINST.formatted(engine));
      s.execute(HistorySql.INSERT_SUB_PROCINST.formatted(engine));
      s.execute(HistorySql.INSERT_SUB_ACTINST.formatted(engine));
      s.execute(HistorySql.INSERT_SUB_VARINST.formatted(engine));
    }
  }
}
