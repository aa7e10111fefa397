package io.kefu.sla;

import static io.kefu.sla.WorkingTimeCalendarTest.sh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** kefu.sla.* as shipped, and the startup errors of bad configurations. */
class SlaConfigurationTest {

  static SlaProperties shippedProperties() throws IOException {
    MutablePropertySources sources = new MutablePropertySources();
    new YamlPropertySourceLoader()
        .load("application.yaml", new ClassPathResource("application.yaml"))
        .forEach(sources::addLast);
    return new Binder(ConfigurationPropertySources.from(sources),
        new PropertySourcesPlaceholdersResolver(sources))
        .bind("kefu.sla", SlaProperties.class).get();
  }

  @Test
  void shippedConfigurationIsValidAndAsDocumented() throws IOException {
    SlaProperties shipped = shippedProperties();
    assertThat(shipped.getZone()).isEqualTo("Asia/Shanghai");
    WorkingTimeCalendar calendar =
        WorkingTimeCalendar.of(shipped, new PathMatchingResourcePatternResolver());
    assertThat(calendar.configuredGroups()).contains("agents", "senior-agents",
        "dispute-specialists", "risk-control", "security-team", "knowledge-managers", "managers");
    assertThat(calendar.holidays().years()).contains(2026);
    assertThat(calendar.describe("senior-agents"))
        .startsWith("Mon 09:00-21:00").contains("Sat off").contains("holidays observed");
    assertThat(calendar.describe("agents")).contains("Sun 08:00-22:00")
        .contains("works through holidays");
    assertThat(calendar.describe("dispute-specialists")).startsWith("Mon 09:00-12:00 13:30-18:00");
    assertThat(calendar.describe(null)).startsWith("Mon 09:00-18:00");
    // security team is 24x7 through 国庆
    assertThat(calendar.addWorkingTime("security-team", sh("2026-10-01T23:00"),
        Duration.ofHours(2))).isEqualTo(sh("2026-10-02T01:00"));
  }

  @Test
  void badZone() {
    assertInvalid(p -> p.setZone("Asia/Beijing"), "kefu.sla.zone", "Asia/Beijing");
    assertInvalid(p -> p.setZone(" "), "kefu.sla.zone", "missing");
  }

  @Test
  void badIntervals() {
    assertInvalid(p -> group(p).hours("mon-fri", "9-18"),
        "kefu.sla.groups.test.hours.mon-fri", "'9-18' is not an interval");
    assertInvalid(p -> group(p).hours("mon-fri", "18:00-09:00"),
        "kefu.sla.groups.test.hours.mon-fri", "night shift");
    assertInvalid(p -> group(p).hours("mon", "09:00-12:00, 11:00-18:00"),
        "kefu.sla.groups.test.hours.mon", "overlap");
    assertInvalid(p -> group(p).hours("mon", "09:00-24:30"), "invalid time of day");
    assertInvalid(p -> group(p).hours("mon", "09:60-12:00"), "invalid time of day");
    assertInvalid(p -> group(p).hours("mon", "24:00-24:00"), "starts at 24:00");
  }

  @Test
  void badDays() {
    assertInvalid(p -> group(p).hours("mon-fry", "09:00-18:00"),
        "kefu.sla.groups.test.hours.mon-fry", "not a day of the week");
    assertInvalid(p -> group(p).hours("mon-fri", "09:00-18:00").hours("fri", "09:00-12:00"),
        "kefu.sla.groups.test.hours.fri", "Fri is already given by 'mon-fri'");
    assertInvalid(p -> group(p).hours("mon-fri", "09:00-18:00").setMakeUpDayAs("someday"),
        "kefu.sla.groups.test.make-up-day-as", "'someday'");
    assertInvalid(p -> group(p).hours("mon-fri", "09:00-18:00").setMakeUpDayAs("mon-fri"),
        "kefu.sla.groups.test.make-up-day-as", "not a single day");
  }

  @Test
  void configurationsWithoutWorkingTime() {
    assertInvalid(p -> p.getGroups().put("test", new SlaProperties.Schedule()),
        "kefu.sla.groups.test.hours", "no working hours configured");
    assertInvalid(p -> p.getGroups().put("test", new SlaProperties.Schedule().hours("mon", "")),
        "kefu.sla.groups.test.hours", "no working time in the whole week");
    assertInvalid(p -> p.setDefaultHours(new SlaProperties.Schedule()),
        "kefu.sla.default-hours.hours");
    assertInvalid(p -> p.getGroups().put("test", new SlaProperties.Schedule()
        .hours("sat-sun", "10:00-16:00")), "kefu.sla.groups.test.make-up-day-as", "Mon");
  }

  @Test
  void wrappingRangesAndFullNamesAreUnderstood() {
    SlaProperties p = WorkingTimeCalendarTest.properties();
    p.getGroups().put("weekend", new SlaProperties.Schedule().observeHolidays(false)
        .hours("Friday-Monday", "10:00-16:00"));
    WorkingTimeCalendar calendar = WorkingTimeCalendarTest.calendar(p);
    assertThat(calendar.describe("weekend")).startsWith("Mon 10:00-16:00, Tue off, Wed off, "
        + "Thu off, Fri 10:00-16:00, Sat 10:00-16:00, Sun 10:00-16:00");
  }

  private static SlaProperties.Schedule group(SlaProperties p) {
    return p.getGroups().computeIfAbsent("test", g -> new SlaProperties.Schedule());
  }

  private static void assertInvalid(Consumer<SlaProperties> change, String... messageParts) {
    SlaProperties p = WorkingTimeCalendarTest.properties();
    change.accept(p);
    var assertion = assertThatThrownBy(() -> WorkingTimeCalendarTest.calendar(p))
        .isInstanceOf(SlaConfigurationException.class);
    for (String part : messageParts) {
      assertion.hasMessageContaining(part);
    }
  }
}
