package io.kefu.platform.cluster;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Names this node in the engine: the job executor locks the jobs it acquires under the node's
 * name ({@code act_ru_job.lock_owner_}) and the engine reports it as its host
 * name (job log history, metrics). Also takes the {@link StartupLock} before the engine touches
 * its schema, should Flyway not have taken it already.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ClusterNodePlugin extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(ClusterNodePlugin.class);
  private final ClusterProperties properties;
  private final StartupLock startupLock;

  public ClusterNodePlugin(ClusterProperties properties, StartupLock startupLock) {
    this.properties = properties;
    this.startupLock = startupLock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    startupLock.acquire();
    configuration.setHostname(properties.nodeName());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    JobExecutor jobExecutor = configuration.getJobExecutor();
    if (jobExecutor != null) {
      jobExecutor.setLockOwner(properties.nodeName());
      log.info("Node {}: jobs are locked for {} ms, {} per acquisition, deployment aware: {}",
          properties.nodeName(), jobExecutor.getLockTimeInMillis(),
          jobExecutor.getMaxJobsPerAcquisition(), configuration.isJobExecutorDeploymentAware());
    }
  }
}
