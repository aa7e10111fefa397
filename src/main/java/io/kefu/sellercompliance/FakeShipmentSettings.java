package io.kefu.sellercompliance;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The fake-shipment check ({@code kefu.fake-shipments.*}). A bean named {@code
 * fakeShipmentSettings} because the timer start event of {@code fake-shipment-check.bpmn} reads
 * {@code ${fakeShipmentSettings.checkCycle}} (a timer start event has no process variables).
 */
@Component("fakeShipmentSettings")
@ConfigurationProperties("kefu.fake-shipments")
public class FakeShipmentSettings {

  /** ISO-8601 repeating interval of the sweep, e.g. {@code R/PT1H}. */
  private String checkCycle = "R/PT1H";
  /** Wall-clock time after the tracking number upload by which the carrier must collect. */
  private Duration uncollectedAfter = Duration.ofHours(48);
  /** Most orders one sweep handles; the next sweep takes the rest. */
  private int maxPerSweep = 100;

  public String getCheckCycle() {
    return checkCycle;
  }

  public void setCheckCycle(String checkCycle) {
    if (checkCycle == null || !checkCycle.startsWith("R")) {
      throw new IllegalArgumentException(
          "kefu.fake-shipments.check-cycle must be an ISO-8601 repeating interval like R/PT1H");
    }
    this.checkCycle = checkCycle;
  }

  public Duration getUncollectedAfter() {
    return uncollectedAfter;
  }

  public void setUncollectedAfter(Duration uncollectedAfter) {
    if (uncollectedAfter == null || uncollectedAfter.isNegative() || uncollectedAfter.isZero()) {
      throw new IllegalArgumentException("kefu.fake-shipments.uncollected-after must be positive");
    }
    this.uncollectedAfter = uncollectedAfter;
  }

  public int getMaxPerSweep() {
    return maxPerSweep;
  }

  public void setMaxPerSweep(int maxPerSweep) {
    if (maxPerSweep < 1 || maxPerSweep > 200) {
      // the order numbers travel as one string variable (at most 4000 characters)
      throw new IllegalArgumentException("kefu.fake-shipments.max-per-sweep must be 1..200");
    }
    this.maxPerSweep = maxPerSweep;
  }
}
