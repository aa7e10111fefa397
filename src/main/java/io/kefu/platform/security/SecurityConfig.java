package io.kefu.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. One identity store: Camunda's users and groups.
 *
 * <ul>
 *   <li>{@code /api/**} - kefu's JSON API, HTTP Basic checked against Camunda's identity service
 *       ({@link CamundaIdentityAuthenticationProvider}); each group gets only its endpoints:
 *       {@code /api/v1/carrier-events} the carriers, {@code /api/v1/simulators/**} (present only
 *       with {@code kefu.simulators.enabled=true}) the administrators,
 *       {@code /api/v1/requests/{caseNumber}/seller-response} the sellers' integration,
 *       {@code /api/v1/cases/**} and {@code /api/v1/customers/**} the service team (work groups
 *       and managers), the rest
 *       the channels.
 *   <li>{@code /engine-rest/**} - authenticated by Camunda's own ProcessEngineAuthenticationFilter
 *       ({@link EngineRestSecurityConfig}) so that the engine's authorizations apply to the caller.
 *   <li>{@code /camunda/**} - the webapps authenticate with their own login page and session.
 *   <li>Only health and the login pages are open without credentials; the Admin "setup" page,
 *       which would let anybody create an administrator, is refused outright.
 * </ul>
 */
@Configuration
public class SecurityConfig {

  private static final String CHANNELS = io.kefu.platform.identity.KefuGroups.CHANNELS;
  private static final String CARRIERS = io.kefu.platform.identity.KefuGroups.CARRIERS;
  private static final String ADMINS = io.kefu.platform.identity.KefuGroups.ADMINS;
  private static final String SELLERS = io.kefu.platform.identity.KefuGroups.SELLERS;
  /** Who may look cases and customers' histories up: the task-working groups and managers. */
  private static final String[] SERVICE_TEAM = java.util.stream.Stream.concat(
          io.kefu.platform.identity.KefuGroups.WORK_GROUPS.stream(),
          java.util.stream.Stream.of(io.kefu.platform.identity.KefuGroups.MANAGERS))
      .map(Authorities::group).toArray(String[]::new);

  /**
   * The webapps and {@code /engine-rest} authenticate with Camunda's own mechanisms; Spring
   * Security only refuses the setup page there and must not read their credentials a second time.
   */
  @Bean
  @Order(1)
  SecurityFilterChain camundaOwnAuthentication(HttpSecurity http) throws Exception {
    // Path matchers on the raw request path: these paths belong to Camunda's own servlets
    // (Jersey), where Spring MVC's path matching does not apply.
    http.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/camunda/**")))
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.disable()) // the webapps set their own security headers
        .requestCache(cache -> cache.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(path("/camunda/api/admin/setup/**")).denyAll()
            .anyRequest().permitAll());
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain kefuApiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider)
      throws Exception {
    http
        .csrf(csrf -> csrf.disable()) // stateless HTTP Basic API for server-side integrations
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authenticationProvider(provider)
        .httpBasic(basic -> basic.realmName("kefu"))
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        .requestCache(cache -> cache.disable())
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
            .requestMatchers(path("/"), path("/favicon.ico"), path("/error")).permitAll()
            .requestMatchers(path("/api/v1/carrier-events"), path("/api/v1/carrier-events/**"))
                .hasAuthority(Authorities.group(CARRIERS))
            .requestMatchers(path("/api/v1/simulators"), path("/api/v1/simulators/**"))
                .hasAuthority(Authorities.group(ADMINS))
            .requestMatchers(path("/api/v1/requests/*/seller-response"))
                .hasAuthority(Authorities.group(SELLERS))
            .requestMatchers(path("/api/v1/cases/**"), path("/api/v1/customers/**"))
                .hasAnyAuthority(SERVICE_TEAM)
            .requestMatchers(path("/api/**")).hasAuthority(Authorities.group(CHANNELS))
            .requestMatchers(path("/v3/api-docs/**"), path("/swagger-ui/**"),
                path("/swagger-ui.html")).authenticated()
            .anyRequest().authenticated());
    return http.build();
  }

  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }
}
