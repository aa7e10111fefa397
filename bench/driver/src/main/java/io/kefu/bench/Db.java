package io.kefu.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** JDBC helpers for checks and for PostgreSQL's statistics views. */
final class Db {

  private Db() {}

  static Connection connect(Config cfg, String database) throws SQLException {
    return DriverManager.getConnection(cfg.jdbcUrl(database), cfg.pgUser(), cfg.pgPassword());
  }

  static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static String text(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  /** The first column of every row. */
  static java.util.List<String> strings(Connection c, String sql) throws SQLException {
    java.util.List<String> values = new java.util.ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /**
   * Rows written to the tables of the connection's database and transactions committed in it,
   * as PostgreSQL counts them (pg_stat_user_tables, pg_stat_database). Backends publish their
   * counts when a transaction ends, at most once a second, and an idle backend within about 10 s:
   * read them after a pause.
   */
  static Map<String, Long> writeStats(Connection c) throws SQLException {
    Map<String, Long> m = new LinkedHashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
        SELECT coalesce(sum(n_tup_ins), 0), coalesce(sum(n_tup_upd), 0),
               coalesce(sum(n_tup_del), 0)
        FROM pg_stat_user_tables""")) {
      rs.next();
      m.put("inserted", rs.getLong(1));
      m.put("updated", rs.getLong(2));
      m.put("deleted", rs.getLong(3));
    }
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
        SELECT xact_commit, xact_rollback FROM pg_stat_database
        WHERE datname = current_database()""")) {
      rs.next();
      m.put("commits", rs.getLong(1));
      m.put("rollbacks", rs.getLong(2));
    }
    return m;
  }

  static Map<String, Long> minus(Map<String, Long> after, Map<String, Long> before) {
    Map<String, Long> d = new LinkedHashMap<>();
    after.forEach((k, v) -> d.put(k, v - before.getOrDefault(k, 0L)));
    return d;
  }
}
