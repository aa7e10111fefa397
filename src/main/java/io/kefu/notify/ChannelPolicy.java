package io.kefu.notify;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Which channels a notification goes by:
 *
 * <ul>
 *   <li>{@link Channel#IN_APP} always (the buyer-visible timeline);
 *   <li>{@link Channel#EMAIL} when the e-mail channel is on, SMTP is configured
 *       ({@code spring.mail.host}) and the customer's account has an address;
 *   <li>{@link Channel#SMS} when the SMS channel is on and the case's priority is one of
 *       {@code kefu.notify.sms.priorities} (P1, P2), the template is one of
 *       {@code kefu.notify.sms.templates}, or the step asks for it;
 *   <li>{@link Channel#VOICE} only when the step asks for it and the voice channel is on.
 * </ul>
 */
@Component
public class ChannelPolicy {

  /**
   * What the policy decides on.
   *
   * @param template the notification's template
   * @param priority the case's priority (P1..P4), or null before triage
   * @param customerHasEmail whether the customer's account has an e-mail address
   * @param requested channels the step asks for in addition
   */
  public record Facts(String template, String priority, boolean customerHasEmail,
      Set<Channel> requested) {
    public Facts {
      requested = requested == null ? Set.of() : Set.copyOf(requested);
    }
  }

  private final NotifyProperties properties;
  private final boolean smtpConfigured;

  @Autowired
  public ChannelPolicy(NotifyProperties properties, Environment environment) {
    this(properties, !environment.getProperty("spring.mail.host", "").isBlank());
  }

  public ChannelPolicy(NotifyProperties properties, boolean smtpConfigured) {
    this.properties = properties;
    this.smtpConfigured = smtpConfigured;
  }

  /** Whether e-mail can be sent at all (enabled and SMTP configured). */
  public boolean emailAvailable() {
    return properties.email().enabled() && smtpConfigured;
  }

  public Set<Channel> channels(Facts facts) {
    Set<Channel> channels = EnumSet.of(Channel.IN_APP);
    if (emailAvailable() && facts.customerHasEmail()) {
      channels.add(Channel.EMAIL);
    }
    NotifyProperties.Sms sms = properties.sms();
    if (sms.enabled() && ((facts.priority() != null && sms.priorities().contains(facts.priority()))
        || sms.templates().contains(facts.template())
        || facts.requested().contains(Channel.SMS))) {
      channels.add(Channel.SMS);
    }
    if (properties.voice().enabled() && facts.requested().contains(Channel.VOICE)) {
      channels.add(Channel.VOICE);
    }
    return channels;
  }
}
