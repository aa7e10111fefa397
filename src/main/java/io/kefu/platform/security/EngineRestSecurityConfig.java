package io.kefu.platform.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * {@code /engine-rest} is open by default in Camunda 7. This registers Camunda's own Basic
 * authentication filter so the engine knows the caller and applies its authorizations, and,
 * before it, the guard that refuses query expressions.
 */
@Configuration
public class EngineRestSecurityConfig {

  @Bean
  FilterRegistrationBean<QueryExpressionGuardFilter> engineRestExpressionGuard() {
    FilterRegistrationBean<QueryExpressionGuardFilter> registration =
        new FilterRegistrationBean<>(new QueryExpressionGuardFilter());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setName("kefu-query-expression-guard");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setName("camunda-engine-rest-authentication");
    registration.addInitParameter("authentication-provider",
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 101);
    return registration;
  }
}
