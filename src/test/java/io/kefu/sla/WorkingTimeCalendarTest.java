package io.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Business time on fixed instants of 2026, Asia/Shanghai, with the shipped holiday file. */
class WorkingTimeCalendarTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final String DEFAULT = null;
  static final String AGENTS = "agents";
  static final String SENIOR = "senior-agents";
  static final String DISPUTES = "dispute-specialists";
  static final String SECURITY = "security-team";

  /** Groups like the shipped application.yaml, written out so the tests say what they assume. */
  static SlaProperties properties() {
    SlaProperties p = new SlaProperties();
    p.setZone("Asia/Shanghai");
    p.setHolidays(List.of("classpath*:sla/holidays-cn-*.yaml"));
    p.setDefaultHours(new SlaProperties.Schedule().hours("mon-fri", "09:00-18:00"));
    p.getGroups().put(AGENTS,
        new SlaProperties.Schedule().observeHolidays(false).hours("daily", "08:00-22:00"));
    p.getGroups().put(SENIOR, new SlaProperties.Schedule().hours("mon-fri", "09:00-21:00"));
    p.getGroups().put(DISPUTES,
        new SlaProperties.Schedule().hours("mon-fri", "09:00-12:00, 13:30-18:00"));
    p.getGroups().put(SECURITY,
        new SlaProperties.Schedule().observeHolidays(false).hours("daily", "00:00-24:00"));
    return p;
  }

  static WorkingTimeCalendar calendar(SlaProperties properties) {
    return WorkingTimeCalendar.of(properties, new PathMatchingResourcePatternResolver());
  }

  final WorkingTimeCalendar calendar = calendar(properties());

  /** A local date-time in Shanghai, e.g. {@code "2026-03-06T17:00"}. */
  static Instant sh(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  Instant add(String group, String start, String duration) {
    return calendar.addWorkingTime(group, sh(start), Duration.parse(duration));
  }

  @Test
  void insideWorkingHoursTimeSimplyPasses() {
    // 2026-03-09 is a Monday
    assertThat(add(DEFAULT, "2026-03-09T10:00", "PT2H")).isEqualTo(sh("2026-03-09T12:00"));
    assertThat(add(AGENTS, "2026-03-09T10:00", "PT30M")).isEqualTo(sh("2026-03-09T10:30"));
  }

  @Test
  void eveningContinuesNextMorning() {
    assertThat(add(DEFAULT, "2026-03-09T17:30", "PT1H")).isEqualTo(sh("2026-03-10T09:30"));
    assertThat(add(DEFAULT, "2026-03-09T20:00", "PT1H")).isEqualTo(sh("2026-03-10T10:00"));
    assertThat(add(AGENTS, "2026-03-09T21:00", "PT2H")).isEqualTo(sh("2026-03-10T09:00"));
    assertThat(add(DEFAULT, "2026-03-10T03:00", "PT1H")).isEqualTo(sh("2026-03-10T10:00"));
  }

  @Test
  void weekendIsSkippedByOfficeGroupsButNotByDailyGroups() {
    // Friday 17:00: one hour on Friday, one on Monday
    assertThat(add(DEFAULT, "2026-03-06T17:00", "PT2H")).isEqualTo(sh("2026-03-09T10:00"));
    assertThat(add(DEFAULT, "2026-03-07T12:00", "PT30M")).isEqualTo(sh("2026-03-09T09:30"));
    assertThat(add(SENIOR, "2026-03-06T19:00", "PT4H")).isEqualTo(sh("2026-03-09T11:00"));
    assertThat(add(AGENTS, "2026-03-06T21:00", "PT2H")).isEqualTo(sh("2026-03-07T09:00"));
  }

  @Test
  void deadlineThatUsesUpTheDayIsClosingTimeNotNextMorning() {
    assertThat(add(DEFAULT, "2026-03-09T09:00", "PT9H")).isEqualTo(sh("2026-03-09T18:00"));
    assertThat(add(SENIOR, "2026-03-06T17:00", "PT4H")).isEqualTo(sh("2026-03-06T21:00"));
  }

  @Test
  void zeroDurationGivesTheNextOpening() {
    assertThat(add(DEFAULT, "2026-03-07T12:00", "PT0S")).isEqualTo(sh("2026-03-09T09:00"));
    assertThat(add(DEFAULT, "2026-03-09T18:00", "PT0S")).isEqualTo(sh("2026-03-10T09:00"));
    assertThat(add(DEFAULT, "2026-03-09T10:15", "PT0S")).isEqualTo(sh("2026-03-09T10:15"));
  }

  @Test
  void lunchBreakDoesNotCount() {
    assertThat(add(DISPUTES, "2026-03-09T11:00", "PT2H")).isEqualTo(sh("2026-03-09T14:30"));
    assertThat(add(DISPUTES, "2026-03-09T12:30", "PT30M")).isEqualTo(sh("2026-03-09T14:00"));
    // a working day of dispute specialists is 7.5 hours
    assertThat(add(DISPUTES, "2026-03-09T09:00", "PT7H30M")).isEqualTo(sh("2026-03-09T18:00"));
  }

  @Test
  void springFestivalWithMakeUpSaturdays() {
    // Fri 2026-02-13 20:00, senior agents (Mon-Fri 09-21, observe holidays): one hour on Friday,
    // then Saturday 02-14 is a make-up working day (调休上班) worked with Monday's hours
    assertThat(add(SENIOR, "2026-02-13T20:00", "PT2H")).isEqualTo(sh("2026-02-14T10:00"));
    // from the make-up Saturday evening: 02-15 .. 02-23 are the holiday, work resumes Tue 02-24
    assertThat(add(SENIOR, "2026-02-14T20:00", "PT2H")).isEqualTo(sh("2026-02-24T10:00"));
    // make-up Saturday 02-28 after the holiday is worked too, Sunday 03-01 is not
    assertThat(add(DEFAULT, "2026-02-27T17:00", "PT2H")).isEqualTo(sh("2026-02-28T10:00"));
    assertThat(add(DEFAULT, "2026-02-28T17:00", "PT2H")).isEqualTo(sh("2026-03-02T10:00"));
  }

  @Test
  void groupsThatWorkThroughHolidaysIgnoreThem() {
    // agents work every day 08-22, 春节 included
    assertThat(add(AGENTS, "2026-02-14T21:00", "PT2H")).isEqualTo(sh("2026-02-15T09:00"));
    assertThat(add(AGENTS, "2026-02-17T08:00", "PT14H")).isEqualTo(sh("2026-02-17T22:00"));
    // security team is 24x7: business time equals elapsed time, holidays or not
    assertThat(add(SECURITY, "2026-02-14T23:30", "PT10H")).isEqualTo(sh("2026-02-15T09:30"));
    // a holiday-observing group starting on the same instant waits for the end of the holiday
    assertThat(add(DEFAULT, "2026-02-16T10:00", "PT1H")).isEqualTo(sh("2026-02-24T10:00"));
  }

  @Test
  void nationalDayAndItsMakeUpSunday() {
    // Sun 2026-09-20 is worked (调休上班) before 国庆
    assertThat(add(DEFAULT, "2026-09-18T17:00", "PT2H")).isEqualTo(sh("2026-09-20T10:00"));
    // 10-01 .. 10-07 off, Thu 10-08 working, Sat 10-10 make-up working day
    assertThat(add(DEFAULT, "2026-09-30T17:00", "PT2H")).isEqualTo(sh("2026-10-08T10:00"));
    assertThat(add(DEFAULT, "2026-10-09T17:00", "PT2H")).isEqualTo(sh("2026-10-10T10:00"));
  }

  @Test
  void makeUpDayUsesTheHoursOfTheConfiguredWeekday() {
    SlaProperties p = properties();
    p.getGroups().put("short-fridays", new SlaProperties.Schedule()
        .hours("mon-thu", "09:00-18:00").hours("fri", "09:00-12:00"));
    p.getGroups().get("short-fridays").setMakeUpDayAs("friday");
    WorkingTimeCalendar c = calendar(p);
    // Sat 2026-02-14 is worked 09:00-12:00 only
    assertThat(c.addWorkingTime("short-fridays", sh("2026-02-14T11:00"), Duration.ofHours(2)))
        .isEqualTo(sh("2026-02-24T10:00"));
  }

  @Test
  void unknownGroupUsesDefaultHours() {
    assertThat(add("no-such-group", "2026-03-06T17:00", "PT2H"))
        .isEqualTo(add(DEFAULT, "2026-03-06T17:00", "PT2H"));
    assertThat(add("", "2026-03-06T17:00", "PT2H")).isEqualTo(sh("2026-03-09T10:00"));
  }

  @Test
  void longDurationsJumpWholeDays() {
    // 24x7 without holidays: business time is elapsed time, also across years without files
    Instant start = sh("2026-01-01T00:00");
    assertThat(calendar.addWorkingTime(SECURITY, start, Duration.ofDays(3650)))
        .isEqualTo(start.plus(3650, ChronoUnit.DAYS));
    // 2026 has 248 working days for the default group: 261 weekdays - 19 weekday holidays + 6
    // make-up days. 248 x 9 h from the first opening ends at the last closing (Thu 12-31).
    assertThat(calendar.addWorkingTime(DEFAULT, start, Duration.ofHours(248 * 9)))
        .isEqualTo(sh("2026-12-31T18:00"));
    assertThat(calendar.workingTimeBetween(DEFAULT, start, sh("2027-01-01T00:00")))
        .isEqualTo(Duration.ofHours(248 * 9));

    long began = System.nanoTime();
    for (int i = 0; i < 20; i++) {
      calendar.addWorkingTime(SENIOR, start, Duration.ofDays(365 * 3));
    }
    assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void workingTimeBetweenMeasuresOnlyWorkingTime() {
    assertThat(calendar.workingTimeBetween(DEFAULT, sh("2026-03-06T17:00"),
        sh("2026-03-09T10:00"))).isEqualTo(Duration.ofHours(2));
    assertThat(calendar.workingTimeBetween(DEFAULT, sh("2026-03-07T10:00"),
        sh("2026-03-08T10:00"))).isZero();
    assertThat(calendar.workingTimeBetween(DISPUTES, sh("2026-03-09T11:00"),
        sh("2026-03-09T14:00"))).isEqualTo(Duration.ofMinutes(90));
    assertThat(calendar.workingTimeBetween(DEFAULT, sh("2026-03-09T10:00"),
        sh("2026-03-06T17:00"))).isEqualTo(Duration.ofHours(-2));
    // 春节 week: senior agents work Sat 02-14 (12 h) and nothing until Tue 02-24
    assertThat(calendar.workingTimeBetween(SENIOR, sh("2026-02-13T21:00"),
        sh("2026-02-24T09:00"))).isEqualTo(Duration.ofHours(12));
  }

  @Test
  void workingTimeBetweenIsTheInverseOfAddWorkingTime() {
    Random random = new Random(20260215);
    for (String group : new String[] {DEFAULT, AGENTS, SENIOR, DISPUTES, SECURITY}) {
      for (int i = 0; i < 300; i++) {
        Instant start = sh("2026-01-01T00:00").plusSeconds(random.nextInt(366 * 24 * 3600));
        Duration d = Duration.ofSeconds(random.nextInt(40 * 24 * 3600));
        Instant end = calendar.addWorkingTime(group, start, d);
        assertThat(calendar.workingTimeBetween(group, start, end))
            .as("%s from %s plus %s", group, start, d).isEqualTo(d);
        assertThat(end).isAfterOrEqualTo(start);
      }
    }
  }

  @Test
  void dayJumpsAgreeWithMinuteByMinuteCounting() {
    Random random = new Random(7);
    for (String group : new String[] {DEFAULT, SENIOR, DISPUTES}) {
      for (int i = 0; i < 20; i++) {
        Instant start = sh("2026-02-10T00:00").plusSeconds(60L * random.nextInt(60 * 24 * 60));
        int minutes = random.nextInt(2 * 24 * 60);
        // counting begins at the first working minute; the result is the end of the last one
        Instant cursor = start;
        while (!calendar.isWorkingTime(group, cursor)) {
          cursor = cursor.plusSeconds(60);
        }
        for (int counted = 0; counted < minutes; cursor = cursor.plusSeconds(60)) {
          if (calendar.isWorkingTime(group, cursor)) {
            counted++;
          }
        }
        assertThat(calendar.addWorkingTime(group, start, Duration.ofMinutes(minutes)))
            .as("%s from %s plus %d min", group, start, minutes).isEqualTo(cursor);
      }
    }
  }

  @Test
  void fractionPointIsTheWarningTime() {
    // senior agents, Friday 19:00, 10 h target: 80% = 8 h = 2 h Friday + 6 h Monday
    Instant start = sh("2026-03-06T19:00");
    assertThat(calendar.fractionPoint(SENIOR, start, Duration.ofHours(10), 0.8))
        .isEqualTo(sh("2026-03-09T15:00"));
    assertThat(calendar.fractionPoint(SENIOR, start, Duration.ofHours(10), 1.0))
        .isEqualTo(calendar.addWorkingTime(SENIOR, start, Duration.ofHours(10)));
    assertThat(calendar.fractionPoint(SENIOR, start, Duration.ofMinutes(30), 0.5))
        .isEqualTo(sh("2026-03-06T19:15"));
    // 150%: 15 h = 2 h Friday + 12 h Monday + 1 h Tuesday
    assertThat(calendar.fractionPoint(SENIOR, start, Duration.ofHours(10), 1.5))
        .isEqualTo(sh("2026-03-10T10:00"));
    assertThat(calendar.fractionPoint(DEFAULT, sh("2026-03-07T10:00"), Duration.ofHours(4), 0))
        .isEqualTo(sh("2026-03-09T09:00"));
    assertThatThrownBy(() -> calendar.fractionPoint(SENIOR, start, Duration.ofHours(1), -0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.fractionPoint(SENIOR, start, Duration.ofHours(1),
        Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isWorkingTime() {
    assertThat(calendar.isWorkingTime(DEFAULT, sh("2026-03-09T09:00"))).isTrue();
    assertThat(calendar.isWorkingTime(DEFAULT, sh("2026-03-09T18:00"))).isFalse();
    assertThat(calendar.isWorkingTime(DEFAULT, sh("2026-02-14T10:00"))).isTrue();
    assertThat(calendar.isWorkingTime(DEFAULT, sh("2026-10-01T10:00"))).isFalse();
    assertThat(calendar.isWorkingTime(AGENTS, sh("2026-10-01T10:00"))).isTrue();
  }

  @Test
  void negativeDurationsAreRefused() {
    assertThatThrownBy(() -> calendar.addWorkingTime(DEFAULT, sh("2026-03-09T10:00"),
        Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parsesSlaTargetsAsExactWorkingTime() {
    assertThat(WorkingTimeCalendar.parseDuration("PT30M")).isEqualTo(Duration.ofMinutes(30));
    assertThat(WorkingTimeCalendar.parseDuration(" PT4H ")).isEqualTo(Duration.ofHours(4));
    assertThat(WorkingTimeCalendar.parseDuration("P1D")).isEqualTo(Duration.ofHours(24));
    assertThat(WorkingTimeCalendar.parseDuration("P2DT4H")).isEqualTo(Duration.ofHours(52));
    assertThat(WorkingTimeCalendar.parseDuration("P2W")).isEqualTo(Duration.ofDays(14));
    for (String bad : new String[] {"P1M", "P1Y", "-PT1H", "4h", "", "PT"}) {
      assertThatThrownBy(() -> WorkingTimeCalendar.parseDuration(bad))
          .as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
