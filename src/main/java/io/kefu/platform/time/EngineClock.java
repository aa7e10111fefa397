package io.kefu.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * kefu's clock is the engine's clock ({@link ClockUtil}): timestamps kefu writes and the timers
 * the engine computes agree, and tests that move the engine's clock move kefu's too.
 */
public final class EngineClock extends Clock {

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("kefu's clock is UTC; convert when showing times");
  }

  @Override
  public Instant instant() {
    return ClockUtil.now().toInstant();
  }
}
