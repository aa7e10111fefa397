package io.kefu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * CPU time of the application's process and of the PostgreSQL backends serving its database,
 * from /proc (Linux, PostgreSQL on this machine; otherwise -1). Clock ticks are 1/100 s.
 */
final class Cpu {

  private static final double MS_PER_TICK = 10.0;

  private Cpu() {}

  record Snapshot(long appTicks, long dbTicks) {}

  static Snapshot take(long pid, Connection db) {
    return new Snapshot(ticks(pid), dbTicks(db));
  }

  /** CPU milliseconds per unit of work between two snapshots: {app, db}. */
  static double[] perUnit(Snapshot before, Snapshot after, long units) {
    double n = Math.max(1, units);
    double app = before.appTicks() < 0 || after.appTicks() < 0 ? -1
        : (after.appTicks() - before.appTicks()) * MS_PER_TICK / n;
    double db = before.dbTicks() < 0 || after.dbTicks() < 0 ? -1
        : (after.dbTicks() - before.dbTicks()) * MS_PER_TICK / n;
    return new double[] {app, db};
  }

  /** Backends come and go with the connection pool; close enough over a few seconds. */
  private static long dbTicks(Connection db) {
    long sum = 0;
    try (Statement s = db.createStatement();
         ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity "
             + "WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
      while (rs.next()) {
        long t = ticks(rs.getLong(1));
        if (t < 0) {
          return -1;
        }
        sum += t;
      }
    } catch (SQLException e) {
      return -1;
    }
    return sum;
  }

  /**
   * CPU ticks of the JVM's JIT compiler threads ("C1 CompilerThre…", "C2 CompilerThre…" in
   * /proc/{pid}/task/{tid}/comm), or -1 where /proc cannot tell.
   */
  static long compilerTicks(long pid) {
    if (pid <= 0) {
      return -1;
    }
    try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
      long sum = 0;
      for (Path task : (Iterable<Path>) tasks::iterator) {
        String comm;
        try {
          comm = Files.readString(task.resolve("comm")).trim();
        } catch (IOException gone) {
          continue; // the thread ended meanwhile
        }
        if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
          long t = ticks(task.resolve("stat"));
          sum += Math.max(0, t);
        }
      }
      return sum;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  static long ticks(long pid) {
    if (pid <= 0) {
      return -1;
    }
    return ticks(Path.of("/proc/" + pid + "/stat"));
  }

  private static long ticks(Path statFile) {
    try {
      String stat = Files.readString(statFile);
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
