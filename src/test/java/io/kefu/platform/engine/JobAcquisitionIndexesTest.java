package io.kefu.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.testsupport.KefuSpringTest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's job table carries the two indexes its job acquisition needs (due date, lock
 * expiry), on H2 and on PostgreSQL, and a second start (or a second node) finds them there
 * without failing.
 */
@KefuSpringTest
class JobAcquisitionIndexesTest {

  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;
  @Autowired JobAcquisitionIndexes indexes;

  @Test
  void theJobTableHasAnIndexOnItsDueDateAndOnItsLockExpiry() throws Exception {
    assertThat(indexedColumns()).containsEntry("KEFU_IDX_JOB_DUEDATE", "DUEDATE_")
        .containsEntry("KEFU_IDX_JOB_LOCK_EXP", "LOCK_EXP_TIME_");
  }

  @Test
  void startingAgainOnTheSameDatabaseKeepsThemAndDoesNotFail() throws Exception {
    indexes.postProcessEngineBuild(engine);
    assertThat(indexedColumns()).containsKeys("KEFU_IDX_JOB_DUEDATE", "KEFU_IDX_JOB_LOCK_EXP");
  }

  /** Index name to its (single) column, upper case, of ACT_RU_JOB. */
  private Map<String, String> indexedColumns() throws Exception {
    Map<String, String> found = new HashMap<>();
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      for (String table : new String[] {"ACT_RU_JOB", "act_ru_job"}) {
        try (ResultSet rs = meta.getIndexInfo(null, null, table, false, false)) {
          while (rs.next()) {
            String name = rs.getString("INDEX_NAME");
            String column = rs.getString("COLUMN_NAME");
            if (name != null && column != null) {
              found.put(name.toUpperCase(), column.toUpperCase());
            }
          }
        }
      }
    }
    return found;
  }
}
