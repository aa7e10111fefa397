package io.kefu.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The benchmark's settings: environment variables (set by run.sh), each with a default. */
record Config(
    String pgHost, int pgPort, String pgUser, String pgPassword,
    String kefuDb, String bareDb,
    String kefuUrl, String bareUrl,
    String channelUser, String channelPassword,
    String adminUser, String adminPassword,
    int seconds, int warmupSeconds, int warmupMaxSeconds, int jitQuietPercent,
    List<Integer> clients,
    int agents, int agentSeconds,
    int timerCases, int timerTimeoutSeconds,
    int costIntakes,
    Path corpus, Path out,
    long kefuPid, long barePid,
    String kefuConfig,
    Set<String> phases, String modelDb, String modelUrl, long modelPid) {

  static Config fromEnvironment() {
    Map<String, String> env = System.getenv();
    int seconds = integer(env, "KEFU_BENCH_SECONDS", 20);
    return new Config(
        text(env, "KEFU_BENCH_PG_HOST", "127.0.0.1"),
        integer(env, "KEFU_BENCH_PG_PORT", 5432),
        text(env, "KEFU_BENCH_PG_USER", "postgres"),
        text(env, "KEFU_BENCH_PG_PASSWORD", ""),
        text(env, "KEFU_BENCH_KEFU_DB", "kefu_bench"),
        text(env, "KEFU_BENCH_BARE_DB", "bare_bench"),
        text(env, "KEFU_BENCH_KEFU_URL", "http://127.0.0.1:18080"),
        text(env, "KEFU_BENCH_BARE_URL", "http://127.0.0.1:18081"),
        text(env, "KEFU_BENCH_CHANNEL_USER", "channel-app"),
        text(env, "KEFU_BENCH_CHANNEL_PASSWORD", "demo"),
        text(env, "KEFU_BENCH_ADMIN_USER", "admin"),
        text(env, "KEFU_BENCH_ADMIN_PASSWORD", ""),
        seconds,
        integer(env, "KEFU_BENCH_WARMUP_SECONDS", 60),
        integer(env, "KEFU_BENCH_WARMUP_MAX_SECONDS", 300),
        integer(env, "KEFU_BENCH_JIT_QUIET_PERCENT", 5),
        Arrays.stream(text(env, "KEFU_BENCH_CLIENTS", "1,4,16").split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList(),
        integer(env, "KEFU_BENCH_AGENTS", 8),
        integer(env, "KEFU_BENCH_AGENT_SECONDS", seconds),
        integer(env, "KEFU_BENCH_TIMER_CASES", 5000),
        integer(env, "KEFU_BENCH_TIMER_TIMEOUT", 900),
        integer(env, "KEFU_BENCH_COST_INTAKES", 200),
        Path.of(text(env, "KEFU_BENCH_CORPUS", "src/test/resources/triage/labelled-messages.csv")),
        Path.of(text(env, "KEFU_BENCH_OUT", "target/bench/results.json")),
        Long.parseLong(text(env, "KEFU_BENCH_KEFU_PID", "0")),
        Long.parseLong(text(env, "KEFU_BENCH_BARE_PID", "0")),
        text(env, "KEFU_BENCH_KEFU_CONFIG_LABEL", "stock"),
        Arrays.stream(text(env, "KEFU_BENCH_PHASES", "cost,intake,agents,timers").split(","))
            .map(String::trim).collect(java.util.stream.Collectors.toUnmodifiableSet()),
        text(env, "KEFU_BENCH_MODEL_DB", "model_bench"),
        text(env, "KEFU_BENCH_MODEL_URL", "http://127.0.0.1:18082"),
        Long.parseLong(text(env, "KEFU_BENCH_MODEL_PID", "0")));
  }

  /**
   * Phase "model": kefu's model with stand-in beans on a third, bare engine (profile kefu-model),
   * measured at each intake level next to kefu and the bare engine.
   */
  boolean model() {
    return phases.contains("model");
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + database;
  }

  private static String text(Map<String, String> env, String name, String fallback) {
    String v = env.get(name);
    return v == null || v.isBlank() ? fallback : v.trim();
  }

  private static int integer(Map<String, String> env, String name, int fallback) {
    return Integer.parseInt(text(env, name, String.valueOf(fallback)));
  }
}
