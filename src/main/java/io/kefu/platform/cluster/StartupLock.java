package io.kefu.platform.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Lets kefu nodes that start at the same moment on one PostgreSQL database do their start-up
 * writes one after the other: kefu's migrations and demo data (Flyway and its after-migrate
 * callback), the engine's schema ({@code schema-update}), the administrator, groups,
 * authorizations and filters, and the deployment of the models. Each of these checks "is it
 * there?" and then inserts, which two nodes at once would both do (a duplicate key stops one of
 * them, or a model is deployed twice).
 *
 * <p>A PostgreSQL session-level advisory lock on a connection of its own, taken before Flyway
 * migrates ({@link ClusterConfiguration}) and given back as soon as the process engine is built
 * and has deployed (at the latest when the application is ready, or when it stops). A node that
 * dies while holding it loses its connection and with it the lock. Flyway's own lock and
 * Camunda's deployment lock (a row lock on {@code act_ge_property 'deployment.lock'}) still apply
 * inside; this lock also covers what they do not (the engine's schema, the seeding).
 *
 * <p>On other databases (H2: one node only) it does nothing.
 */
public class StartupLock implements DisposableBean, ApplicationListener<ApplicationReadyEvent> {

  private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
  /** "kefu" and 1: kefu's node start-up. Flyway's lock uses a key of its own. */
  static final long KEY = 0x6b65667500000001L;
  private static final long POLL_MILLIS = 250;

  private final DataSource dataSource;
  private final Duration timeout;
  private final String nodeName;
  private Connection held;
  private boolean done;

  public StartupLock(DataSource dataSource, ClusterProperties properties) {
    this.dataSource = dataSource;
    this.timeout = properties.startupLockTimeout();
    this.nodeName = properties.nodeName();
  }

  /**
   * Waits until no other node is starting, then holds the lock. Does nothing when already held,
   * after it was given back, or on a database other than PostgreSQL.
   *
   * @throws IllegalStateException when another node held it for longer than the timeout
   */
  public synchronized void acquire() {
    if (held != null || done) {
      return;
    }
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        done = true;
        return;
      }
      connection.setAutoCommit(true);
      long deadline = System.nanoTime() + timeout.toNanos();
      boolean waited = false;
      while (!tryLock(connection)) {
        if (!waited) {
          log.info("Node {}: another kefu node is starting on this database; waiting for it "
              + "(at most {})", nodeName, timeout);
          waited = true;
        }
        if (System.nanoTime() > deadline) {
          connection.close();
          throw new IllegalStateException("Node " + nodeName + ": another kefu node kept the "
              + "start-up lock for more than " + timeout + " (kefu.cluster.startup-lock-timeout); "
              + "is a node hanging in its start?");
        }
        Thread.sleep(POLL_MILLIS);
      }
      held = connection;
      log.info("Node {}: start-up lock taken{}", nodeName, waited ? " after waiting" : "");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not take kefu's start-up lock: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for kefu's start-up lock", e);
    }
  }

  /** Gives the lock back (once; later calls do nothing). */
  public synchronized void release() {
    done = true;
    if (held == null) {
      return;
    }
    Connection connection = held;
    held = null;
    try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      unlock.setLong(1, KEY);
      unlock.execute();
      log.info("Node {}: start-up lock released", nodeName);
    } catch (SQLException e) {
      // never hand a pooled connection that may still hold the lock back to the pool
      log.warn("Node {}: could not release the start-up lock ({}); dropping its connection",
          nodeName, e.getMessage());
      try {
        connection.abort(Runnable::run);
      } catch (SQLException ignored) {
        // the connection is gone, and the lock with it
      }
    } finally {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // nothing left to do
      }
    }
  }

  /** Whether this node holds the lock now. */
  public synchronized boolean isHeld() {
    return held != null;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    release();
  }

  @Override
  public void destroy() {
    release();
  }

  private static boolean tryLock(Connection connection) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      lock.setLong(1, KEY);
      try (ResultSet rs = lock.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }
}
