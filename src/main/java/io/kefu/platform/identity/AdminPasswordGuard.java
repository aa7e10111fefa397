package io.kefu.platform.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * In production ({@code kefu.identity.require-admin-password=true}, set by the postgres profile)
 * kefu refuses to start unless the administrator's password is given (KEFU_ADMIN_PASSWORD), so
 * no installation ever runs with a default password or an empty admin group.
 */
public class AdminPasswordGuard implements EnvironmentPostProcessor, Ordered {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication app) {
    boolean required = env.getProperty("kefu.identity.require-admin-password", Boolean.class, false);
    String password = env.getProperty("camunda.bpm.admin-user.password");
    if (required && (password == null || password.isBlank())) {
      throw new IllegalStateException("kefu refuses to start: set the administrator's password "
          + "in the environment variable KEFU_ADMIN_PASSWORD (production profile 'postgres').");
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
