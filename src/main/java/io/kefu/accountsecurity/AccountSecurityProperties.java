package io.kefu.accountsecurity;

import io.kefu.sla.WorkingTimeCalendar;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Account-security incidents ({@code kefu.account-security.*}).
 *
 * @param verificationTarget business time of {@code group} within which the security team must
 *     verify the account owner (the P1 resolution target of triage.dmn by default: PT4H)
 * @param group the group that verifies (security-team)
 */
@ConfigurationProperties("kefu.account-security")
public record AccountSecurityProperties(String verificationTarget, String group) {
  public AccountSecurityProperties {
    verificationTarget = verificationTarget == null ? "PT4H" : verificationTarget;
    group = group == null ? "security-team" : group;
    WorkingTimeCalendar.parseDuration(verificationTarget);
  }

  public Duration target() {
    return WorkingTimeCalendar.parseDuration(verificationTarget);
  }
}
