package io.kefu.resolution;

import io.kefu.sla.WorkingTimeBusinessCalendar;
import io.kefu.sla.WorkingTimeCalendar;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.springframework.stereotype.Component;

/**
 * When a timer written as an engine duration ({@code wall-clock@P7D}, {@code sellers@PT72H},
 * {@code PT4H}) started now falls due: computed exactly as the engine computes it, so a deadline
 * told to the buyer or the seller is the timer's.
 */
@Component
public class EngineDeadlines {

  private final WorkingTimeBusinessCalendar calendar;
  private final Clock clock;

  /** @param clock the engine's clock (kefu's {@code Clock} bean), which timers start from */
  public EngineDeadlines(WorkingTimeCalendar workingTime, Clock clock) {
    this.calendar = new WorkingTimeBusinessCalendar(workingTime, new DurationBusinessCalendar());
    this.clock = clock;
  }

  /** The instant a timer of {@code duration} started now falls due. */
  public Instant fromNow(String duration) {
    return calendar.resolveDuedate(duration, Date.from(clock.instant())).toInstant();
  }
}
