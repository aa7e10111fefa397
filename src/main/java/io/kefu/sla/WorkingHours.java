package io.kefu.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The validated working week of one group: intervals per day of the week (seconds of the day,
 * end exclusive, 86400 = 24:00), whether the group observes public holidays and whose day's hours
 * it works on a make-up working day. Immutable.
 */
final class WorkingHours {

  private static final Pattern INTERVAL =
      Pattern.compile("(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");
  private static final int DAY = 24 * 3600;
  private static final int[] NONE = new int[0];

  private final String property;
  private final Map<DayOfWeek, int[]> week;
  private final boolean observeHolidays;
  private final DayOfWeek makeUpDayAs;

  private WorkingHours(String property, Map<DayOfWeek, int[]> week, boolean observeHolidays,
      DayOfWeek makeUpDayAs) {
    this.property = property;
    this.week = week;
    this.observeHolidays = observeHolidays;
    this.makeUpDayAs = makeUpDayAs;
  }

  /**
   * Validates one schedule.
   *
   * @param property where the schedule is configured, e.g. {@code kefu.sla.groups.agents}
   * @throws SlaConfigurationException naming the property at fault
   */
  static WorkingHours of(String property, SlaProperties.Schedule schedule) {
    if (schedule == null || schedule.getHours() == null || schedule.getHours().isEmpty()) {
      throw new SlaConfigurationException(property + ".hours: no working hours configured "
          + "(e.g. " + property + ".hours.mon-fri: \"09:00-18:00\")");
    }
    Map<DayOfWeek, int[]> week = new EnumMap<>(DayOfWeek.class);
    Map<DayOfWeek, String> namedBy = new EnumMap<>(DayOfWeek.class);
    for (Map.Entry<String, List<String>> entry : schedule.getHours().entrySet()) {
      String key = entry.getKey();
      String where = property + ".hours." + key;
      int[] intervals = intervals(where, entry.getValue());
      for (DayOfWeek day : days(where, key)) {
        String earlier = namedBy.put(day, key);
        if (earlier != null) {
          throw new SlaConfigurationException(where + ": " + display(day)
              + " is already given by '" + earlier + "'; name each day only once");
        }
        week.put(day, intervals);
      }
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      week.putIfAbsent(day, NONE);
    }
    WorkingHours hours = new WorkingHours(property, week, schedule.isObserveHolidays(),
        makeUpDay(property, schedule.getMakeUpDayAs()));
    if (hours.weeklyTotal().isZero()) {
      throw new SlaConfigurationException(property + ".hours: no working time in the whole "
          + "week; SLA deadlines could never be reached");
    }
    if (hours.observeHolidays && hours.week.get(hours.makeUpDayAs).length == 0) {
      throw new SlaConfigurationException(property + ".make-up-day-as: "
          + display(hours.makeUpDayAs) + " has no working hours, so make-up working days "
          + "(调休上班) would not be worked; name a working day");
    }
    return hours;
  }

  private static DayOfWeek makeUpDay(String property, String value) {
    String v = value == null ? "mon" : value;
    List<DayOfWeek> days = days(property + ".make-up-day-as", v);
    if (days.size() != 1) {
      throw new SlaConfigurationException(property + ".make-up-day-as: '" + value
          + "' is not a single day of the week");
    }
    return days.get(0);
  }

  /** Days named by a key: {@code mon}, {@code monday}, {@code mon-fri}, {@code daily}. */
  private static List<DayOfWeek> days(String where, String key) {
    String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
    if (k.equals("daily")) {
      return List.of(DayOfWeek.values());
    }
    String[] range = k.split("-", -1);
    if (range.length > 2) {
      throw badDays(where, key);
    }
    DayOfWeek first = day(where, key, range[0]);
    DayOfWeek last = range.length == 2 ? day(where, key, range[1]) : first;
    List<DayOfWeek> days = new ArrayList<>();
    for (DayOfWeek d = first; ; d = d.plus(1)) {
      days.add(d);
      if (d == last) {
        return days;
      }
    }
  }

  private static DayOfWeek day(String where, String key, String name) {
    String n = name.trim();
    for (DayOfWeek d : DayOfWeek.values()) {
      String full = d.name().toLowerCase(Locale.ROOT);
      if (n.equals(full) || n.equals(full.substring(0, 3))) {
        return d;
      }
    }
    throw badDays(where, key);
  }

  private static SlaConfigurationException badDays(String where, String key) {
    return new SlaConfigurationException(where + ": '" + key + "' is not a day of the week, "
        + "a range like mon-fri, or daily");
  }

  private static int[] intervals(String where, List<String> values) {
    List<int[]> parsed = new ArrayList<>();
    for (String raw : values == null ? List.<String>of() : values) {
      for (String part : raw == null ? new String[0] : raw.split(",")) {
        String text = part.trim();
        if (text.isEmpty()) {
          continue;
        }
        Matcher m = INTERVAL.matcher(text);
        if (!m.matches()) {
          throw new SlaConfigurationException(where + ": '" + text
              + "' is not an interval HH:mm-HH:mm (e.g. 09:00-18:00)");
        }
        int start = time(where, text, m.group(1), m.group(2));
        int end = time(where, text, m.group(3), m.group(4));
        if (start == DAY) {
          throw new SlaConfigurationException(where + ": '" + text + "' starts at 24:00");
        }
        if (end <= start) {
          throw new SlaConfigurationException(where + ": '" + text + "' ends before it starts; "
              + "write a night shift as two days' intervals, e.g. 22:00-24:00 and 00:00-06:00");
        }
        parsed.add(new int[] {start, end});
      }
    }
    parsed.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] interval : parsed) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && interval[0] < last[1]) {
        throw new SlaConfigurationException(where + ": intervals " + format(last) + " and "
            + format(interval) + " overlap");
      }
      if (last != null && interval[0] == last[1]) {
        last[1] = interval[1];
      } else {
        merged.add(interval);
      }
    }
    int[] flat = new int[merged.size() * 2];
    for (int i = 0; i < merged.size(); i++) {
      flat[2 * i] = merged.get(i)[0];
      flat[2 * i + 1] = merged.get(i)[1];
    }
    return flat;
  }

  private static int time(String where, String text, String hours, String minutes) {
    int h = Integer.parseInt(hours);
    int m = Integer.parseInt(minutes);
    if (m > 59 || h > 24 || (h == 24 && m != 0)) {
      throw new SlaConfigurationException(where + ": '" + text + "' has an invalid time of day");
    }
    return h * 3600 + m * 60;
  }

  /**
   * Working intervals on a date of the given kind, as seconds of the day: pairs of start
   * (inclusive) and end (exclusive). Shared array, do not modify.
   */
  int[] intervalsOn(LocalDate date, HolidayCalendar.DayKind kind) {
    if (observeHolidays) {
      if (kind == HolidayCalendar.DayKind.HOLIDAY) {
        return NONE;
      }
      if (kind == HolidayCalendar.DayKind.MAKE_UP_WORKING_DAY) {
        return week.get(makeUpDayAs);
      }
    }
    return week.get(date.getDayOfWeek());
  }

  boolean observesHolidays() {
    return observeHolidays;
  }

  String property() {
    return property;
  }

  /** Working time of a week without holidays. */
  Duration weeklyTotal() {
    long seconds = 0;
    for (int[] intervals : week.values()) {
      for (int i = 0; i < intervals.length; i += 2) {
        seconds += intervals[i + 1] - intervals[i];
      }
    }
    return Duration.ofSeconds(seconds);
  }

  /** E.g. {@code Mon 09:00-18:00, ..., holidays observed (make-up days as Mon)}. */
  String describe() {
    StringJoiner joiner = new StringJoiner(", ");
    for (DayOfWeek day : DayOfWeek.values()) {
      int[] intervals = week.get(day);
      StringJoiner times = new StringJoiner(" ");
      for (int i = 0; i < intervals.length; i += 2) {
        times.add(format(new int[] {intervals[i], intervals[i + 1]}));
      }
      joiner.add(display(day) + " " + (intervals.length == 0 ? "off" : times.toString()));
    }
    return joiner + (observeHolidays
        ? "; holidays observed (make-up days as " + display(makeUpDayAs) + ")"
        : "; works through holidays");
  }

  private static String display(DayOfWeek day) {
    return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  private static String format(int[] interval) {
    return String.format("%02d:%02d-%02d:%02d", interval[0] / 3600, interval[0] % 3600 / 60,
        interval[1] / 3600, interval[1] % 3600 / 60);
  }
}
