package io.kefu.sla;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Public holidays (days off) and make-up working days (调休上班) read from holiday files, see
 * {@code src/main/resources/sla/holidays-cn-2026.yaml} for the format. Immutable.
 */
public final class HolidayCalendar {

  /** What a date is, before a group's own choice to observe holidays or not. */
  public enum DayKind {
    /** An ordinary day: the group's weekly hours apply. */
    REGULAR,
    /** A public holiday (放假): no work for groups that observe holidays. */
    HOLIDAY,
    /** A weekend day worked in exchange for a holiday (调休上班). */
    MAKE_UP_WORKING_DAY
  }

  private record Declaration(DayKind kind, String name, String source) {}

  private static final Set<String> FILE_KEYS = Set.of("year", "source", "holidays");
  private static final Set<String> HOLIDAY_KEYS =
      Set.of("name", "from", "to", "make-up-working-days");
  private static final int LONGEST_HOLIDAY_DAYS = 31;

  private final Map<LocalDate, Declaration> days;
  private final Set<Integer> years;

  private HolidayCalendar(Map<LocalDate, Declaration> days, Set<Integer> years) {
    this.days = Collections.unmodifiableMap(new TreeMap<>(days));
    this.years = Collections.unmodifiableSet(new TreeSet<>(years));
  }

  /** A calendar without holidays: every day is {@link DayKind#REGULAR}. */
  public static HolidayCalendar none() {
    return new HolidayCalendar(Map.of(), Set.of());
  }

  /**
   * Reads every file matched by the given Spring resource locations ({@code classpath:},
   * {@code classpath*:}, {@code file:}, patterns allowed).
   *
   * @throws SlaConfigurationException if a location matches no file or a file is invalid
   */
  public static HolidayCalendar load(ResourcePatternResolver resolver, List<String> locations) {
    List<Resource> resources = new ArrayList<>();
    for (String location : locations == null ? List.<String>of() : locations) {
      if (location == null || location.isBlank()) {
        continue;
      }
      Resource[] found;
      try {
        found = resolver.getResources(location.trim());
      } catch (IOException e) {
        throw new SlaConfigurationException(
            "kefu.sla.holidays: cannot read '" + location + "': " + e.getMessage(), e);
      }
      List<Resource> existing = new ArrayList<>();
      for (Resource r : found) {
        if (r.exists()) {
          existing.add(r);
        }
      }
      if (existing.isEmpty()) {
        throw new SlaConfigurationException("kefu.sla.holidays: no holiday file found at '"
            + location + "' (remove the location or fix the path)");
      }
      resources.addAll(existing);
    }
    return read(resources);
  }

  /** Reads the given holiday files; each date may be declared only once across all of them. */
  public static HolidayCalendar read(List<Resource> resources) {
    Map<LocalDate, Declaration> days = new HashMap<>();
    Set<Integer> years = new TreeSet<>();
    for (Resource resource : resources) {
      String source = resource.getDescription();
      try (InputStream in = resource.getInputStream();
           Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        parse(reader, source, days, years);
      } catch (IOException e) {
        throw new SlaConfigurationException("Cannot read holiday file " + source + ": "
            + e.getMessage(), e);
      }
    }
    return new HolidayCalendar(days, years);
  }

  private static void parse(Reader reader, String source, Map<LocalDate, Declaration> days,
      Set<Integer> years) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    Object document;
    try {
      DumperOptions dumper = new DumperOptions();
      document = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options,
          new DatesAsText()).load(reader);
    } catch (YAMLException e) {
      throw invalid(source, "not valid YAML: " + e.getMessage());
    }
    if (!(document instanceof Map<?, ?> file)) {
      throw invalid(source, "expected keys year, source and holidays");
    }
    checkKeys(file, FILE_KEYS, source, "the file");
    if (!(file.get("year") instanceof Integer year)) {
      throw invalid(source, "'year' is missing or not a number");
    }
    years.add(year);
    Object list = file.get("holidays");
    if (!(list instanceof List<?> holidays)) {
      throw invalid(source, "'holidays' is missing or not a list");
    }
    for (Object item : holidays) {
      if (!(item instanceof Map<?, ?> holiday)) {
        throw invalid(source, "every entry of 'holidays' needs name, from, to");
      }
      String name = holiday.get("name") == null ? "" : String.valueOf(holiday.get("name")).trim();
      String where = "holiday '" + name + "'";
      checkKeys(holiday, HOLIDAY_KEYS, source, where);
      if (name.isEmpty()) {
        throw invalid(source, "a holiday without 'name'");
      }
      LocalDate from = date(holiday.get("from"), source, where + " 'from'");
      if (from == null) {
        throw invalid(source, where + ": 'from' is missing");
      }
      LocalDate to = holiday.get("to") == null ? from : date(holiday.get("to"), source,
          where + " 'to'");
      if (to.isBefore(from)) {
        throw invalid(source, where + ": 'to' " + to + " is before 'from' " + from);
      }
      if (from.plusDays(LONGEST_HOLIDAY_DAYS).isBefore(to)) {
        throw invalid(source, where + ": longer than " + LONGEST_HOLIDAY_DAYS + " days");
      }
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        declare(days, d, new Declaration(DayKind.HOLIDAY, name, source), year, source);
      }
      Object workdays = holiday.get("make-up-working-days");
      if (workdays != null && !(workdays instanceof List)) {
        throw invalid(source, where + ": 'make-up-working-days' must be a list, e.g. "
            + "[2026-02-14, 2026-02-28]");
      }
      for (Object w : workdays == null ? List.of() : (List<?>) workdays) {
        LocalDate d = date(w, source, where + " make-up working day");
        declare(days, d, new Declaration(DayKind.MAKE_UP_WORKING_DAY, name, source), year,
            source);
      }
    }
  }

  private static void declare(Map<LocalDate, Declaration> days, LocalDate date,
      Declaration declaration, int year, String source) {
    if (Math.abs(date.getYear() - year) > 1) {
      throw invalid(source, date + " is far from the file's year " + year);
    }
    Declaration before = days.putIfAbsent(date, declaration);
    if (before != null) {
      throw invalid(source, date + " (" + declaration.name() + ") is already declared as "
          + describe(before.kind()) + " of '" + before.name() + "' in " + before.source()
          + "; each date may be declared only once");
    }
  }

  private static String describe(DayKind kind) {
    return kind == DayKind.HOLIDAY ? "a day off" : "a make-up working day";
  }

  private static LocalDate date(Object value, String source, String where) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(String.valueOf(value).trim());
    } catch (DateTimeParseException e) {
      throw invalid(source, where + ": '" + value + "' is not a date (YYYY-MM-DD)");
    }
  }

  private static void checkKeys(Map<?, ?> map, Set<String> allowed, String source, String where) {
    for (Object key : map.keySet()) {
      if (!allowed.contains(String.valueOf(key))) {
        throw invalid(source, where + ": unknown key '" + key + "' (allowed: "
            + new TreeSet<>(allowed) + ")");
      }
    }
  }

  private static SlaConfigurationException invalid(String source, String problem) {
    return new SlaConfigurationException("Invalid holiday file " + source + ": " + problem);
  }

  /**
   * Leaves dates as text for {@link LocalDate#parse}: YAML's own timestamps would accept
   * 2026-13-01 as 2027-01-01.
   */
  private static final class DatesAsText extends Resolver {
    @Override
    public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
      if (!Tag.TIMESTAMP.equals(tag)) {
        super.addImplicitResolver(tag, regexp, first, limit);
      }
    }
  }

  /** Kind of the given local date. */
  public DayKind kindOf(LocalDate date) {
    Declaration d = days.get(date);
    return d == null ? DayKind.REGULAR : d.kind();
  }

  /** Name of the holiday a date belongs to (day off or make-up working day), or null. */
  public String holidayName(LocalDate date) {
    Declaration d = days.get(date);
    return d == null ? null : d.name();
  }

  /** Years a holiday file was loaded for. */
  public Set<Integer> years() {
    return years;
  }

  /** Whether a holiday file was loaded for the given year. */
  public boolean covers(int year) {
    return years.contains(year);
  }

  /** Dates declared as the given kind, in order (for logs, checks and tests). */
  public List<LocalDate> dates(DayKind kind) {
    List<LocalDate> result = new ArrayList<>();
    days.forEach((date, d) -> {
      if (d.kind() == kind) {
        result.add(date);
      }
    });
    return result;
  }
}
