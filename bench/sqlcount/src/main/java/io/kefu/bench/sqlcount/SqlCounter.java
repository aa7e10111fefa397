package io.kefu.bench.sqlcount;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts what the application sends to its database: statements (each entry of a JDBC batch
 * counts as one statement, as it is one statement for the server), round trips (JDBC execute
 * calls), and the rows that INSERT/UPDATE/DELETE statements report as changed where the driver
 * reports a count (executeUpdate, executeBatch).
 */
public final class SqlCounter implements QueryExecutionListener {

  public static final SqlCounter INSTANCE = new SqlCounter();

  private final LongAdder executions = new LongAdder();
  private final LongAdder statements = new LongAdder();
  private final LongAdder selects = new LongAdder();
  private final LongAdder inserts = new LongAdder();
  private final LongAdder updates = new LongAdder();
  private final LongAdder deletes = new LongAdder();
  private final LongAdder others = new LongAdder();
  private final LongAdder rowsReported = new LongAdder();
  private final LongAdder failures = new LongAdder();

  private SqlCounter() {}

  @Override
  public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    // nothing: counted after the execution
  }

  @Override
  public void afterQuery(ExecutionInfo info, List<QueryInfo> queries) {
    executions.increment();
    if (!info.isSuccess()) {
      failures.increment();
    }
    for (QueryInfo query : queries) {
      int times = 1;
      if (info.isBatch() && query.getParametersList() != null
          && !query.getParametersList().isEmpty()) {
        times = query.getParametersList().size(); // prepared statement batch
      }
      statements.add(times);
      kind(query.getQuery()).add(times);
    }
    Object result = info.getResult();
    if (result instanceof int[] counts) {
      for (int c : counts) {
        rowsReported.add(c >= 0 ? c : 1); // SUCCESS_NO_INFO (-2): at least one row
      }
    } else if (result instanceof long[] counts) {
      for (long c : counts) {
        rowsReported.add(c >= 0 ? c : 1);
      }
    } else if (result instanceof Integer n && isWrite(queries)) {
      rowsReported.add(n);
    } else if (result instanceof Long n && isWrite(queries)) {
      rowsReported.add(n);
    }
  }

  private static boolean isWrite(List<QueryInfo> queries) {
    return !queries.isEmpty() && !queries.get(0).getQuery().stripLeading()
        .toLowerCase(Locale.ROOT).startsWith("select");
  }

  private LongAdder kind(String sql) {
    String s = sql == null ? "" : sql.stripLeading().toLowerCase(Locale.ROOT);
    if (s.startsWith("select") || s.startsWith("with")) {
      return selects;
    } else if (s.startsWith("insert")) {
      return inserts;
    } else if (s.startsWith("update")) {
      return updates;
    } else if (s.startsWith("delete")) {
      return deletes;
    }
    return others;
  }

  public Map<String, Long> snapshot() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("statements", statements.sum());
    m.put("executions", executions.sum());
    m.put("selects", selects.sum());
    m.put("inserts", inserts.sum());
    m.put("updates", updates.sum());
    m.put("deletes", deletes.sum());
    m.put("others", others.sum());
    m.put("rowsReported", rowsReported.sum());
    m.put("failures", failures.sum());
    return m;
  }
}
