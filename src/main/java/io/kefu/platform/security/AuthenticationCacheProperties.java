package io.kefu.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Cache of successful API authentications ({@code kefu.security.authentication-cache.*}).
 *
 * @param ttl how long a successful authentication (user, password hash, groups) is reused
 *     without asking Camunda's identity service again, 30 s by default; {@code PT0S} switches
 *     the cache off. A password change, a locked or deleted user or a removed group membership
 *     takes effect for kefu's API within this time.
 * @param maxUsers the most users kept at once (one entry per user)
 */
@ConfigurationProperties("kefu.security.authentication-cache")
public record AuthenticationCacheProperties(Duration ttl, Integer maxUsers) {
  public AuthenticationCacheProperties {
    if (ttl == null) {
      ttl = Duration.ofSeconds(30);
    }
    if (ttl.isNegative()) {
      throw new IllegalArgumentException("kefu.security.authentication-cache.ttl must not be negative");
    }
    if (maxUsers == null) {
      maxUsers = 10_000;
    }
  }
}
