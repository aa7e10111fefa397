package io.kefu.notify;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * No SMTP server configured, no mail health check: the production profile sets
 * {@code spring.mail.host} from KEFU_SMTP_HOST, empty when the e-mail channel is not used. Spring
 * Boot then still creates a mail sender, its health check cannot connect and
 * {@code /actuator/health} (the container health check, a load balancer's probe) stays DOWN
 * although kefu works. An explicit {@code management.health.mail.enabled} always wins.
 */
public class MailHealthDefault implements EnvironmentPostProcessor, Ordered {

  static final String HEALTH_PROPERTY = "management.health.mail.enabled";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication app) {
    if (env.containsProperty(HEALTH_PROPERTY)) {
      return;
    }
    String host = env.getProperty("spring.mail.host");
    if (host == null || host.isBlank()) {
      env.getPropertySources().addLast(
          new MapPropertySource("kefu-mail-health", Map.of(HEALTH_PROPERTY, "false")));
    }
  }

  @Override
  public int getOrder() {
    // after the application's configuration files are read
    return Ordered.LOWEST_PRECEDENCE;
  }
}
