package io.kefu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kefu.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The connection settings of the postgres (production) profile take effect on a real
 * PostgreSQL server: sessions run without PostgreSQL's JIT compiler, which cost every large
 * task list seconds of compilation. Runs with the PostgreSQL tests only.
 */
class PostgresSessionSettingsTest {

  private static final String PREFIX = "spring.datasource.hikari.data-source-properties.";

  @Test
  void sessionsOfTheProductionProfileRunWithoutJit() throws Exception {
    assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only");
    PropertySource<?> yaml = new YamlPropertySourceLoader()
        .load("postgres", new ClassPathResource("application-postgres.yaml")).get(0);
    Properties connection = new Properties();
    connection.setProperty("user", TestDatabase.property("spring.datasource.username"));
    connection.setProperty("password", TestDatabase.property("spring.datasource.password"));
    for (String name : new String[] {"options", "reWriteBatchedInserts"}) {
      connection.setProperty(name, String.valueOf(yaml.getProperty(PREFIX + name)));
    }

    try (Connection c = DriverManager.getConnection(
            TestDatabase.property("spring.datasource.url"), connection);
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SHOW jit")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("off");
    }
  }
}
