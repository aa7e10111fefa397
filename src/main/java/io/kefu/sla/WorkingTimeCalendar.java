package io.kefu.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Business time: adds and measures working time per candidate group, on the group's weekly
 * working hours, China's public holidays and make-up working days (see {@link SlaProperties} and
 * the package documentation).
 *
 * <p>Rules, the same for every method:
 * <ul>
 *   <li>Only time inside a group's working intervals counts. A deadline that uses up exactly the
 *       rest of an interval is that interval's end (18:00 today, not 09:00 tomorrow).</li>
 *   <li>Counting that starts outside working time begins at the next opening; adding zero to
 *       such a start gives that opening.</li>
 *   <li>A group without configuration, or {@code null}, uses {@code kefu.sla.default-hours}.</li>
 *   <li>A {@link Duration} is an exact amount of working time: {@code P1D} is 24 working hours,
 *       not "the next working day".</li>
 * </ul>
 *
 * <p>Thread-safe and immutable; cost grows with the number of calendar days spanned (whole days
 * are skipped at once), never with the number of minutes.
 */
public class WorkingTimeCalendar {

  private static final Logger LOG = LoggerFactory.getLogger(WorkingTimeCalendar.class);
  private static final Pattern WEEKS = Pattern.compile("P(\\d+)W");
  private static final int DAY = 24 * 3600;
  /** Days in a row without working time after which a configuration is taken as broken. */
  static final int MAX_DAYS_WITHOUT_WORK = 366;

  private final ZoneId zone;
  private final HolidayCalendar holidays;
  private final WorkingHours defaultHours;
  private final Map<String, WorkingHours> groups;
  private final Set<String> reportedUnknownGroups = ConcurrentHashMap.newKeySet();
  private final Set<Integer> reportedUncoveredYears = ConcurrentHashMap.newKeySet();

  /**
   * A calendar from validated configuration and already loaded holidays.
   *
   * @throws SlaConfigurationException if the configuration cannot work
   */
  public WorkingTimeCalendar(SlaProperties properties, HolidayCalendar holidays) {
    Objects.requireNonNull(properties, "properties");
    this.zone = zone(properties.getZone());
    this.holidays = Objects.requireNonNull(holidays, "holidays");
    this.defaultHours = WorkingHours.of("kefu.sla.default-hours", properties.getDefaultHours());
    Map<String, WorkingHours> byGroup = new LinkedHashMap<>();
    if (properties.getGroups() != null) {
      properties.getGroups().forEach((group, schedule) ->
          byGroup.put(group, WorkingHours.of("kefu.sla.groups." + group, schedule)));
    }
    this.groups = Collections.unmodifiableMap(byGroup);
  }

  /**
   * A calendar from configuration, reading the holiday files at {@code kefu.sla.holidays}.
   *
   * @throws SlaConfigurationException if the configuration or a holiday file cannot work
   */
  public static WorkingTimeCalendar of(SlaProperties properties,
      ResourcePatternResolver resolver) {
    return new WorkingTimeCalendar(properties,
        HolidayCalendar.load(resolver, properties.getHolidays()));
  }

  private static ZoneId zone(String zone) {
    if (zone == null || zone.isBlank()) {
      throw new SlaConfigurationException("kefu.sla.zone: missing (e.g. Asia/Shanghai)");
    }
    try {
      return ZoneId.of(zone.trim());
    } catch (DateTimeException e) {
      throw new SlaConfigurationException("kefu.sla.zone: '" + zone
          + "' is not a time zone id (e.g. Asia/Shanghai)", e);
    }
  }

  /**
   * The instant at which {@code duration} of the group's working time has passed, counted from
   * {@code start} (or from the next opening if {@code start} is outside working time).
   *
   * @param group candidate group id; unknown or null: default hours
   * @param duration working time, not negative
   */
  public Instant addWorkingTime(String group, Instant start, Duration duration) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("Working time must not be negative: " + duration);
    }
    WorkingHours hours = hours(group);
    Duration remaining = duration;
    LocalDate day = start.atZone(zone).toLocalDate();
    int daysWithoutWork = 0;
    while (true) {
      int[] intervals = intervalsOn(hours, day);
      // whole-day jump: all of this day's remaining working time at once
      Duration available = Duration.ZERO;
      for (int i = 0; i < intervals.length; i += 2) {
        available = available.plus(overlap(day, intervals[i], intervals[i + 1], start, null));
      }
      if (available.isZero()) {
        daysWithoutWork = checkProgress(hours, day, start, daysWithoutWork);
      } else if (remaining.compareTo(available) > 0) {
        remaining = remaining.minus(available);
        daysWithoutWork = 0;
      } else {
        for (int i = 0; i < intervals.length; i += 2) {
          Instant end = at(day, intervals[i + 1]);
          if (!end.isAfter(start)) {
            continue;
          }
          Instant begin = max(at(day, intervals[i]), start);
          Duration length = Duration.between(begin, end);
          if (remaining.compareTo(length) <= 0) {
            return begin.plus(remaining);
          }
          remaining = remaining.minus(length);
        }
        throw new IllegalStateException("unreachable: day total and intervals disagree");
      }
      day = day.plusDays(1);
    }
  }

  /**
   * Working time of the group between two instants (for pausing and resuming an SLA clock).
   * {@code workingTimeBetween(g, s, addWorkingTime(g, s, d))} is {@code d}. If {@code to} is
   * before {@code from} the result is negative.
   */
  public Duration workingTimeBetween(String group, Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      return workingTimeBetween(group, to, from).negated();
    }
    WorkingHours hours = hours(group);
    Duration total = Duration.ZERO;
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last);
        day = day.plusDays(1)) {
      int[] intervals = intervalsOn(hours, day);
      for (int i = 0; i < intervals.length; i += 2) {
        total = total.plus(overlap(day, intervals[i], intervals[i + 1], from, to));
      }
    }
    return total;
  }

  /**
   * The instant at which {@code fraction} of {@code target} working time has passed since
   * {@code start}, e.g. {@code 0.8} for the 80% warning of an SLA. {@code 1.0} is the deadline
   * itself; fractions above 1 (overdue escalations) are allowed.
   */
  public Instant fractionPoint(String group, Instant start, Duration target, double fraction) {
    Objects.requireNonNull(target, "target");
    if (!Double.isFinite(fraction) || fraction < 0) {
      throw new IllegalArgumentException("Fraction must be a finite number >= 0: " + fraction);
    }
    BigDecimal seconds = BigDecimal.valueOf(target.getSeconds())
        .add(BigDecimal.valueOf(target.getNano(), 9))
        .multiply(BigDecimal.valueOf(fraction))
        .setScale(9, RoundingMode.HALF_UP);
    BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
    Duration part = Duration.ofSeconds(whole.longValueExact(),
        seconds.subtract(whole).movePointRight(9).longValueExact());
    return addWorkingTime(group, start, part);
  }

  /** Whether the instant lies inside the group's working time. */
  public boolean isWorkingTime(String group, Instant instant) {
    Objects.requireNonNull(instant, "instant");
    WorkingHours hours = hours(group);
    LocalDate day = instant.atZone(zone).toLocalDate();
    int[] intervals = intervalsOn(hours, day);
    for (int i = 0; i < intervals.length; i += 2) {
      if (!at(day, intervals[i]).isAfter(instant) && at(day, intervals[i + 1]).isAfter(instant)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Parses an SLA target as working time: ISO-8601 {@code PnDTnHnMnS} ({@code PT30M},
   * {@code PT4H}, {@code P1D} = 24 hours) or {@code PnW} (n × 7 × 24 hours). Years and months
   * have no fixed length and are refused, as are negative durations.
   *
   * @throws IllegalArgumentException with the reason
   */
  public static Duration parseDuration(String iso) {
    if (iso == null || iso.isBlank()) {
      throw new IllegalArgumentException("Missing duration");
    }
    String text = iso.trim();
    Matcher weeks = WEEKS.matcher(text);
    Duration duration;
    try {
      duration = weeks.matches()
          ? Duration.ofDays(Math.multiplyExact(Long.parseLong(weeks.group(1)), 7L))
          : Duration.parse(text);
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("'" + iso + "' is not an ISO-8601 duration of days, "
          + "hours, minutes and seconds (e.g. PT30M, PT4H, P1D, P2DT4H; years and months are "
          + "not allowed in business time)", e);
    }
    if (duration.isNegative()) {
      throw new IllegalArgumentException("'" + iso + "' is negative");
    }
    return duration;
  }

  /** Zone of working hours and holiday dates. */
  public ZoneId zone() {
    return zone;
  }

  /** The loaded holidays. */
  public HolidayCalendar holidays() {
    return holidays;
  }

  /** Groups with their own hours (others use the default hours). */
  public Set<String> configuredGroups() {
    return groups.keySet();
  }

  /** Human-readable hours of a group, e.g. for logs and the SLA view. */
  public String describe(String group) {
    return hours(group).describe();
  }

  private WorkingHours hours(String group) {
    if (group == null || group.isBlank()) {
      return defaultHours;
    }
    WorkingHours hours = groups.get(group);
    if (hours != null) {
      return hours;
    }
    if (reportedUnknownGroups.add(group)) {
      LOG.warn("No working hours for group '{}' under kefu.sla.groups: using kefu.sla.default-"
          + "hours", group);
    }
    return defaultHours;
  }

  private int[] intervalsOn(WorkingHours hours, LocalDate day) {
    if (hours.observesHolidays() && !holidays.covers(day.getYear())
        && reportedUncoveredYears.add(day.getYear())) {
      LOG.warn("No holiday file loaded for {} (kefu.sla.holidays): business time in {} counts "
          + "public holidays as ordinary days", day.getYear(), day.getYear());
    }
    return hours.intervalsOn(day, holidays.kindOf(day));
  }

  private int checkProgress(WorkingHours hours, LocalDate day, Instant start, int daysWithout) {
    if (daysWithout + 1 > MAX_DAYS_WITHOUT_WORK) {
      throw new SlaConfigurationException(hours.property() + ": no working time in "
          + MAX_DAYS_WITHOUT_WORK + " days in a row up to " + day + " (counting from " + start
          + "); check the hours and the holiday files");
    }
    return daysWithout + 1;
  }

  /** Part of the interval [startSecond, endSecond) of the day that lies within [from, to). */
  private Duration overlap(LocalDate day, int startSecond, int endSecond, Instant from,
      Instant to) {
    Instant begin = max(at(day, startSecond), from);
    Instant end = at(day, endSecond);
    if (to != null && to.isBefore(end)) {
      end = to;
    }
    return end.isAfter(begin) ? Duration.between(begin, end) : Duration.ZERO;
  }

  private Instant at(LocalDate day, int secondOfDay) {
    if (secondOfDay >= DAY) {
      return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
    return ZonedDateTime.of(day, LocalTime.ofSecondOfDay(secondOfDay), zone).toInstant();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
