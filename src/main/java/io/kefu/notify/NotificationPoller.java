package io.kefu.notify;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the {@link NotificationDispatcher} every {@code kefu.notify.dispatcher.interval}
 * (default 5 s): it picks up what the after-commit nudges missed, retries that have come due
 * and deliveries whose node died. Absent when {@code kefu.notify.dispatcher.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "kefu.notify.dispatcher.enabled", havingValue = "true",
    matchIfMissing = true)
public class NotificationPoller {

  private final NotificationDispatcher dispatcher;

  public NotificationPoller(NotificationDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Scheduled(initialDelayString = "${kefu.notify.dispatcher.interval:PT5S}",
      fixedDelayString = "${kefu.notify.dispatcher.interval:PT5S}")
  void poll() {
    dispatcher.dispatchSafely();
  }
}
