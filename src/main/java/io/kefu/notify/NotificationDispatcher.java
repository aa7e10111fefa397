package io.kefu.notify;

import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import jakarta.annotation.PreDestroy;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox after commit: claims due deliveries (several kefu nodes may share one
 * database: {@code FOR UPDATE SKIP LOCKED} and a lease keep them apart), delivers each outside
 * any transaction, then records SENT, or schedules the next attempt with exponential backoff,
 * or after the last attempt marks the delivery FAILED, logs it and notes it on the case's
 * internal timeline ({@code NOTIFICATION_FAILED}). No exception reaches the step that recorded
 * the notification: it committed long before.
 *
 * <p>Runs from the {@link NotificationPoller} every {@code kefu.notify.dispatcher.interval}, and
 * {@code kefu.notify.dispatcher.nudge-delay} (200 ms) after a commit that queued a delivery
 * ({@link #nudgeAfterCommit()}); both only when {@code kefu.notify.dispatcher.enabled}. The
 * nudges of all commits within that delay share one run: under load one claim serves many
 * requests instead of each request paying for its own. Tests switch the dispatcher off and call
 * {@link #dispatchDue()}.
 *
 * <p>A row is sent once: only the node holding its lease sends it, and results are recorded only
 * under that lease. Should a node die between sending and recording, the row is sent again when
 * its lease has run out - the same Message-ID (and gateway reference) lets the receiver drop it.
 */
@Component
public class NotificationDispatcher {

  private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
  /** Claims per run at most, so that one run ends even under a flood. */
  private static final int MAX_BATCHES_PER_RUN = 50;

  private final NotificationOutbox outbox;
  private final CaseRepository cases;
  private final EmailSender email;
  private final ObjectProvider<SmsGateway> sms;
  private final ObjectProvider<VoiceCallGateway> voice;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final NotifyProperties.Dispatcher settings;
  private final String nodeId;
  private final AtomicBoolean nudgePending = new AtomicBoolean();
  private volatile ScheduledExecutorService nudges;

  public NotificationDispatcher(NotificationOutbox outbox, CaseRepository cases,
      EmailSender email, ObjectProvider<SmsGateway> sms, ObjectProvider<VoiceCallGateway> voice,
      TransactionTemplate tx, Clock clock, NotifyProperties properties) {
    this.outbox = outbox;
    this.cases = cases;
    this.email = email;
    this.sms = sms;
    this.voice = voice;
    this.tx = tx;
    this.clock = clock;
    this.settings = properties.dispatcher();
    this.nodeId = settings.nodeId() == null || settings.nodeId().isBlank() ? defaultNodeId()
        : settings.nodeId();
  }

  /** The outcome of one delivery attempt. */
  public enum Outcome { SENT, RETRY, FAILED, LEASE_LOST }

  /**
   * Delivers everything that is due now, in batches; safe to call concurrently and from several
   * nodes.
   *
   * @return how many deliveries were attempted
   */
  public int dispatchDue() {
    return dispatchDue(true);
  }

  /**
   * @param takeOverExpired whether to take over deliveries whose node's lease ran out too
   */
  int dispatchDue(boolean takeOverExpired) {
    int attempted = 0;
    for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      Instant now = clock.instant();
      List<NotificationOutbox.Claimed> claimed = tx.execute(status ->
          outbox.claimDue(nodeId, now, now.plus(settings.lease()), settings.batchSize(),
              takeOverExpired));
      for (NotificationOutbox.Claimed claim : claimed) {
        deliver(claim);
        attempted++;
      }
      if (claimed.size() < settings.batchSize()) {
        break;
      }
    }
    return attempted;
  }

  /**
   * Asks for a dispatch {@code nudge-delay} after the current transaction commits (after now
   * without one); nothing when the dispatcher is disabled. Nudges coalesce: at most one waits at
   * a time, and it serves every commit until its run starts.
   */
  public void nudgeAfterCommit() {
    if (!settings.enabled()) {
      return;
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          nudge();
        }
      });
    } else {
      nudge();
    }
  }

  private void nudge() {
    if (!nudgePending.compareAndSet(false, true)) {
      return;
    }
    try {
      executor().schedule(() -> {
        nudgePending.set(false);
        dispatchSafely(false);
      }, settings.nudgeDelay().toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException shuttingDown) {
      nudgePending.set(false);
    }
  }

  /** A dispatch run that logs rather than throws (for the poller and the nudges). */
  void dispatchSafely() {
    dispatchSafely(true);
  }

  private void dispatchSafely(boolean takeOverExpired) {
    try {
      dispatchDue(takeOverExpired);
    } catch (RuntimeException e) {
      log.warn("Notification dispatch run failed: {}", errorKind(e));
    }
  }

  Outcome deliver(NotificationOutbox.Claimed claim) {
    if (claim.attempt() > settings.maxAttempts()) {
      // its lease ran out after the last attempt (the node died): do not try again
      return giveUp(claim, "lease expired after the last attempt");
    }
    try {
      switch (claim.channel()) {
        case EMAIL -> email.send(claim);
        case SMS -> sms(claim);
        case VOICE -> voice(claim);
        case IN_APP -> { } // delivered by the commit that recorded it; never queued
      }
    } catch (UndeliverableException e) {
      return giveUp(claim, "undeliverable: " + e.getMessage());
    } catch (RuntimeException e) {
      String error = errorKind(e);
      if (claim.attempt() >= settings.maxAttempts()) {
        return giveUp(claim, error);
      }
      Instant now = clock.instant();
      Instant next = now.plus(settings.backoffAfter(claim.attempt()));
      boolean held = Boolean.TRUE.equals(tx.execute(status ->
          outbox.reschedule(claim, nodeId, next, error, now)));
      if (!held) {
        return leaseLost(claim);
      }
      log.warn("Notification {} by {} failed (attempt {} of {}, delivery {}): {}; next attempt "
              + "at {}", claim.notificationId(), claim.channel(), claim.attempt(),
          settings.maxAttempts(), claim.deliveryId(), error, next);
      return Outcome.RETRY;
    }
    Instant now = clock.instant();
    boolean held = Boolean.TRUE.equals(tx.execute(status -> outbox.markSent(claim, nodeId, now)));
    if (!held) {
      return leaseLost(claim);
    }
    log.info("Notification {} delivered by {} (delivery {}, attempt {})", claim.notificationId(),
        claim.channel(), claim.deliveryId(), claim.attempt());
    return Outcome.SENT;
  }

  private Outcome giveUp(NotificationOutbox.Claimed claim, String error) {
    Instant now = clock.instant();
    boolean held = Boolean.TRUE.equals(tx.execute(status -> {
      if (!outbox.markFailed(claim, nodeId, error, now)) {
        return false;
      }
      cases.addEvent(claim.caseId(), "NOTIFICATION_FAILED", CaseEvent.SYSTEM, false,
          channelName(claim.channel()) + " notification " + claim.notificationId() + " ("
              + claim.template() + ") could not be delivered after " + claim.attempt()
              + " attempt(s)", truncate(error));
      return true;
    }));
    if (!held) {
      return leaseLost(claim);
    }
    log.error("Notification {} by {} FAILED for good after {} attempt(s) (delivery {}, case id "
            + "{}): {}", claim.notificationId(), claim.channel(), claim.attempt(),
        claim.deliveryId(), claim.caseId(), error);
    return Outcome.FAILED;
  }

  private Outcome leaseLost(NotificationOutbox.Claimed claim) {
    log.warn("Notification {} by {}: lease lost during attempt {} (delivery {}); another node "
        + "took it over", claim.notificationId(), claim.channel(), claim.attempt(),
        claim.deliveryId());
    return Outcome.LEASE_LOST;
  }

  private void sms(NotificationOutbox.Claimed claim) {
    SmsGateway gateway = sms.getIfAvailable();
    if (gateway == null) {
      throw new UndeliverableException("No SMS gateway configured");
    }
    gateway.send(new SmsGateway.TextMessage(reference(claim), claim.customerId(),
        claim.language(), claim.body()));
  }

  private void voice(NotificationOutbox.Claimed claim) {
    VoiceCallGateway gateway = voice.getIfAvailable();
    if (gateway == null) {
      throw new UndeliverableException("No voice call gateway configured");
    }
    gateway.call(new VoiceCallGateway.Call(reference(claim), claim.customerId(),
        claim.language(), claim.body()));
  }

  /** The gateway reference of a delivery: derived from the notification, stable across retries. */
  public static String reference(NotificationOutbox.Claimed claim) {
    return "kefu-notification-" + claim.notificationId() + "-"
        + claim.channel().name().toLowerCase(Locale.ROOT);
  }

  /** The kind of an error, without its message (which may hold an address or a text). */
  static String errorKind(Throwable e) {
    StringBuilder kind = new StringBuilder();
    for (Throwable t = e; t != null && kind.length() < 400; t = t.getCause()) {
      if (!kind.isEmpty()) {
        kind.append(" <- ");
      }
      kind.append(t.getClass().getSimpleName());
      if (t.getCause() == t) {
        break;
      }
    }
    return kind.toString();
  }

  private static String channelName(Channel channel) {
    return switch (channel) {
      case EMAIL -> "E-mail";
      case SMS -> "SMS";
      case VOICE -> "Voice call";
      case IN_APP -> "In-app";
    };
  }

  private static String truncate(String s) {
    return s.length() <= 500 ? s : s.substring(0, 500);
  }

  private ScheduledExecutorService executor() {
    ScheduledExecutorService executor = nudges;
    if (executor == null) {
      synchronized (this) {
        if (nudges == null) {
          nudges = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kefu-notify-nudge");
            thread.setDaemon(true);
            return thread;
          });
        }
        executor = nudges;
      }
    }
    return executor;
  }

  @PreDestroy
  void stop() {
    ScheduledExecutorService executor = nudges;
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  private static String defaultNodeId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      host = "kefu";
    }
    String id = host + ":" + UUID.randomUUID().toString().substring(0, 8);
    return id.length() <= 100 ? id : id.substring(id.length() - 100);
  }
}
