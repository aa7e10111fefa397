package io.kefu.sla;

import static io.kefu.sla.WorkingTimeCalendarTest.sh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine's view: duration strings, group prefixes, pass-through of absolute dates. */
class WorkingTimeBusinessCalendarTest {

  final WorkingTimeCalendar calendar =
      WorkingTimeCalendarTest.calendar(WorkingTimeCalendarTest.properties());
  final WorkingTimeBusinessCalendar duration =
      new WorkingTimeBusinessCalendar(calendar, new DurationBusinessCalendar());
  final WorkingTimeBusinessCalendar dueDate =
      new WorkingTimeBusinessCalendar(calendar, new DueDateBusinessCalendar());

  @BeforeEach
  void fridayEvening() {
    ClockUtil.setCurrentTime(Date.from(sh("2026-03-06T17:00")));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void durationsCountDefaultWorkingTimeFromNow() {
    assertThat(duration.resolveDuedate("PT2H")).isEqualTo(Date.from(sh("2026-03-09T10:00")));
    assertThat(dueDate.resolveDuedate("PT2H")).isEqualTo(Date.from(sh("2026-03-09T10:00")));
    assertThat(dueDate.resolveDuedate("PT2H", (org.camunda.bpm.engine.task.Task) null))
        .isEqualTo(Date.from(sh("2026-03-09T10:00")));
  }

  @Test
  void groupPrefixSelectsTheGroupsHours() {
    assertThat(duration.resolveDuedate("senior-agents@PT6H"))
        .isEqualTo(Date.from(sh("2026-03-09T11:00")));
    assertThat(dueDate.resolveDuedate(" agents @ PT6H"))
        .isEqualTo(Date.from(sh("2026-03-07T09:00")));
  }

  @Test
  void explicitStartDateIsUsed() {
    assertThat(duration.resolveDuedate("PT1H", Date.from(sh("2026-03-09T09:30"))))
        .isEqualTo(Date.from(sh("2026-03-09T10:30")));
  }

  @Test
  void wallClockAndAbsoluteDatesAreLeftToCamunda() {
    assertThat(duration.resolveDuedate("wall-clock@PT10M"))
        .isEqualTo(Date.from(sh("2026-03-06T17:10")));
    assertThat(dueDate.resolveDuedate("wall-clock@PT10H"))
        .isEqualTo(Date.from(sh("2026-03-07T03:00")));
    assertThat(dueDate.resolveDuedate("2026-03-07T12:00:00+08:00"))
        .isEqualTo(Date.from(sh("2026-03-07T12:00")));
    assertThat(dueDate.resolveDuedate("senior-agents@2026-03-07T12:00:00+08:00"))
        .isEqualTo(Date.from(sh("2026-03-07T12:00")));
  }

  @Test
  void badDescriptionsFailWithTheDescription() {
    assertThatThrownBy(() -> duration.resolveDuedate("P1M"))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("P1M")
        .hasMessageContaining("business time");
    assertThatThrownBy(() -> duration.resolveDuedate("@PT1H"))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("<group>@<duration>");
    assertThatThrownBy(() -> dueDate.resolveDuedate(" "))
        .isInstanceOf(ProcessEngineException.class);
  }
}
