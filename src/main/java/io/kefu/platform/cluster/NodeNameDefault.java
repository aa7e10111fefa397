package io.kefu.platform.cluster;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives a node without a configured {@code kefu.cluster.node-name} one name for this run (host
 * name and a random suffix), so that everything referring to the property (the engine's lock
 * owner, the notification outbox's lease holder: {@code ${kefu.cluster.node-name}}) uses the
 * same name.
 */
public class NodeNameDefault implements EnvironmentPostProcessor, Ordered {

  static final String PROPERTY = "kefu.cluster.node-name";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication app) {
    String configured = env.getProperty(PROPERTY);
    if (configured == null || configured.isBlank()) {
      env.getPropertySources().addFirst(new MapPropertySource("kefu-node-name",
          Map.of(PROPERTY, ClusterProperties.defaultNodeName())));
    }
  }

  @Override
  public int getOrder() {
    // after the application's configuration files are read
    return Ordered.LOWEST_PRECEDENCE;
  }
}
