package io.kefu.resolution;

import io.kefu.sla.WorkingTimeBusinessCalendar;
import io.kefu.sla.WorkingTimeCalendar;
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

  public EngineDeadlines(WorkingTimeCalendar workingTime) {
    this.calendar = new WorkingTimeBusinessCalendar(workingTime, new DurationBusinessCalendar());
  }

  /** The instant {@code duration} after {@code start}. */
  public Instant after(Instant start, String duration) {
    return calendar.resolveDuedate(duration, Date.from(start)).toInstant();
  }
}
