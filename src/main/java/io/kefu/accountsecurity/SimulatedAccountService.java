package io.kefu.accountsecurity;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SIMULATOR of the marketplace's account service, backed by kefu's database
 * ({@code sim_account_action}, {@code sim_account_state}), so kefu runs stand-alone. Replace it
 * with an adapter to the real service in production. {@link #failNextCalls(int)} makes the next
 * calls fail like an unreachable service, for tests and demos.
 */
@Component
public class SimulatedAccountService implements AccountService {

  private static final Logger log = LoggerFactory.getLogger(SimulatedAccountService.class);
  private final JdbcClient jdbc;
  private final Clock clock;
  private final AtomicInteger failures = new AtomicInteger();

  public SimulatedAccountService(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The next {@code calls} calls throw as if the account service were down. */
  public void failNextCalls(int calls) {
    failures.set(calls);
  }

  @Override
  public void freeze(String customerId, String actionKey, String reason) {
    apply(customerId, actionKey, "FREEZE", reason, true, false);
  }

  @Override
  public void unfreeze(String customerId, String actionKey, String reason) {
    apply(customerId, actionKey, "UNFREEZE", reason, false, false);
  }

  @Override
  public void resetCredentials(String customerId, String actionKey, String reason) {
    apply(customerId, actionKey, "RESET_CREDENTIALS", reason, false, true);
  }

  @Override
  public boolean isFrozen(String customerId) {
    return jdbc.sql("SELECT frozen FROM sim_account_state WHERE customer_id = :c")
        .param("c", customerId).query(Boolean.class).optional().orElse(false);
  }

  private void apply(String customerId, String actionKey, String action, String reason,
      boolean frozen, boolean reset) {
    if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new IllegalStateException("Simulated account service unavailable");
    }
    boolean done = jdbc.sql("SELECT COUNT(*) FROM sim_account_action WHERE action_key = :k")
        .param("k", actionKey).query(Integer.class).single() > 0;
    if (done) {
      return;
    }
    var now = clock.instant().atOffset(ZoneOffset.UTC);
    jdbc.sql("INSERT INTO sim_account_action (action_key, customer_id, action, reason, "
            + "occurred_at) VALUES (:k, :c, :a, :r, :now)")
        .param("k", actionKey).param("c", customerId).param("a", action).param("r", reason)
        .param("now", now).update();
    int updated = jdbc.sql("UPDATE sim_account_state SET frozen = :f, credentials_reset_at = "
            + "CASE WHEN :reset THEN :now ELSE credentials_reset_at END WHERE customer_id = :c")
        .param("f", frozen).param("reset", reset).param("now", now).param("c", customerId)
        .update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO sim_account_state (customer_id, frozen, credentials_reset_at) "
              + "VALUES (:c, :f, :at)")
          .param("c", customerId).param("f", frozen).param("at", reset ? now : null).update();
    }
    log.info("Simulated account service: {} {} ({})", action, customerId, actionKey);
  }
}
