package io.kefu.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * Chooses the database of a test run. {@code -Dkefu.test.db=postgres} (Maven profile
 * {@code postgres}) runs the suite on PostgreSQL: in a Testcontainers container where a Docker
 * engine exists, else on the server named by KEFU_TEST_PG_HOST / _PORT / _USER / _PASSWORD
 * (default localhost:5432, user postgres), in a database created afresh for the run. Otherwise
 * an in-memory H2 database.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static Map<String, Object> properties;

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context.getEnvironment().getPropertySources()
        .addFirst(new MapPropertySource("kefu-test-database", properties()));
  }

  public static boolean isPostgres() {
    return "postgres".equalsIgnoreCase(System.getProperty("kefu.test.db", "h2"));
  }

  /** A setting of the chosen database, e.g. {@code spring.datasource.url}. */
  public static String property(String name) {
    Object value = properties().get(name);
    return value == null ? null : value.toString();
  }

  static synchronized Map<String, Object> properties() {
    if (properties == null) {
      properties = isPostgres() ? postgres() : h2();
    }
    return properties;
  }

  private static Map<String, Object> h2() {
    Map<String, Object> p = new HashMap<>();
    p.put("spring.datasource.url", "jdbc:h2:mem:kefu-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    p.put("spring.datasource.username", "sa");
    p.put("spring.datasource.password", "");
    return p;
  }

  private static Map<String, Object> postgres() {
    String explicitHost = System.getenv("KEFU_TEST_PG_HOST");
    if (explicitHost == null && dockerAvailable()) {
      PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15-alpine");
      container.start();
      Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
      return jdbc(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }
    String host = explicitHost == null ? "localhost" : explicitHost;
    String port = env("KEFU_TEST_PG_PORT", "5432");
    String user = env("KEFU_TEST_PG_USER", "postgres");
    String password = env("KEFU_TEST_PG_PASSWORD", "");
    String database = env("KEFU_TEST_PG_DATABASE", "kefu_test");
    String server = "jdbc:postgresql://" + host + ":" + port + "/";
    try (Connection c = DriverManager.getConnection(server + "postgres", user, password);
         Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare the PostgreSQL test database on " + server
          + " (set KEFU_TEST_PG_HOST/_PORT/_USER/_PASSWORD): " + e.getMessage(), e);
    }
    return jdbc(server + database, user, password);
  }

  private static Map<String, Object> jdbc(String url, String user, String password) {
    Map<String, Object> p = new HashMap<>();
    p.put("spring.datasource.url", url);
    p.put("spring.datasource.username", user);
    p.put("spring.datasource.password", password);
    return p;
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
