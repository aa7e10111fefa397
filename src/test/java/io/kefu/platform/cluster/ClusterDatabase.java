package io.kefu.platform.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The empty PostgreSQL database the two nodes of {@link TwoNodeClusterIT} share: a database
 * created afresh on the server named by KEFU_TEST_PG_HOST / _PORT / _USER / _PASSWORD (default
 * localhost:5432, user postgres), called {@code <KEFU_TEST_PG_DATABASE>_cluster}
 * ({@code kefu_test_cluster} by default) and dropped at the end; or, where a Docker engine runs
 * and no server is named, a Testcontainers container of its own.
 */
final class ClusterDatabase implements AutoCloseable {

  final String host;
  final int port;
  final String name;
  final String user;
  final String password;
  private final PostgreSQLContainer<?> container;
  private final Connection connection;

  private ClusterDatabase(String host, int port, String name, String user, String password,
      PostgreSQLContainer<?> container) throws SQLException {
    this.host = host;
    this.port = port;
    this.name = name;
    this.user = user;
    this.password = password;
    this.container = container;
    this.connection = DriverManager.getConnection(url(), user, password);
  }

  static ClusterDatabase createFresh() throws SQLException {
    String explicitHost = System.getenv("KEFU_TEST_PG_HOST");
    if (explicitHost == null && dockerAvailable()) {
      PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15-alpine");
      container.start();
      return new ClusterDatabase(container.getHost(), container.getMappedPort(5432),
          container.getDatabaseName(), container.getUsername(), container.getPassword(),
          container);
    }
    String host = explicitHost == null ? "localhost" : explicitHost;
    int port = Integer.parseInt(env("KEFU_TEST_PG_PORT", "5432"));
    String user = env("KEFU_TEST_PG_USER", "postgres");
    String password = env("KEFU_TEST_PG_PASSWORD", "");
    String name = env("KEFU_TEST_PG_DATABASE", "kefu_test") + "_cluster";
    try (Connection c = DriverManager.getConnection(server(host, port) + "postgres", user,
        password); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + name);
    }
    return new ClusterDatabase(host, port, name, user, password, null);
  }

  String url() {
    return server(host, port) + name;
  }

  long count(String sql, Object... params) throws SQLException {
    try (PreparedStatement st = prepare(sql, params); ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The rows of a query, each as an array of its columns. */
  List<Object[]> rows(String sql, Object... params) throws SQLException {
    try (PreparedStatement st = prepare(sql, params); ResultSet rs = st.executeQuery()) {
      int columns = rs.getMetaData().getColumnCount();
      List<Object[]> rows = new ArrayList<>();
      while (rs.next()) {
        Object[] row = new Object[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = rs.getObject(i + 1);
        }
        rows.add(row);
      }
      return rows;
    }
  }

  /** The first column of a query. */
  List<String> strings(String sql, Object... params) throws SQLException {
    return rows(sql, params).stream().map(r -> r[0] == null ? null : r[0].toString()).toList();
  }

  java.sql.Array array(String[] values) throws SQLException {
    return connection.createArrayOf("varchar", values);
  }

  int update(String sql, Object... params) throws SQLException {
    try (PreparedStatement st = prepare(sql, params)) {
      return st.executeUpdate();
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // dropping it anyway
    }
    if (container != null) {
      container.stop();
      return;
    }
    try (Connection c = DriverManager.getConnection(server(host, port) + "postgres", user,
        password); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (SQLException e) {
      System.err.println("Could not drop the cluster test database " + name + ": " + e);
    }
  }

  private PreparedStatement prepare(String sql, Object... params) throws SQLException {
    PreparedStatement st = connection.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      st.setObject(i + 1, params[i]);
    }
    return st;
  }

  private static String server(String host, int port) {
    return "jdbc:postgresql://" + host + ":" + port + "/";
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
