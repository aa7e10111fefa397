package io.kefu.accountsecurity;

/**
 * Port to the marketplace's account service (in production: its risk/identity API). Every call
 * is idempotent by {@code actionKey}: calling again with the same key does nothing more.
 * Technical failures throw; the process retries and then leaves an incident.
 */
public interface AccountService {

  /** Freezes the account: no logins, no payments, no address changes. */
  void freeze(String customerId, String actionKey, String reason);

  /** Lifts the freeze. */
  void unfreeze(String customerId, String actionKey, String reason);

  /** Invalidates sessions and forces a password reset, and lifts the freeze afterwards. */
  void resetCredentials(String customerId, String actionKey, String reason);

  /** Whether the account is frozen now. */
  boolean isFrozen(String customerId);
}
