package io.kefu.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.notify.ChannelPolicy.Facts;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which channels a notification goes by, and how long a failed delivery waits. */
class ChannelPolicyTest {

  static NotifyProperties defaults() {
    return new NotifyProperties(null, null, null, null, null);
  }

  final ChannelPolicy policy = new ChannelPolicy(defaults(), true);

  @Test
  void inAppAlwaysAndEmailWhenTheAccountHasAnAddress() {
    assertThat(policy.channels(new Facts(Templates.OPENING, "P3", true, Set.of())))
        .containsExactly(Channel.IN_APP, Channel.EMAIL);
    assertThat(policy.channels(new Facts(Templates.OPENING, "P3", false, Set.of())))
        .containsExactly(Channel.IN_APP);
  }

  @Test
  void smsForUrgentCasesConfiguredTemplatesOrWhenAsked() {
    assertThat(policy.channels(new Facts(Templates.OPENING, "P1", false, Set.of())))
        .containsExactly(Channel.IN_APP, Channel.SMS);
    assertThat(policy.channels(new Facts(Templates.HANDOVER, "P2", true, Set.of())))
        .containsExactly(Channel.IN_APP, Channel.EMAIL, Channel.SMS);
    assertThat(policy.channels(new Facts(Templates.OPENING, "P4", false, Set.of(Channel.SMS))))
        .contains(Channel.SMS);
    assertThat(policy.channels(new Facts(Templates.OPENING, null, false, Set.of())))
        .containsExactly(Channel.IN_APP);

    NotifyProperties configured = new NotifyProperties(null, null,
        new NotifyProperties.Sms(true, Set.of("P1"), Set.of(Templates.APOLOGY_OPTIONS)), null,
        null);
    ChannelPolicy custom = new ChannelPolicy(configured, true);
    assertThat(custom.channels(new Facts(Templates.APOLOGY_OPTIONS, "P4", false, Set.of())))
        .contains(Channel.SMS);
    assertThat(custom.channels(new Facts(Templates.OPENING, "P2", false, Set.of())))
        .doesNotContain(Channel.SMS);
  }

  @Test
  void voiceOnlyWhenAsked() {
    assertThat(policy.channels(new Facts(Templates.OPENING, "P1", true, Set.of())))
        .doesNotContain(Channel.VOICE);
    assertThat(policy.channels(new Facts(Templates.OPENING, "P4", true, Set.of(Channel.VOICE))))
        .containsExactly(Channel.IN_APP, Channel.EMAIL, Channel.VOICE);
  }

  @Test
  void switchedOffChannelsAndMissingSmtpAreNeverChosen() {
    assertThat(new ChannelPolicy(defaults(), false)
        .channels(new Facts(Templates.OPENING, "P3", true, Set.of())))
        .containsExactly(Channel.IN_APP);
    NotifyProperties off = new NotifyProperties(null,
        new NotifyProperties.Email(false, null, null), new NotifyProperties.Sms(false, null, null),
        new NotifyProperties.Voice(false), null);
    assertThat(new ChannelPolicy(off, true).channels(new Facts(Templates.OPENING, "P1", true,
        Set.of(Channel.SMS, Channel.VOICE)))).containsExactly(Channel.IN_APP);
  }

  @Test
  void failedDeliveriesWaitExponentiallyLongerUpToTheMaximum() {
    NotifyProperties.Dispatcher d = defaults().dispatcher();
    assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8).stream().map(d::backoffAfter).toList())
        .containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
            Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(16),
            Duration.ofMinutes(30), Duration.ofMinutes(30));
    assertThat(d.maxAttempts()).isEqualTo(6);
    assertThat(d.enabled()).isTrue();
  }
}
