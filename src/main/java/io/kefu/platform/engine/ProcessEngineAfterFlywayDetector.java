package io.kefu.platform.engine;

import java.util.Set;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the process engine wait for Flyway: kefu's tables exist before the engine deploys,
 * starts its job executor or calls a delegate, and on a fresh database Flyway never finds
 * Camunda's tables already there.
 */
public class ProcessEngineAfterFlywayDetector
    extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(ProcessEngineFactoryBean.class, SpringProcessEngineConfiguration.class);
  }
}
