package io.kefu.cases;

import io.kefu.platform.database.DatabaseProduct;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
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

  public CaseNumbers(DatabaseProduct database, @Value("${kefu.zone:Asia/Shanghai}") String zone,
      Clock clock) {
    this.sequence = database.sequence("kefu_case_number_seq");
    this.zone = ZoneId.of(zone);
    this.clock = clock;
  }

  public String next() {
    LocalDate day = LocalDate.ofInstant(clock.instant(), zone);
    return "CS-" + DAY.format(day) + "-" + String.format("%06d", sequence.nextLongValue());
  }
}
