package io.kefu.notify;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Buyer notification settings ({@code kefu.notify.*}); see {@code docs/notifications.md}.
 *
 * @param templates where the buyer-message templates are and which languages they have
 * @param email the e-mail channel (SMTP itself is {@code spring.mail.*})
 * @param sms the SMS channel and when it is used
 * @param voice the automated voice call channel
 * @param dispatcher the outbox dispatcher that delivers after commit
 */
@ConfigurationProperties("kefu.notify")
public record NotifyProperties(TemplateSettings templates, Email email, Sms sms, Voice voice,
    Dispatcher dispatcher) {

  public NotifyProperties {
    templates = templates == null ? new TemplateSettings(null, null) : templates;
    email = email == null ? new Email(null, null, null) : email;
    sms = sms == null ? new Sms(null, null, null) : sms;
    voice = voice == null ? new Voice(null) : voice;
    dispatcher = dispatcher == null
        ? new Dispatcher(null, null, null, null, null, null, null, null, null, null) : dispatcher;
  }

  /**
   * @param location a Spring resource location (a folder) holding {@code <language>.yaml}
   * @param languages the languages with templates; the first is used for any other language
   */
  public record TemplateSettings(String location, List<String> languages) {
    public TemplateSettings {
      location = location == null || location.isBlank() ? "classpath:notify/templates/"
          : location;
      languages = languages == null || languages.isEmpty() ? List.of("zh", "en")
          : List.copyOf(languages);
    }
  }

  /**
   * @param enabled whether notifications go by e-mail to buyers who have an address; needs
   *     {@code spring.mail.host} too
   * @param from the sender, e.g. {@code 客服 <no-reply@kefu.example>}
   * @param messageIdDomain the right-hand side of the Message-ID of kefu's e-mails
   */
  public record Email(Boolean enabled, String from, String messageIdDomain) {
    public Email {
      enabled = enabled == null || enabled;
      from = from == null || from.isBlank() ? "kefu <no-reply@kefu.example>" : from;
      messageIdDomain = messageIdDomain == null || messageIdDomain.isBlank() ? "kefu.example"
          : messageIdDomain;
    }
  }

  /**
   * @param enabled whether the SMS channel is used at all
   * @param priorities cases of these priorities get every notification by SMS too
   * @param templates these templates always go by SMS too
   */
  public record Sms(Boolean enabled, Set<String> priorities, Set<String> templates) {
    public Sms {
      enabled = enabled == null || enabled;
      priorities = priorities == null ? Set.of("P1", "P2") : Set.copyOf(priorities);
      templates = templates == null ? Set.of() : Set.copyOf(templates);
    }
  }

  /** @param enabled whether automated calls are made when a step asks for one */
  public record Voice(Boolean enabled) {
    public Voice {
      enabled = enabled == null || enabled;
    }
  }

  /**
   * @param enabled whether this node delivers: a poller every {@code interval} and a nudge right
   *     after each commit that recorded a notification (tests switch it off and call
   *     {@link NotificationDispatcher#dispatchDue()})
   * @param interval how often the poller looks for due deliveries
   * @param batchSize how many deliveries one claim takes
   * @param lease how long a claimed delivery is reserved for this node; must exceed the SMTP and
   *     gateway timeouts, after it another node may take the delivery over
   * @param maxAttempts attempts per delivery, then it is marked FAILED
   * @param initialBackoff the wait after the first failed attempt
   * @param backoffMultiplier each further wait is this many times the previous one
   * @param maxBackoff the longest wait between attempts
   * @param nodeId this node's name in leases (default: host name and a random suffix)
   * @param nudgeDelay how long a dispatch waits after the commit that asked for it (default
   *     200 ms): commits within that time are served by one claim instead of one claim each
   */
  public record Dispatcher(Boolean enabled, Duration interval, Integer batchSize, Duration lease,
      Integer maxAttempts, Duration initialBackoff, Double backoffMultiplier,
      Duration maxBackoff, String nodeId, Duration nudgeDelay) {
    public Dispatcher {
      enabled = enabled == null || enabled;
      interval = interval == null ? Duration.ofSeconds(5) : interval;
      nudgeDelay = nudgeDelay == null ? Duration.ofMillis(200) : nudgeDelay;
      batchSize = batchSize == null ? 20 : batchSize;
      lease = lease == null ? Duration.ofMinutes(2) : lease;
      maxAttempts = maxAttempts == null ? 6 : maxAttempts;
      initialBackoff = initialBackoff == null ? Duration.ofSeconds(30) : initialBackoff;
      backoffMultiplier = backoffMultiplier == null ? 2.0 : backoffMultiplier;
      maxBackoff = maxBackoff == null ? Duration.ofMinutes(30) : maxBackoff;
      if (batchSize < 1 || maxAttempts < 1 || backoffMultiplier < 1.0 || lease.isNegative()
          || lease.isZero() || initialBackoff.isNegative() || maxBackoff.isNegative()
          || nudgeDelay.isNegative()) {
        throw new IllegalArgumentException("kefu.notify.dispatcher: batch-size and max-attempts "
            + "must be at least 1, backoff-multiplier at least 1, lease positive, backoffs and "
            + "nudge-delay not negative");
      }
    }

    /** How long to wait after the given number of failed attempts (1 = the first). */
    public Duration backoffAfter(int failedAttempts) {
      double factor = Math.pow(backoffMultiplier, Math.max(0, failedAttempts - 1));
      double millis = initialBackoff.toMillis() * factor;
      return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
    }
  }
}
