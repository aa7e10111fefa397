package io.kefu.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.kefu.intake.IntakeRequest;
import io.kefu.intake.IntakeService;
import io.kefu.testsupport.DemoCustomers;
import io.kefu.testsupport.KefuSpringTest;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The agent opening "Diagnose request" sees what the remedy policy suggests so far. */
@KefuSpringTest
class SuggestedRemedyTest {

  @Autowired ProcessEngine engine;
  @Autowired IntakeService intake;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void bind() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void unbind() {
    BpmnAwareTests.reset();
  }

  @Test
  void theDiagnoseTaskShowsThePreliminarySuggestionOfThePolicy() {
    String caseNumber = intake.submit("channel-app", new IntakeRequest(
        "suggest-" + UUID.randomUUID(), "APP", DemoCustomers.normal(jdbc), null,
        "卖家发错货了，颜色和描述不一样，还拒绝退货", null, null)).response().caseNumber();
    ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .singleResult();
    assertThat(pi).isWaitingAt("Task_DiagnoseRequest");
    Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();

    // before the diagnosis fault party, root cause and expectation are unknown: the policy's
    // catch-all rule applies, and the text says the diagnosis decides
    Object suggestion = forms.getTaskFormVariables(task.getId()).getValue("suggestedRemedy",
        Object.class);
    assertThat(suggestion).isEqualTo("初步建议 Preliminary: 仅指引 Guidance only; "
        + "备选 fallback: 优惠券 Coupon 10.00 CNY (最终方案随诊断决定 final remedy decided with "
        + "the diagnosis)");
  }
}
