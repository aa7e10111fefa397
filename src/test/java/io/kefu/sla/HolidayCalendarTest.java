package io.kefu.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.sla.HolidayCalendar.DayKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class HolidayCalendarTest {

  static final PathMatchingResourcePatternResolver RESOLVER =
      new PathMatchingResourcePatternResolver();

  @TempDir Path dir;

  static HolidayCalendar shipped() {
    return HolidayCalendar.load(RESOLVER, List.of("classpath*:sla/holidays-cn-*.yaml"));
  }

  @Test
  void shippedFileHoldsTheStateCouncilArrangementFor2026() {
    HolidayCalendar holidays = shipped();
    assertThat(holidays.years()).contains(2026);
    List<LocalDate> off = new ArrayList<>();
    addRange(off, "2026-01-01", "2026-01-03"); // 元旦
    addRange(off, "2026-02-15", "2026-02-23"); // 春节
    addRange(off, "2026-04-04", "2026-04-06"); // 清明
    addRange(off, "2026-05-01", "2026-05-05"); // 劳动节
    addRange(off, "2026-06-19", "2026-06-21"); // 端午
    addRange(off, "2026-09-25", "2026-09-27"); // 中秋
    addRange(off, "2026-10-01", "2026-10-07"); // 国庆
    assertThat(holidays.dates(DayKind.HOLIDAY)).containsExactlyElementsOf(off).hasSize(33);
    assertThat(holidays.dates(DayKind.MAKE_UP_WORKING_DAY)).containsExactly(
        LocalDate.parse("2026-01-04"), LocalDate.parse("2026-02-14"),
        LocalDate.parse("2026-02-28"), LocalDate.parse("2026-05-09"),
        LocalDate.parse("2026-09-20"), LocalDate.parse("2026-10-10"));
    assertThat(holidays.holidayName(LocalDate.parse("2026-02-14"))).startsWith("春节");
    assertThat(holidays.kindOf(LocalDate.parse("2026-03-09"))).isEqualTo(DayKind.REGULAR);
  }

  private static void addRange(List<LocalDate> dates, String from, String to) {
    for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
      dates.add(d);
    }
  }

  @Test
  void severalFilesAddUp() throws IOException {
    write("holidays-cn-2027.yaml", """
        year: 2027
        source: test
        holidays:
          - name: 元旦
            from: 2027-01-01
            make-up-working-days: ["2026-12-27"]
        """);
    HolidayCalendar holidays = HolidayCalendar.load(RESOLVER,
        List.of("classpath*:sla/holidays-cn-*.yaml", "file:" + dir + "/holidays-cn-*.yaml"));
    assertThat(holidays.years()).contains(2026, 2027);
    assertThat(holidays.kindOf(LocalDate.parse("2027-01-01"))).isEqualTo(DayKind.HOLIDAY);
    assertThat(holidays.kindOf(LocalDate.parse("2026-12-27")))
        .isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
    assertThat(holidays.kindOf(LocalDate.parse("2026-10-01"))).isEqualTo(DayKind.HOLIDAY);
  }

  @Test
  void aDateDeclaredTwiceIsAnError() throws IOException {
    write("a.yaml", """
        year: 2026
        holidays:
          - name: 国庆节
            from: 2026-10-01
            to: 2026-10-07
        """);
    assertThatThrownBy(() -> HolidayCalendar.load(RESOLVER,
        List.of("classpath*:sla/holidays-cn-*.yaml", "file:" + dir + "/a.yaml")))
        .isInstanceOf(SlaConfigurationException.class)
        .hasMessageContaining("2026-10-01").hasMessageContaining("only once");
    write("b.yaml", """
        year: 2026
        holidays:
          - name: x
            from: 2026-10-01
            to: 2026-10-07
            make-up-working-days: [2026-10-03]
        """);
    assertThatThrownBy(() -> load("b.yaml"))
        .isInstanceOf(SlaConfigurationException.class).hasMessageContaining("2026-10-03");
  }

  @Test
  void mistakesInAFileNameTheFileAndTheProblem() throws IOException {
    assertInvalid("year: 2026\nholidays:\n  - name: x\n    from: 2026-10-07\n    to: 2026-10-01\n",
        "before");
    assertInvalid("year: 2026\nholidays:\n  - name: x\n    from: 2026-13-01\n", "not a date");
    assertInvalid("year: 2026\nholidays:\n  - name: x\n    form: 2026-10-01\n",
        "unknown key 'form'");
    assertInvalid("year: 2026\nholidays:\n  - name: x\n    from: 2026-10-01\n"
        + "    make-up-working-days: 2026-10-10\n", "must be a list");
    assertInvalid("holidays: []\n", "'year'");
    assertInvalid("year: 2026\nholidays:\n  - name: x\n    from: 2030-01-01\n", "far from");
    assertInvalid("year: 2026\nholidays: [\n", "not valid YAML");
  }

  @Test
  void aLocationWithoutFilesIsAnError() {
    assertThatThrownBy(() -> HolidayCalendar.load(RESOLVER,
        List.of("classpath:sla/holidays-cn-1999.yaml")))
        .isInstanceOf(SlaConfigurationException.class)
        .hasMessageContaining("kefu.sla.holidays").hasMessageContaining("1999");
    assertThat(HolidayCalendar.load(RESOLVER, List.of()).years()).isEmpty();
  }

  @Test
  void noWorkingTimeForOverAYearFailsInsteadOfLoopingForever() throws IOException {
    // 13 holidays of 30 days in a row: 390 days without work for a holiday-observing group
    StringBuilder yaml = new StringBuilder("year: 2026\nholidays:\n");
    LocalDate d = LocalDate.parse("2026-01-01");
    for (int i = 0; i < 13; i++, d = d.plusDays(30)) {
      yaml.append("  - name: closed\n    from: ").append(d).append("\n    to: ")
          .append(d.plusDays(29)).append('\n');
    }
    write("closed.yaml", yaml.toString());
    SlaProperties p = WorkingTimeCalendarTest.properties();
    WorkingTimeCalendar calendar = new WorkingTimeCalendar(p, load("closed.yaml"));
    assertThatThrownBy(() -> calendar.addWorkingTime(null,
        WorkingTimeCalendarTest.sh("2026-01-01T00:00"), Duration.ofHours(1)))
        .isInstanceOf(SlaConfigurationException.class)
        .hasMessageContaining("kefu.sla.default-hours").hasMessageContaining("no working time");
  }

  private HolidayCalendar load(String name) {
    return HolidayCalendar.load(RESOLVER, List.of("file:" + dir.resolve(name)));
  }

  private void assertInvalid(String yaml, String problem) throws IOException {
    write("bad.yaml", yaml);
    assertThatThrownBy(() -> load("bad.yaml"))
        .isInstanceOf(SlaConfigurationException.class)
        .hasMessageContaining("bad.yaml").hasMessageContaining(problem);
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content);
  }
}
