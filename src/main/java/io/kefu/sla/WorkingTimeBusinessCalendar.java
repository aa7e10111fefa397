package io.kefu.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda business calendar that reads ISO-8601 durations as working time of
 * {@link WorkingTimeCalendar}. Installed by {@link BusinessTimeEnginePlugin} as the engine's
 * {@code duration} calendar (timer {@code timeDuration}) and {@code dueDate} calendar (timer
 * {@code timeDate}, user task {@code camunda:dueDate} and {@code camunda:followUpDate}).
 *
 * <p>Descriptions understood:
 * <ul>
 *   <li>{@code PT4H}: 4 hours of working time of {@code kefu.sla.default-hours};</li>
 *   <li>{@code senior-agents@PT4H}: 4 hours of working time of the group {@code senior-agents}
 *       (a group without configuration uses the default hours);</li>
 *   <li>{@code wall-clock@PT10M}: 10 minutes of elapsed time, as Camunda does without kefu
 *       (technical waits, retries, polling);</li>
 *   <li>anything else (an absolute date such as {@code 2026-03-09T10:00:00+08:00},
 *       {@code start/duration} forms), with or without group prefix: handed unchanged to
 *       Camunda's stock calendar.</li>
 * </ul>
 * Counting starts at the given start date or, without one, at {@link ClockUtil#getCurrentTime()}
 * (tests move it with {@code ClockUtil.setCurrentTime}).
 */
public class WorkingTimeBusinessCalendar implements BusinessCalendar {

  /** Separates a group id from the duration: {@code senior-agents@PT4H}. */
  public static final char GROUP_SEPARATOR = '@';
  /** Prefix for elapsed (calendar) time instead of business time. */
  public static final String WALL_CLOCK = "wall-clock";

  private final WorkingTimeCalendar calendar;
  private final BusinessCalendar stock;

  /**
   * @param stock Camunda's calendar for descriptions that are not durations (and for
   *     {@code wall-clock@})
   */
  public WorkingTimeBusinessCalendar(WorkingTimeCalendar calendar, BusinessCalendar stock) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.stock = Objects.requireNonNull(stock, "stock");
  }

  @Override
  public Date resolveDuedate(String duedate) {
    return resolveDuedate(duedate, (Date) null);
  }

  @Override
  public Date resolveDuedate(String duedate, Task task) {
    return resolveDuedate(duedate, (Date) null);
  }

  @Override
  public Date resolveDuedate(String duedate, Date startDate) {
    if (duedate == null || duedate.isBlank()) {
      throw new ProcessEngineException("Cannot resolve an empty due date or duration");
    }
    String spec = duedate.trim();
    String group = null;
    int separator = spec.indexOf(GROUP_SEPARATOR);
    if (separator >= 0) {
      group = spec.substring(0, separator).trim();
      spec = spec.substring(separator + 1).trim();
      if (group.isEmpty() || spec.isEmpty()) {
        throw new ProcessEngineException("Cannot resolve '" + duedate
            + "': expected <group>@<duration>, e.g. senior-agents@PT4H");
      }
    }
    if (WALL_CLOCK.equals(group) || !spec.startsWith("P")) {
      return stock.resolveDuedate(spec, startDate);
    }
    Duration duration;
    try {
      duration = WorkingTimeCalendar.parseDuration(spec);
    } catch (IllegalArgumentException e) {
      throw new ProcessEngineException("Cannot resolve '" + duedate + "' in business time: "
          + e.getMessage(), e);
    }
    Instant start = (startDate != null ? startDate : ClockUtil.getCurrentTime()).toInstant();
    return Date.from(calendar.addWorkingTime(group, start, duration));
  }
}
