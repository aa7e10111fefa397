package io.kefu.sla;

import static io.kefu.sla.WorkingTimeCalendarTest.sh;
import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.testsupport.KefuSpringTest;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Spring-managed engine resolves timer durations and task due dates in business time. */
@KefuSpringTest
class BusinessTimeEngineTest {

  static final String PROCESS = "sla-business-time-probe";

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;

  String deploymentId;

  /**
   * A timer of PT2H (default hours) in parallel with a task due in a group's working time, given
   * as an expression the way triage.dmn's outputs will be used.
   */
  @BeforeEach
  void deploy() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .parallelGateway("fork")
          .intermediateCatchEvent("wait").timerWithDuration("PT2H")
          .endEvent("waited")
        .moveToNode("fork")
          .userTask("answer").camundaCandidateGroups("${slaGroup}")
            .camundaDueDate("${slaGroup}@${slaTarget}")
          .endEvent("answered")
        .done();
    deploymentId = repositoryService.createDeployment()
        .addModelInstance(PROCESS + ".bpmn", model).deploy().getId();
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  void engineUsesKefusCalendarsAndKeepsTheCycleCalendar() {
    BusinessCalendarManager calendars = ((ProcessEngineConfigurationImpl)
        engine.getProcessEngineConfiguration()).getBusinessCalendarManager();
    assertThat(calendars.getBusinessCalendar(DurationBusinessCalendar.NAME))
        .isInstanceOf(WorkingTimeBusinessCalendar.class);
    assertThat(calendars.getBusinessCalendar(DueDateBusinessCalendar.NAME))
        .isInstanceOf(WorkingTimeBusinessCalendar.class);
    assertThat(calendars.getBusinessCalendar(CycleBusinessCalendar.NAME))
        .isExactlyInstanceOf(CycleBusinessCalendar.class);
  }

  @Test
  void fridayEveningTimerAndDueDateLandOnMonday() {
    // Friday 2026-03-06 17:00 Shanghai
    ClockUtil.setCurrentTime(Date.from(sh("2026-03-06T17:00")));
    ProcessInstance pi = start("senior-agents", "PT6H");

    // default hours Mon-Fri 09-18: 1 h on Friday, 1 h on Monday
    assertThat(timerDue(pi)).isEqualTo(sh("2026-03-09T10:00"));
    // senior agents Mon-Fri 09-21: 4 h on Friday, 2 h on Monday
    assertThat(taskDue(pi)).isEqualTo(sh("2026-03-09T11:00"));
  }

  @Test
  void nationalDayHolidayIsSkipped() {
    // Wednesday 2026-09-30 17:00, the eve of 国庆 (10-01 .. 10-07 off)
    ClockUtil.setCurrentTime(Date.from(sh("2026-09-30T17:00")));
    ProcessInstance pi = start("agents", "PT6H");

    assertThat(timerDue(pi)).isEqualTo(sh("2026-10-08T10:00"));
    // agents work daily 08-22 through holidays: 5 h on 09-30, 1 h on 10-01
    assertThat(taskDue(pi)).isEqualTo(sh("2026-10-01T09:00"));
  }

  @Test
  void timerFiresAtItsBusinessDueDate() {
    ClockUtil.setCurrentTime(Date.from(sh("2026-03-06T17:00")));
    ProcessInstance pi = start("senior-agents", "PT6H");
    String timerId = managementService.createJobQuery().processInstanceId(pi.getId()).timers()
        .singleResult().getId();

    ClockUtil.setCurrentTime(Date.from(sh("2026-03-09T10:00")));
    managementService.executeJob(timerId);

    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(pi.getId()).activityId("waited").finished().count()).isOne();
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  private ProcessInstance start(String group, String target) {
    return runtimeService.startProcessInstanceByKey(PROCESS,
        Map.of("slaGroup", group, "slaTarget", target));
  }

  private Instant timerDue(ProcessInstance pi) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).timers()
        .singleResult().getDuedate().toInstant();
  }

  private Instant taskDue(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult()
        .getDueDate().toInstant();
  }
}
