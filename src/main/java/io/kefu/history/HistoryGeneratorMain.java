package io.kefu.history;

import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * Command line of {@link HistoryGenerator}, run from kefu's jar without starting kefu:
 *
 * <pre>
 * java -cp kefu.jar -Dloader.main=io.kefu.history.HistoryGeneratorMain \
 *   org.springframework.boot.loader.launch.PropertiesLauncher \
 *   --url=jdbc:postgresql://127.0.0.1:5432/kefu_history --user=postgres --password= \
 *   --cases=1000000 [--customers=200000] [--days=730] [--chunk=20000] [--workers=2] \
 *   [--rebuild-indexes=true] [--engine-zone=UTC] [--seed=42]
 * </pre>
 *
 * Prints its progress and, last, one line {@code RESULT cases=... seconds=...} for scripts.
 */
public final class HistoryGeneratorMain {

  private HistoryGeneratorMain() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("Arguments are --name=value, not " + arg);
      }
      a.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    String url = require(a, "url");
    String user = a.getOrDefault("user", "postgres");
    String password = a.getOrDefault("password", "");
    int cases = Integer.parseInt(require(a, "cases"));
    HistoryGenerator.Options o = HistoryGenerator.Options.of(cases);
    o = new HistoryGenerator.Options(cases,
        Integer.parseInt(a.getOrDefault("customers", String.valueOf(o.customers()))),
        o.until(), Duration.ofDays(Long.parseLong(a.getOrDefault("days", "730"))),
        Integer.parseInt(a.getOrDefault("chunk", String.valueOf(o.chunkSize()))),
        Integer.parseInt(a.getOrDefault("workers", String.valueOf(o.workers()))),
        Boolean.parseBoolean(a.getOrDefault("rebuild-indexes",
            String.valueOf(o.rebuildIndexes()))),
        ZoneId.of(a.getOrDefault("engine-zone", ZoneId.systemDefault().getId())),
        Long.parseLong(a.getOrDefault("seed", "42")));
    HistoryGenerator generator = new HistoryGenerator(
        () -> DriverManager.getConnection(url, user, password),
        line -> System.out.println(DateTimeFormatter.ISO_INSTANT.format(Instant.now()) + " "
            + line));
    HistoryGenerator.Result r = generator.generate(o);
    System.out.printf(java.util.Locale.ROOT,
        "RESULT cases=%d customers=%d seconds=%.1f loadingSeconds=%.1f indexSeconds=%.1f "
            + "rows=%s%n", r.cases(), r.customers(), r.took().toMillis() / 1000.0,
        r.loading().toMillis() / 1000.0, r.indexing().toMillis() / 1000.0,
        r.rowsAdded().toString().replace(" ", ""));
  }

  private static String require(Map<String, String> a, String name) {
    String value = a.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("--" + name + "= is required");
    }
    return value;
  }
}
