package io.kefu.notify;

import java.time.Instant;
import java.util.List;

/**
 * A notification as the buyer's channel may see it: the in-app message and how far each
 * channel got.
 *
 * @param id the notification's id
 * @param template which template it came from (e.g. {@code opening}, {@code resolved})
 * @param kind the kind of its entry in the case's timeline
 * @param createdAt when the step that caused it committed it
 * @param subject the e-mail subject
 * @param message the in-app message
 * @param deliveries each channel's state: IN_APP is SENT when recorded; EMAIL, SMS and VOICE are
 *     PENDING, SENDING, SENT or FAILED (after the last attempt)
 */
public record NotificationView(long id, String template, String kind, Instant createdAt,
    String subject, String message, List<ChannelState> deliveries) {

  /** One channel's delivery state. */
  public record ChannelState(Channel channel, String status, int attempts, Instant sentAt) {}
}
