package io.kefu.resolution;

import io.kefu.sla.WorkingTimeCalendar;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Resolution ({@code kefu.resolution.*}, {@code processes/resolve-request.bpmn}). A bean named
 * {@code resolutionSettings} because the model reads it in expressions: the retry cycle of every
 * step that calls an outside system ({@code ${resolutionSettings.retryCycle}}) and the due dates
 * of the senior agents' tasks. Timer and due-date values are business-calendar descriptions
 * ({@code senior-agents@PT4H}: working time of the group; {@code wall-clock@PT48H}: elapsed time).
 */
@Component("resolutionSettings")
@ConfigurationProperties("kefu.resolution")
public class ResolutionSettings {

  /** How long the buyer may answer a proposal; silence until then counts as acceptance. */
  private String proposalResponseTimeout = "wall-clock@PT48H";
  /** Camunda retry cycle of the steps calling outside systems (then an incident). */
  private String retryCycle = "R3/PT5M";
  /** Due date of "Approve remedy". */
  private String approvalDue = "senior-agents@PT4H";
  /** Due date of "Handle failed remedy". */
  private String failedRemedyDue = "senior-agents@PT4H";
  /** How long an issued coupon can be redeemed. */
  private Duration couponValidity = Duration.ofDays(30);
  /**
   * How long each remedy takes until the buyer sees the result (elapsed time), promised in the
   * proposal ("apology + options with times").
   */
  private Map<String, Duration> remedyTimes = new LinkedHashMap<>(Map.of(
      "RESHIP", Duration.ofHours(72),
      "PARTIAL_REFUND", Duration.ofHours(24),
      "FULL_REFUND", Duration.ofHours(24),
      "RETURN_AND_REFUND", Duration.ofDays(10),
      "COUPON", Duration.ofHours(1),
      "EXPEDITE", Duration.ofHours(24),
      "GUIDANCE_ONLY", Duration.ofHours(1)));

  /** The promised time of a remedy; one day for a remedy not configured. */
  public Duration remedyTime(String remedy) {
    return remedyTimes.getOrDefault(remedy, Duration.ofDays(1));
  }

  public String getProposalResponseTimeout() {
    return proposalResponseTimeout;
  }

  public void setProposalResponseTimeout(String value) {
    this.proposalResponseTimeout = calendarDuration(value, "proposal-response-timeout");
  }

  public String getRetryCycle() {
    return retryCycle;
  }

  public void setRetryCycle(String retryCycle) {
    if (retryCycle == null || !retryCycle.matches("R\\d+/P.+")) {
      throw new IllegalArgumentException(
          "kefu.resolution.retry-cycle must be a retry cycle like R3/PT5M");
    }
    this.retryCycle = retryCycle;
  }

  public String getApprovalDue() {
    return approvalDue;
  }

  public void setApprovalDue(String value) {
    this.approvalDue = calendarDuration(value, "approval-due");
  }

  public String getFailedRemedyDue() {
    return failedRemedyDue;
  }

  public void setFailedRemedyDue(String value) {
    this.failedRemedyDue = calendarDuration(value, "failed-remedy-due");
  }

  public Duration getCouponValidity() {
    return couponValidity;
  }

  public void setCouponValidity(Duration couponValidity) {
    if (couponValidity == null || couponValidity.isNegative() || couponValidity.isZero()) {
      throw new IllegalArgumentException("kefu.resolution.coupon-validity must be positive");
    }
    this.couponValidity = couponValidity;
  }

  public Map<String, Duration> getRemedyTimes() {
    return remedyTimes;
  }

  public void setRemedyTimes(Map<String, Duration> remedyTimes) {
    this.remedyTimes = new LinkedHashMap<>(remedyTimes);
  }

  private static String calendarDuration(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("kefu.resolution." + name + " is required");
    }
    try {
      WorkingTimeCalendar.parseDuration(value.substring(value.indexOf('@') + 1));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("kefu.resolution." + name
          + " must be an ISO-8601 duration, optionally prefixed by group@ or wall-clock@: "
          + value, e);
    }
    return value;
  }
}
