package io.kefu.platform.simulator;

import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Unique numbers the simulated systems hand out (a reship's tracking number, a carrier's ticket,
 * a seller request id), from the database sequence {@code sim_number_seq}: never reused, on every
 * node.
 */
@Component
public class SimulatorNumbers {

  private final DataFieldMaxValueIncrementer sequence;

  public SimulatorNumbers(DataSource dataSource) {
    String product;
    try {
      product = JdbcUtils.extractDatabaseMetaData(dataSource,
          meta -> meta.getDatabaseProductName());
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot read the database product", e);
    }
    this.sequence = switch (product) {
      case "PostgreSQL" -> new PostgresSequenceMaxValueIncrementer(dataSource, "sim_number_seq");
      case "H2" -> new H2SequenceMaxValueIncrementer(dataSource, "sim_number_seq");
      default -> throw new IllegalStateException("Unsupported database: " + product);
    };
  }

  /** The next number, from 1. */
  public long next() {
    return sequence.nextLongValue();
  }
}
