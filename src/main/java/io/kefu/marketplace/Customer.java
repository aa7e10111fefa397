package io.kefu.marketplace;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A buyer's marketplace account, reduced to what customer service needs. By design it holds no
 * national ID, no bank card and no full phone number or address: identity is verified with the
 * last four digits of the bound phone or the last four characters of the delivery address.
 *
 * @param id the marketplace's customer id, e.g. {@code C00001}
 * @param displayName the name the buyer shows on the marketplace
 * @param tier membership tier
 * @param preferredLanguage {@code zh} or {@code en}: the language of texts the buyer sees
 * @param phoneLast4 the last four digits of the account's bound phone
 * @param addressLast4 the last four characters of the default delivery address
 * @param email the account's e-mail address, or {@code null} (phone-only accounts)
 * @param riskFlags account risk flags set by the marketplace's risk control (see the constants,
 *     e.g. {@link #RECENT_ABNORMAL_LOGIN}); empty when none; unmodifiable
 * @param registeredAt when the account was opened
 */
public record Customer(
    String id,
    String displayName,
    CustomerTier tier,
    String preferredLanguage,
    String phoneLast4,
    String addressLast4,
    String email,
    Set<String> riskFlags,
    Instant registeredAt) {

  /** A login from an unusual place or device in the last days (异地/新设备登录). */
  public static final String RECENT_ABNORMAL_LOGIN = "RECENT_ABNORMAL_LOGIN";
  /** Many refund requests in a short time: a possible malicious-return pattern. */
  public static final String FREQUENT_REFUND_REQUESTS = "FREQUENT_REFUND_REQUESTS";
  /** The bound phone number was changed recently: a possible account takeover. */
  public static final String PHONE_RECENTLY_CHANGED = "PHONE_RECENTLY_CHANGED";

  public Customer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(preferredLanguage, "preferredLanguage");
    riskFlags = riskFlags == null ? Set.of() : Set.copyOf(riskFlags);
  }

  /** Whether the buyer is a VIP member. */
  public boolean isVip() {
    return tier == CustomerTier.VIP;
  }

  /** Whether the marketplace's risk control has flagged the account with this flag. */
  public boolean hasRiskFlag(String flag) {
    return riskFlags.contains(flag);
  }

  /** Whether the account carries any risk flag. */
  public boolean isFlagged() {
    return !riskFlags.isEmpty();
  }
}
