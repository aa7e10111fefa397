package io.kefu.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Successful API authentications, kept for a short time so that a channel posting many requests
 * is not checked against Camunda's identity store (password hash, group query: two database
 * transactions and a slow hash) on every call.
 *
 * <p>One entry per user: a keyed hash (HMAC-SHA-256 with a random key made at start and never
 * stored) of the password that succeeded, and the user's groups. The password itself is never
 * kept. Only a password whose hash equals the entry's is accepted from the cache; anything else
 * goes to the identity service, and a refused attempt drops the user's entry, so Camunda's login
 * throttling (delays after failed attempts) applies to the next attempt with the right password
 * too. Trade-off: a password change, a deleted user or a removed group membership made in Admin
 * takes effect for kefu's API only when the entry expires ({@link AuthenticationCacheProperties#ttl()}).
 */
public class AuthenticationCache {

  private record Entry(byte[] passwordHash, List<String> groups) {
  }

  private final Cache<String, Entry> entries;
  private final SecretKeySpec key;
  private final boolean enabled;

  public AuthenticationCache(AuthenticationCacheProperties properties) {
    this(properties, Ticker.systemTicker());
  }

  AuthenticationCache(AuthenticationCacheProperties properties, Ticker ticker) {
    this.enabled = !properties.ttl().isZero();
    this.entries = Caffeine.newBuilder()
        .expireAfterWrite(properties.ttl())
        .maximumSize(enabled ? properties.maxUsers() : 0)
        .ticker(ticker)
        .build();
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** The groups of {@code user} if this very password succeeded within the time to live. */
  public Optional<List<String>> groupsIfAuthenticated(String user, String password) {
    if (!enabled) {
      return Optional.empty();
    }
    Entry entry = entries.getIfPresent(user);
    if (entry == null || !MessageDigest.isEqual(entry.passwordHash(), hash(user, password))) {
      return Optional.empty();
    }
    return Optional.of(entry.groups());
  }

  /** Records that the identity service accepted this password for {@code user}. */
  public void succeeded(String user, String password, List<String> groups) {
    if (enabled) {
      entries.put(user, new Entry(hash(user, password), List.copyOf(groups)));
    }
  }

  /** Records that the identity service refused an attempt for {@code user}: forget the user. */
  public void failed(String user) {
    entries.invalidate(user);
  }

  private byte[] hash(String user, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(user.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
