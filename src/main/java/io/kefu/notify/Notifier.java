package io.kefu.notify;

import io.kefu.cases.CaseRecord;
import io.kefu.cases.CaseRepository;
import io.kefu.marketplace.Customer;
import io.kefu.marketplace.CustomerDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a buyer something, by every channel the {@link ChannelPolicy} chooses, through a
 * transactional outbox.
 *
 * <p>{@link #send} runs in the transaction of the step that causes the notification (a
 * delegate's, a listener's, an API call's) and in it renders the template in the case's
 * language, records the notification, writes the in-app message (the buyer-visible timeline
 * entry) and queues the other channels. Nothing leaves kefu before that transaction commits: if
 * the step rolls back, the notification never existed. After commit the
 * {@link NotificationDispatcher} delivers the queued channels, with retries.
 *
 * <p>Idempotent per step: the notification's key ({@link NotificationRequest#key()}) is unique,
 * so the same step running again finds it recorded and adds nothing.
 *
 * <p>Logs ids, templates and channels only, never a text or an address.
 */
@Service
public class Notifier {

  private static final Logger log = LoggerFactory.getLogger(Notifier.class);

  /** The prefix of the timeline entry's message id; buyers' message ids cannot contain '#'. */
  static final String TIMELINE_MESSAGE_PREFIX = "#notification/";

  /**
   * The outcome of {@link #send}.
   *
   * @param notificationId the notification's id (also the Message-ID of its e-mail)
   * @param recorded false when this step had already recorded it (nothing was added)
   * @param message the in-app message as the buyer sees it
   * @param channels the channels it goes by (in-app always)
   */
  public record Sent(long notificationId, boolean recorded, String message,
      Set<Channel> channels) {}

  private final CaseRepository cases;
  private final CustomerDirectory customers;
  private final TemplateCatalog templates;
  private final ChannelPolicy policy;
  private final NotificationOutbox outbox;
  private final NotificationDispatcher dispatcher;
  private final Clock clock;

  public Notifier(CaseRepository cases, CustomerDirectory customers, TemplateCatalog templates,
      ChannelPolicy policy, NotificationOutbox outbox, NotificationDispatcher dispatcher,
      Clock clock) {
    this.cases = cases;
    this.customers = customers;
    this.templates = templates;
    this.policy = policy;
    this.outbox = outbox;
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  /**
   * Records a notification in the caller's transaction (there must be one) and queues its
   * channels for delivery after commit.
   *
   * @throws IllegalStateException if the case does not exist
   * @throws IllegalArgumentException if there is no such template
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Sent send(NotificationRequest request) {
    String key = request.key();
    if (key.length() > 300) {
      throw new IllegalArgumentException("Notification key longer than 300 characters");
    }
    // a step that runs again finds its key taken by the insert below (no look-up first: the
    // first run is the rule, and a round trip per notification the cost)
    CaseRecord c = cases.findById(request.caseId())
        .orElseThrow(() -> new IllegalStateException("No case " + request.caseId()));
    String language = c.language() == null ? "zh" : c.language();
    Map<String, Object> values = new LinkedHashMap<>(request.values());
    values.putIfAbsent("caseNumber", c.caseNumber());
    RenderedMessage message = templates.render(request.template(), language, values);
    boolean hasEmail = customers.findCustomer(c.customerId()).map(Customer::email)
        .filter(address -> !address.isBlank()).isPresent();
    Set<Channel> channels = policy.channels(new ChannelPolicy.Facts(request.template(),
        c.priority(), hasEmail, request.requested()));

    Instant now = clock.instant();
    Optional<Long> id = outbox.insertIfAbsent(key, c.id(), c.customerId(), request.template(),
        language, request.timelineKind(), message.subject(), message.body(), now);
    if (id.isEmpty()) { // recorded by an earlier or a concurrent run of the same step
      return repeated(outbox.findByKey(key).orElseThrow());
    }
    long notificationId = id.get();
    cases.addEvent(c.id(), request.timelineKind(), request.actor(), true, message.body(),
        request.reason(), TIMELINE_MESSAGE_PREFIX + notificationId);
    boolean queued = false;
    for (Channel channel : channels) {
      if (channel != Channel.IN_APP) {
        outbox.enqueue(notificationId, channel,
            channel == Channel.EMAIL ? message.subject() : null, message.textFor(channel), now);
        queued = true;
      }
    }
    if (queued) {
      dispatcher.nudgeAfterCommit();
    }
    log.info("Notification {} ({}) recorded for case {}; channels {}", notificationId,
        request.template(), c.caseNumber(), channels);
    return new Sent(notificationId, true, message.body(), channels);
  }

  private Sent repeated(NotificationOutbox.Notification n) {
    Set<Channel> channels = EnumSet.of(Channel.IN_APP);
    outbox.deliveriesOf(n.id()).forEach(d -> channels.add(d.channel()));
    log.info("Notification {} ({}) was already recorded for this step; not repeated", n.id(),
        n.template());
    return new Sent(n.id(), false, n.body(), channels);
  }
}
