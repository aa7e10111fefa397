package io.kefu.platform.database;

import java.util.function.ToIntFunction;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
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
   * Runs an INSERT that a unique key may refuse, without spoiling the caller's transaction: on
   * PostgreSQL with {@code ON CONFLICT (uniqueColumns) DO NOTHING} appended (a failed statement
   * would abort the transaction there); on H2 the duplicate key error is caught (a failed
   * statement leaves an H2 transaction usable).
   *
   * @param insert the INSERT statement, without a conflict clause
   * @param uniqueColumns the columns of the unique key, e.g. {@code "case_id, message_id"}
   * @param execute runs the statement it is given and returns the rows inserted
   * @return the rows inserted: 0 when the key was taken
   */
  public int insertUnlessDuplicate(String insert, String uniqueColumns,
      ToIntFunction<String> execute) {
    String sql = postgres ? insert + " ON CONFLICT (" + uniqueColumns + ") DO NOTHING" : insert;
    try {
      return execute.applyAsInt(sql);
    } catch (DuplicateKeyException taken) {
      return 0;
    }
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
