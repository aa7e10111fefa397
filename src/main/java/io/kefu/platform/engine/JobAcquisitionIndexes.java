package io.kefu.platform.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two indexes on the engine's job table that its job acquisition needs once many timers wait,
 * created after the engine has created or checked its schema (Flyway runs before the engine, so
 * kefu's migrations cannot reach the engine's tables).
 *
 * <p>Every open case holds two timer jobs (the SLA warning and breach), so {@code ACT_RU_JOB}
 * holds thousands of jobs that are not due. The job executor's acquisition query - jobs due now,
 * not locked, and for exclusive jobs none of the same process instance locked - has no index to
 * use for either condition in Camunda's schema: PostgreSQL read the whole table, twice, on every
 * acquisition (5-7 ms with 10,000 jobs in the benchmark, 40 % of a core at 190 escalations per
 * second). With an index on {@code DUEDATE_} and one on {@code LOCK_EXP_TIME_} the same query
 * takes 0.1-0.2 ms. See bench/README-performance.md.
 *
 * <p>Runs while the node holds the cluster start-up lock (the engine bean is not complete yet),
 * so two nodes starting at once do not create them twice. {@code IF NOT EXISTS}: H2 and
 * PostgreSQL both have it; a later start finds them there.
 */
@Component
@Order(30)
public class JobAcquisitionIndexes extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(JobAcquisitionIndexes.class);

  /** Index name and column; the names start with KEFU_ so that nobody takes them for Camunda's. */
  static final List<String[]> INDEXES = List.of(
      new String[] {"KEFU_IDX_JOB_DUEDATE", "DUEDATE_"},
      new String[] {"KEFU_IDX_JOB_LOCK_EXP", "LOCK_EXP_TIME_"});

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DataSource dataSource = ((ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration()).getDataSource();
    try (Connection connection = dataSource.getConnection();
         Statement statement = connection.createStatement()) {
      for (String[] index : INDEXES) {
        statement.execute("CREATE INDEX IF NOT EXISTS " + index[0] + " ON ACT_RU_JOB ("
            + index[1] + ")");
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not create the job acquisition indexes on "
          + "ACT_RU_JOB", e);
    }
    log.info("Job acquisition indexes on ACT_RU_JOB in place: {}",
        INDEXES.stream().map(i -> i[0] + " (" + i[1] + ")").toList());
  }
}
