package io.kefu.platform.cluster;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the {@link StartupLock}: taken before Flyway migrates, given back once the process
 * engine is built (schema, identities, deployment done).
 */
@Configuration(proxyBeanMethods = false)
public class ClusterConfiguration {

  @Bean
  StartupLock startupLock(DataSource dataSource, ClusterProperties properties) {
    return new StartupLock(dataSource, properties);
  }

  /** Flyway migrates (and loads the demo data) only while this node holds the start-up lock. */
  @Bean
  FlywayMigrationStrategy migrateUnderStartupLock(StartupLock lock) {
    return flyway -> {
      lock.acquire();
      flyway.migrate();
    };
  }

  /**
   * The engine bean is complete after the engine's schema, the plugins' seeding and the
   * auto-deployment: the other nodes may start now. Static and lazy, so that this post-processor
   * does not create the data source early.
   */
  @Bean
  static BeanPostProcessor releaseStartupLockOnceTheEngineIsBuilt(
      ObjectProvider<StartupLock> lock) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof ProcessEngine) {
          lock.ifAvailable(StartupLock::release);
        }
        return bean;
      }
    };
  }
}
