package io.kefu.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.testsupport.KefuSpringTest;
import io.kefu.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;

/** kefu tells H2 from PostgreSQL, and its sequences hand out increasing numbers on both. */
@KefuSpringTest
class DatabaseProductTest {

  @Autowired DatabaseProduct database;

  @Test
  void knowsWhichDatabaseItRunsOn() {
    assertThat(database.isPostgres()).isEqualTo(TestDatabase.isPostgres());
  }

  @Test
  void aSequenceOfKefusSchemaGivesIncreasingNumbers() {
    DataFieldMaxValueIncrementer sequence = database.sequence("sim_number_seq");
    long first = sequence.nextLongValue();
    assertThat(sequence.nextLongValue()).isGreaterThan(first);
    assertThat(database.sequence("kefu_case_number_seq").nextLongValue()).isPositive();
  }
}
