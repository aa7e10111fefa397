package io.kefu.sla;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Makes the engine compute timer durations and task due dates in business time: replaces the
 * {@code duration} and {@code dueDate} business calendars with {@link
 * WorkingTimeBusinessCalendar}; the {@code cycle} calendar (timeCycle, cron) stays Camunda's.
 * Picked up by the Camunda Spring Boot starter like every ProcessEnginePlugin bean.
 */
@Component
public class BusinessTimeEnginePlugin extends AbstractProcessEnginePlugin {

  private final WorkingTimeCalendar calendar;

  public BusinessTimeEnginePlugin(WorkingTimeCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    BusinessCalendarManager existing = configuration.getBusinessCalendarManager();
    MapBusinessCalendarManager manager;
    if (existing == null) {
      manager = new MapBusinessCalendarManager();
    } else if (existing instanceof MapBusinessCalendarManager map) {
      manager = map;
    } else {
      throw new IllegalStateException("Another business calendar manager ("
          + existing.getClass().getName() + ") is configured; kefu's business time needs a "
          + MapBusinessCalendarManager.class.getSimpleName());
    }
    if (manager.getBusinessCalendar(CycleBusinessCalendar.NAME) == null) {
      manager.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    }
    manager.addBusinessCalendar(DurationBusinessCalendar.NAME,
        new WorkingTimeBusinessCalendar(calendar, new DurationBusinessCalendar()));
    manager.addBusinessCalendar(DueDateBusinessCalendar.NAME,
        new WorkingTimeBusinessCalendar(calendar, new DueDateBusinessCalendar()));
    configuration.setBusinessCalendarManager(manager);
  }

  @Override
  public String toString() {
    return "kefu business time (duration and dueDate calendars)";
  }
}
