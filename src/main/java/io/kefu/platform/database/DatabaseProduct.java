package io.kefu.platform.database;

import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * The database kefu runs on - H2 (embedded default) or PostgreSQL (production) - for the few
 * statements whose SQL differs between them. Any other product stops the start.
 */
@Component
public class DatabaseProduct {

  private final DataSource dataSource;
  private final boolean postgres;

  public DatabaseProduct(DataSource dataSource) {
    this.dataSource = dataSource;
    String product;
    try {
      product = JdbcUtils.extractDatabaseMetaData(dataSource,
          meta -> meta.getDatabaseProductName());
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot read the database product", e);
    }
    this.postgres = switch (product) {
      case "PostgreSQL" -> true;
      case "H2" -> false;
      default -> throw new IllegalStateException("Unsupported database: " + product);
    };
  }

  /** PostgreSQL (else H2): e.g. {@code INSERT ... ON CONFLICT DO NOTHING} is available. */
  public boolean isPostgres() {
    return postgres;
  }

  /**
   * A sequence of kefu's schema as a source of unique numbers on every node.
   *
   * @param name the sequence, created by a Flyway migration
   */
  public DataFieldMaxValueIncrementer sequence(String name) {
    return postgres ? new PostgresSequenceMaxValueIncrementer(dataSource, name)
        : new H2SequenceMaxValueIncrementer(dataSource, name);
  }
}
