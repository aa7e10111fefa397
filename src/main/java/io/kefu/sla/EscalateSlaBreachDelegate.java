package io.kefu.sla;

import io.kefu.cases.CaseVariables;
import io.kefu.cases.CaseEvent;
import io.kefu.cases.CasePriority;
import io.kefu.cases.CaseRepository;
import io.kefu.platform.identity.KefuGroups;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Escalate to senior agents": the first-response target was missed. Senior agents become
 * candidates of the waiting task, the case's and the task's priority go up one level, and the
 * breach is recorded on the case - once, even if the job runs again.
 */
@Component("escalateSlaBreach")
public class EscalateSlaBreachDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(EscalateSlaBreachDelegate.class);
  static final String DIAGNOSE_TASK = "Task_DiagnoseRequest";
  private static final String LEGACY_TASK_PRIORITY = "taskPriority";
  private final CaseRepository cases;
  private final TaskService tasks;
  private final ManagementService management;

  public EscalateSlaBreachDelegate(CaseRepository cases, TaskService tasks,
      ManagementService management) {
    this.cases = cases;
    this.tasks = tasks;
    this.management = management;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    CasePriority raised = CasePriority.valueOf((String) execution.getVariable("priority")).raised();
    if (!cases.markSlaBreached(caseId, raised.name())) {
      return; // already escalated by an earlier run of this job
    }
    execution.setVariable("priority", raised.name());
    if (execution.hasVariable(LEGACY_TASK_PRIORITY)) {
      // an instance of a model version before taskPriorities: its task reads this variable
      execution.setVariable(LEGACY_TASK_PRIORITY, raised.taskPriority());
    }
    Task task = waitingDiagnosis(execution.getProcessInstanceId());
    if (task != null) {
      tasks.addCandidateGroup(task.getId(), KefuGroups.SENIOR_AGENTS);
      tasks.setPriority(task.getId(), Math.max(task.getPriority(), raised.taskPriority()));
    }
    cases.addEvent(caseId, "SLA_BREACHED", CaseEvent.SYSTEM, false,
        "Escalated to " + KefuGroups.SENIOR_AGENTS + ", priority raised to " + raised,
        "first response was due at " + execution.getVariable("slaDueText"));
    log.info("Case {} missed its first-response target; escalated to {}",
        execution.getBusinessKey(), KefuGroups.SENIOR_AGENTS);
  }

  /**
   * The instance's "Diagnose request" task, by a native query on two indexed columns. The
   * criteria query ({@code createTaskQuery()}) builds its statement from Camunda's general task
   * query mapping on every call: that alone was an eighth of kefu's CPU per escalation
   * (bench/README-performance.md).
   */
  private Task waitingDiagnosis(String processInstanceId) {
    return tasks.createNativeTaskQuery()
        .sql("SELECT * FROM " + management.getTableName(Task.class)
            + " WHERE PROC_INST_ID_ = #{processInstanceId} AND TASK_DEF_KEY_ = #{taskKey}")
        .parameter("processInstanceId", processInstanceId)
        .parameter("taskKey", DIAGNOSE_TASK)
        .singleResult();
  }
}
