package io.kefu.sla;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of kefu's business calendar ({@code kefu.sla.*}), read by
 * {@link WorkingTimeCalendar#of}. Values are validated there, with startup errors that name the
 * offending property; this class only carries them.
 *
 * <pre>
 * kefu:
 *   sla:
 *     zone: Asia/Shanghai                          # zone of the hours and holiday dates
 *     holidays: classpath*:sla/holidays-cn-*.yaml  # Spring resource locations, patterns allowed
 *     default-hours:                               # groups without an entry below, and timers
 *       observe-holidays: true                     #   without a group prefix
 *       hours:
 *         mon-fri: "09:00-18:00"
 *     groups:
 *       dispute-specialists:
 *         observe-holidays: true
 *         make-up-day-as: mon                      # hours worked on a 调休 working day
 *         hours:
 *           mon-fri: "09:00-12:00, 13:30-18:00"    # several intervals: comma separated
 *       security-team:
 *         observe-holidays: false
 *         hours:
 *           daily: "00:00-24:00"
 * </pre>
 *
 * Keys of {@code hours}: a day ({@code mon} or {@code monday}), a range of days ({@code mon-fri},
 * {@code sat-sun}, wrapping allowed: {@code fri-mon}) or {@code daily}. A day not named is not
 * worked, a day named twice is an error. Intervals are {@code HH:mm-HH:mm} in local time of
 * {@code zone}, end exclusive, {@code 24:00} for midnight at the end of the day; intervals of one
 * day must not overlap, and a night shift is written as two days' intervals
 * ({@code 22:00-24:00} and {@code 00:00-06:00}).
 */
@ConfigurationProperties("kefu.sla")
public class SlaProperties {

  /** Time zone of working hours and holiday dates. */
  private String zone = "Asia/Shanghai";

  /**
   * Spring resource locations of holiday files (patterns allowed). Every location must match at
   * least one file. Empty: no holidays at all.
   */
  private List<String> holidays = new ArrayList<>(List.of("classpath*:sla/holidays-cn-*.yaml"));

  /** Hours of any group without its own entry, and of engine timers without a group prefix. */
  private Schedule defaultHours = new Schedule();

  /** Hours per candidate group id (e.g. {@code senior-agents}). */
  private Map<String, Schedule> groups = new LinkedHashMap<>();

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public List<String> getHolidays() {
    return holidays;
  }

  public void setHolidays(List<String> holidays) {
    this.holidays = holidays;
  }

  public Schedule getDefaultHours() {
    return defaultHours;
  }

  public void setDefaultHours(Schedule defaultHours) {
    this.defaultHours = defaultHours;
  }

  public Map<String, Schedule> getGroups() {
    return groups;
  }

  public void setGroups(Map<String, Schedule> groups) {
    this.groups = groups;
  }

  /** The working week of one group. */
  public static class Schedule {

    /**
     * Whether public holidays are days off and make-up working days (调休上班) are working days
     * for this group. A group working through holidays ({@code false}) follows its weekly hours
     * every day of the year.
     */
    private boolean observeHolidays = true;

    /**
     * Day of the week whose hours are worked on a make-up working day (only with
     * observe-holidays). That day must have hours.
     */
    private String makeUpDayAs = "mon";

    /** Day (range) to interval list, e.g. {@code mon-fri: "09:00-12:00, 13:30-18:00"}. */
    private Map<String, List<String>> hours = new LinkedHashMap<>();

    public boolean isObserveHolidays() {
      return observeHolidays;
    }

    public void setObserveHolidays(boolean observeHolidays) {
      this.observeHolidays = observeHolidays;
    }

    public String getMakeUpDayAs() {
      return makeUpDayAs;
    }

    public void setMakeUpDayAs(String makeUpDayAs) {
      this.makeUpDayAs = makeUpDayAs;
    }

    public Map<String, List<String>> getHours() {
      return hours;
    }

    public void setHours(Map<String, List<String>> hours) {
      this.hours = hours;
    }

    /** Fluent helper for tests and code-built configurations. */
    public Schedule hours(String days, String... intervals) {
      hours.put(days, List.of(intervals));
      return this;
    }

    /** Fluent helper for tests and code-built configurations. */
    public Schedule observeHolidays(boolean observe) {
      this.observeHolidays = observe;
      return this;
    }
  }
}
