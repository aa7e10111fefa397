package io.kefu.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Case numbers such as {@code CS-20261123-000042}: the service day in kefu's zone and a
 * database sequence, so numbers are unique across nodes and never reused.
 */
@Component
public class CaseNumbers {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private final DataFieldMaxValueIncrementer sequence;
  private final ZoneId zone;
  private final Clock clock;

  public CaseNumbers(DataSource dataSource, @Value("${kefu.zone:Asia/Shanghai}") String zone,
      Clock clock) {
    this.sequence = incrementer(dataSource);
    this.zone = ZoneId.of(zone);
    this.clock = clock;
  }

  public String next() {
    LocalDate day = LocalDate.ofInstant(clock.instant(), zone);
    return "CS-" + DAY.format(day) + "-" + String.format("%06d", sequence.nextLongValue());
  }

  private static DataFieldMaxValueIncrementer incrementer(DataSource dataSource) {
    String product;
    try {
      product = JdbcUtils.extractDatabaseMetaData(dataSource,
          meta -> meta.getDatabaseProductName());
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot read the database product", e);
    }
    return switch (product) {
      case "PostgreSQL" -> new PostgresSequenceMaxValueIncrementer(dataSource, "kefu_case_number_seq");
      case "H2" -> new H2SequenceMaxValueIncrementer(dataSource, "kefu_case_number_seq");
      default -> throw new IllegalStateException("Unsupported database: " + product);
    };
  }
}
