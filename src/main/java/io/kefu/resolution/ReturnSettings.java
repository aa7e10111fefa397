package io.kefu.resolution;

import io.kefu.sla.WorkingTimeCalendar;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Deadlines of {@code processes/return-and-refund.bpmn} ({@code kefu.resolution.returns.*}),
 * read by its timers as {@code ${returnSettings.…}} each time a timer is created, so a changed
 * value applies to returns that start waiting afterwards. Engine durations: {@code wall-clock@P7D}
 * is elapsed time (buyers and carriers work every day), {@code P7D} or {@code group@PT72H}
 * business time (see {@code io.kefu.sla}).
 */
@Component("returnSettings")
@ConfigurationProperties("kefu.resolution.returns")
public class ReturnSettings {

  /** Until when the buyer may send the return parcel's tracking number. */
  private String trackingNumberDeadline = "wall-clock@P7D";
  /** When the buyer is reminded to send it (before the deadline). */
  private String trackingNumberReminderAfter = "wall-clock@P3D";
  /** How long after the parcel's registration the seller's side must have received it. */
  private String returnReceivedDeadline = "wall-clock@P15D";

  public String getTrackingNumberDeadline() {
    return trackingNumberDeadline;
  }

  public void setTrackingNumberDeadline(String value) {
    this.trackingNumberDeadline = check(value, "returns.tracking-number-deadline");
  }

  public String getTrackingNumberReminderAfter() {
    return trackingNumberReminderAfter;
  }

  public void setTrackingNumberReminderAfter(String value) {
    this.trackingNumberReminderAfter = check(value, "returns.tracking-number-reminder-after");
  }

  public String getReturnReceivedDeadline() {
    return returnReceivedDeadline;
  }

  public void setReturnReceivedDeadline(String value) {
    this.returnReceivedDeadline = check(value, "returns.return-received-deadline");
  }

  /**
   * Validates an engine duration ({@code [group@]ISO-8601 duration}) at startup.
   *
   * @throws IllegalArgumentException naming the property
   */
  static String check(String value, String property) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("kefu.resolution." + property + " is required");
    }
    String duration = value.substring(value.indexOf('@') + 1).trim();
    try {
      if (WorkingTimeCalendar.parseDuration(duration).isZero()) {
        throw new IllegalArgumentException("zero");
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("kefu.resolution." + property + " must be a positive "
          + "ISO-8601 duration, optionally with a calendar group (wall-clock@P7D, sellers@PT72H): "
          + value, e);
    }
    return value.trim();
  }
}
