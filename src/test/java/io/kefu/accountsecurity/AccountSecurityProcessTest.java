package io.kefu.accountsecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseStatus;
import io.kefu.intake.IntakeRequest;
import io.kefu.intake.IntakeService;
import io.kefu.testsupport.DemoCustomers;
import io.kefu.testsupport.KefuSpringTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** account-security.bpmn, called from the lifecycle when an agent opens an incident. */
@KefuSpringTest
class AccountSecurityProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired IntakeService intake;
  @Autowired CaseRepository cases;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired SimulatedAccountService accounts;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void bind() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void unbind() {
    accounts.failNextCalls(0);
    identity.clearAuthentication();
    BpmnAwareTests.reset();
  }

  /** A case whose agent opened a security incident; returns the called instance. */
  private ProcessInstance incident(String customer) {
    String caseNumber = intake.submit("channel-app", new IntakeRequest("sec-" + UUID.randomUUID(),
        "APP", customer, null, "有人登录了我的账号并下单，不是我本人操作", null, null))
        .response().caseNumber();
    ProcessInstance pi = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).singleResult();
    Task diagnose = task(pi);
    tasks.claim(diagnose.getId(), "security");
    identity.setAuthentication("security", List.of("security-team"));
    tasks.complete(diagnose.getId(), Map.of("action", "SECURITY_INCIDENT",
        "confirmedCategory", "ACCOUNT_SECURITY", "diagnosisSummary", "unknown device login"));
    identity.clearAuthentication();
    assertThat(pi).isWaitingAt("CallActivity_AccountSecurity");
    return calledProcessInstance("account-security", pi);
  }

  private void verify(ProcessInstance security, String verdict) {
    Task verifyTask = task(security);
    assertThat(tasks.getIdentityLinksForTask(verifyTask.getId()))
        .extracting(IdentityLink::getGroupId).containsExactly("security-team");
    assertThat(verifyTask.getDueDate()).isNotNull();
    tasks.claim(verifyTask.getId(), "security");
    tasks.complete(verifyTask.getId(), Map.of("securityVerdict", verdict,
        "verificationNotes", "checked bound phone last four and login device"));
  }

  @Test
  void aCompromisedAccountIsFrozenVerifiedAndItsCredentialsReset() {
    String customer = DemoCustomers.normal(jdbc);
    ProcessInstance security = incident(customer);
    assertThat(security).isWaitingAt("Task_FreezeAccount");
    assertThat(accounts.isFrozen(customer)).isFalse(); // only after the transaction boundary

    execute(job(security));
    assertThat(accounts.isFrozen(customer)).isTrue();
    assertThat(security).isWaitingAt("Task_VerifyAccountOwner");

    verify(security, "COMPROMISED");
    execute(job(security));

    assertThat(security).isEnded().hasPassed("Task_ResetCredentials", "EndEvent_CredentialsReset");
    ProcessInstance parent = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(security.getBusinessKey()).singleResult();
    assertThat(parent).isNull(); // the lifecycle closed the case as resolved
    var c = cases.findByNumber(security.getBusinessKey()).orElseThrow();
    assertThat(c.status()).isEqualTo(CaseStatus.RESOLVED);
    assertThat(cases.timeline(c.id(), false)).extracting(e -> e.kind())
        .contains("AUDIT_ACCOUNT_FREEZE", "AUDIT_ACCOUNT_RESET", "RESOLVED");
    assertThat(accounts.isFrozen(customer)).isFalse();
  }

  @Test
  void theGenuineOwnerGetsTheAccountBack() {
    String customer = DemoCustomers.normal(jdbc);
    ProcessInstance security = incident(customer);
    execute(job(security));
    verify(security, "GENUINE_OWNER");
    execute(job(security));

    assertThat(security).isEnded().hasPassed("Task_UnfreezeAccount", "EndEvent_AccountRestored");
    assertThat(accounts.isFrozen(customer)).isFalse();
    assertThat(cases.findByNumber(security.getBusinessKey()).orElseThrow().status())
        .isEqualTo(CaseStatus.RESOLVED);
  }

  @Test
  void anUnreachableAccountServiceIsRetriedThenLeavesAnIncident() {
    ProcessInstance security = incident(DemoCustomers.normal(jdbc));
    accounts.failNextCalls(10);

    for (int attempt = 0; attempt < 3; attempt++) {
      Job job = job(security);
      assertThatThrownBy(() -> management.executeJob(job.getId()))
          .hasMessageContaining("account service unavailable");
    }

    assertThat(job(security).getRetries()).isZero();
    assertThat(runtime.createIncidentQuery().processInstanceId(security.getId()).count())
        .isEqualTo(1);
    assertThat(security).isWaitingAt("Task_FreezeAccount");
  }

  @Test
  void aVerdictWithoutNotesIsRefused() {
    ProcessInstance security = incident(DemoCustomers.normal(jdbc));
    execute(job(security));
    Task verifyTask = task(security);
    assertThatThrownBy(() -> tasks.complete(verifyTask.getId(),
        Map.of("securityVerdict", "COMPROMISED")))
        .hasMessageContaining("verificationNotes");
    assertThat(security).isWaitingAt("Task_VerifyAccountOwner");
  }
}
