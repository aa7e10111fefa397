package io.kefu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The one table: Markdown, so that it can be pasted into the README as it is. */
final class Report {

  private Report() {}

  @SuppressWarnings("unchecked")
  static String table(Map<String, Object> r) {
    Map<String, Object> machine = map(r, "machine");
    Map<String, Object> settings = map(r, "settings");
    Map<String, Object> intake = map(r, "intake");
    Map<String, Object> bare = map(r, "bare");
    Map<String, Object> bareStart = bare == null ? null : map(bare, "start");
    Map<String, Object> ratios = map(r, "ratios");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"workload", "kefu", "bare Camunda 7.24", "kefu/bare"});
    if (intake != null) {
      intake.forEach((level, v) -> {
        Map<String, Object> k = (Map<String, Object>) v;
        Map<String, Object> b = bareStart == null ? null : (Map<String, Object>) bareStart.get(level);
        rows.add(new String[] {
            "intake, " + level.substring(1) + " client" + ("c1".equals(level) ? "" : "s"),
            latency(k, "req/s") + " · " + k.get("reachedDiagnose") + " of " + k.get("requests")
                + " to diagnosis",
            b == null ? "–" : latency(b, "starts/s"),
            text(ratios == null ? null : ratios.get("intake" + level.toUpperCase()))});
      });
    }
    Map<String, Object> model = map(r, "model");
    Map<String, Object> modelStart = model == null ? null : map(model, "start");
    if (modelStart != null) {
      modelStart.forEach((level, v) -> {
        Map<String, Object> k = (Map<String, Object>) v;
        Map<String, Object> b = bareStart == null ? null : (Map<String, Object>) bareStart.get(level);
        rows.add(new String[] {
            "kefu's model with stand-in beans on a bare engine, " + level.substring(1)
                + " client" + ("c1".equals(level) ? "" : "s"),
            latency(k, "starts/s") + " · " + k.get("reachedDiagnose") + " to diagnosis",
            b == null ? "–" : latency(b, "starts/s"),
            text(ratios == null ? null : ratios.get("model" + level.toUpperCase()))
                + " (kefu/model: " + text(ratios == null ? null
                : ratios.get("intake" + level.toUpperCase() + "OfModel")) + ")"});
      });
    }
    Map<String, Object> agents = map(r, "agents");
    if (agents != null && agents.get("tps") != null) {
      rows.add(new String[] {
          "agents, " + agents.get("agents") + " concurrent (list, claim, form, complete), "
              + agents.get("openTasksBefore") + " open tasks",
          agents.get("tps") + " tasks/s · task p50 " + agents.get("p50Ms") + " · p95 "
              + agents.get("p95Ms") + " · p99 " + agents.get("p99Ms") + " ms · request p95 "
              + agents.get("requestP95Ms") + " ms · " + agents.get("errors") + " errors, "
              + agents.get("claimConflicts") + " claim conflicts",
          "–", "–"});
    }
    Map<String, Object> timers = map(r, "timers");
    Map<String, Object> bareTimers = bare == null ? null : map(bare, "timers");
    if (timers != null) {
      rows.add(new String[] {
          "SLA timers, " + timers.get("jobs") + " due at once",
          timers(timers) + " · " + timers.get("duplicates") + " duplicates",
          bareTimers == null ? "–" : timers(bareTimers) + " · " + bareTimers.get("duplicates")
              + " duplicates",
          text(ratios == null ? null : ratios.get("timers")) + " (executing: "
              + text(ratios == null ? null : ratios.get("timersExecution")) + ")"});
    }
    Map<String, Object> cost = map(r, "costPerIntake");
    Map<String, Object> bareCost = bare == null ? null : map(bare, "costPerStart");
    if (cost != null) {
      rows.add(new String[] {"cost per intake / per start", cost(cost), cost(bareCost),
          ratio(cost, bareCost, "statements") + " statements, "
              + ratio(cost, bareCost, "rowsWritten") + " rows"});
    }
    Map<String, Object> memory = map(r, "memory");
    if (memory != null) {
      rows.add(new String[] {"memory after the run", memory((Map<String, Object>) memory.get("kefu")),
          memory((Map<String, Object>) memory.get("bare")), "–"});
    }
    StringBuilder out = new StringBuilder();
    if (machine != null && settings != null) {
      out.append("kefu benchmark: ").append(machine.get("cores")).append(" cores, ")
          .append(Math.round(((Number) machine.get("memoryMb")).doubleValue() / 1024))
          .append(" GiB, PostgreSQL ").append(machine.get("postgres")).append(", Java ")
          .append(machine.get("java")).append("; kefu config: ").append(settings.get("kefuConfig"))
          .append("; ").append(settings.get("secondsPerLevel")).append(" s per level after ")
          .append(warmup(map(r, "warmup"), settings)).append("\n\n");
    }
    int[] width = new int[4];
    for (String[] row : rows) {
      for (int i = 0; i < 4; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    for (int n = 0; n < rows.size(); n++) {
      String[] row = rows.get(n);
      out.append('|');
      for (int i = 0; i < 4; i++) {
        out.append(' ').append(pad(row[i], width[i])).append(" |");
      }
      out.append('\n');
      if (n == 0) {
        out.append('|');
        for (int i = 0; i < 4; i++) {
          out.append(' ').append("-".repeat(width[i])).append(" |");
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static String latency(Map<String, Object> m, String unit) {
    return m.get("rps") + " " + unit + " · p50 " + m.get("p50Ms") + " · p95 " + m.get("p95Ms")
        + " · p99 " + m.get("p99Ms") + " ms · " + m.get("errors") + " errors";
  }

  private static String timers(Map<String, Object> t) {
    return "all run in " + t.get("seconds") + " s = " + t.get("jobsPerSec") + " jobs/s (idle "
        + t.get("pickupSeconds") + " s, then " + t.get("executionJobsPerSec") + " jobs/s)"
        + (Boolean.TRUE.equals(t.get("timedOut")) ? " · TIMED OUT" : "")
        + (t.get("failed") instanceof Number f && f.longValue() > 0 ? " · " + f + " failed" : "");
  }

  private static String cost(Map<String, Object> c) {
    if (c == null) {
      return "–";
    }
    return c.get("statements") + " statements (" + c.get("selects") + " select, "
        + c.get("inserts") + " insert, " + c.get("updates") + " update, " + c.get("deletes")
        + " delete) · " + c.get("rowsWritten") + " rows written · " + c.get("transactions")
        + " transactions";
  }

  private static String ratio(Map<String, Object> k, Map<String, Object> b, String key) {
    if (k == null || b == null || !(k.get(key) instanceof Number kn)
        || !(b.get(key) instanceof Number bn) || bn.doubleValue() == 0) {
      return "–";
    }
    return String.format("%.1fx", kn.doubleValue() / bn.doubleValue());
  }

  private static String memory(Map<String, Object> m) {
    if (m == null) {
      return "–";
    }
    return "RSS " + m.get("rssMb") + " MB (peak " + m.get("peakRssMb") + ") · heap used "
        + m.get("heapUsedMb") + " of " + m.get("heapCommittedMb") + " MB committed (max "
        + m.get("heapMaxMb") + ")";
  }

  private static String text(Object o) {
    return o == null ? "–" : o.toString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> m, String key) {
    return m == null ? null : (Map<String, Object>) m.get(key);
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(Math.max(0, w - s.length()));
  }

  /** E.g. "a warm-up until the JIT compilers used under 5 % of the CPU (kefu 221.4 s, ...)". */
  @SuppressWarnings("unchecked")
  private static String warmup(Map<String, Object> warmup, Map<String, Object> settings) {
    if (warmup == null) {
      return settings.get("warmupSeconds") + " s warm-up";
    }
    StringBuilder b = new StringBuilder("a warm-up until the JIT compilers used under ")
        .append(settings.get("jitQuietPercent")).append(" % of the CPU (");
    String sep = "";
    for (String app : List.of("kefu", "bare", "model")) {
      Map<String, Object> w = (Map<String, Object>) warmup.get(app);
      if (w != null) {
        b.append(sep).append(app).append(' ').append(w.get("seconds")).append(" s, JIT ")
            .append(w.get("jitPercentLastWindow")).append(" %")
            .append(Boolean.TRUE.equals(w.get("jitQuiet")) ? "" : ", still busy");
        sep = "; ";
      }
    }
    return b.append(')').toString();
  }
}
