package io.kefu.notify;

import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRecord;
import io.kefu.cases.CaseRepository;
import io.kefu.intake.IntakeRequest;
import io.kefu.intake.IntakeService;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Cases for the notification tests, for customers that have an e-mail address. */
final class NotifyTestSupport {
  private NotifyTestSupport() {}

  /**
   * A NORMAL customer of the demo marketplace, without risk flags or cases, with an e-mail
   * address and the given preferred language; taken from the end of the list so as not to meet
   * {@code DemoCustomers}, which hands customers out from the start.
   */
  static synchronized String customerWithEmail(JdbcClient jdbc, String language) {
    return jdbc.sql("""
        SELECT id FROM mkt_customer c WHERE tier = 'NORMAL' AND risk_flags IS NULL
          AND email IS NOT NULL AND preferred_language = :l
          AND NOT EXISTS (SELECT 1 FROM kefu_case k WHERE k.customer_id = c.id)
        ORDER BY id DESC""").param("l", language).query(String.class).list().stream()
        .findFirst().orElseThrow(() -> new IllegalStateException("No unused customer left"));
  }

  static CaseRecord submit(IntakeService intake, CaseRepository cases, String customerId,
      String description) {
    String caseNumber = intake.submit("channel-app", new IntakeRequest(
        "notify-" + UUID.randomUUID(), "APP", customerId, null, description, null, null))
        .response().caseNumber();
    return cases.findByNumber(caseNumber).orElseThrow();
  }

  static NotificationOutbox.Notification only(NotificationOutbox outbox, long caseId,
      String template) {
    List<NotificationOutbox.Notification> found = outbox.ofCase(caseId).stream()
        .filter(n -> n.template().equals(template)).toList();
    if (found.size() != 1) {
      throw new AssertionError("Expected one " + template + " notification, found " + found);
    }
    return found.get(0);
  }

  static NotificationOutbox.Delivery delivery(NotificationOutbox outbox, long notificationId,
      Channel channel) {
    return outbox.deliveriesOf(notificationId).stream().filter(d -> d.channel() == channel)
        .findFirst().orElseThrow(() -> new AssertionError("No " + channel + " delivery"));
  }

  static List<CaseEvent> events(CaseRepository cases, long caseId, String kind,
      boolean buyerVisibleOnly) {
    return cases.timeline(caseId, buyerVisibleOnly).stream().filter(e -> e.kind().equals(kind))
        .toList();
  }
}
