package io.kefu.sla;

import io.kefu.cases.CaseVariables;
import io.kefu.cases.CasePriority;
import io.kefu.cases.CaseRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Set SLA deadlines": turns triage.dmn's targets (ISO-8601 durations) into deadlines in the
 * candidate group's business time, and records triage and deadlines on the case. The targets are
 * consumed: the deadlines replace them as variables, and the case's TRIAGED event records them
 * (removed in the transaction that set them, they never reach the database).
 */
@Component("setSlaTargets")
public class SetSlaTargetsDelegate implements JavaDelegate {

  /** triage.dmn's outputs this step reads, mapped to variables by Task_Triage. */
  static final List<String> TARGETS = List.of("firstResponseTarget", "resolutionTarget");

  private final WorkingTimeCalendar calendar;
  private final CaseRepository cases;
  private final Clock clock;
  private final double warningFraction;
  private final DeadlineVariables deadlines;

  public SetSlaTargetsDelegate(WorkingTimeCalendar calendar, CaseRepository cases, Clock clock,
      @Value("${kefu.sla.warning-fraction:0.8}") double warningFraction) {
    this.calendar = calendar;
    this.cases = cases;
    this.clock = clock;
    this.warningFraction = warningFraction;
    this.deadlines = new DeadlineVariables(calendar);
  }

  @Override
  public void execute(DelegateExecution execution) {
    String group = (String) execution.getVariable("candidateGroup");
    Duration firstResponse =
        WorkingTimeCalendar.parseDuration((String) execution.getVariable("firstResponseTarget"));
    Duration resolution =
        WorkingTimeCalendar.parseDuration((String) execution.getVariable("resolutionTarget"));
    execution.removeVariables(TARGETS);
    Instant now = clock.instant();
    Instant firstResponseDue = calendar.addWorkingTime(group, now, firstResponse);
    Instant warningAt = calendar.fractionPoint(group, now, firstResponse, warningFraction);
    Instant resolutionDue = calendar.addWorkingTime(group, now, resolution);
    CasePriority priority = CasePriority.valueOf((String) execution.getVariable("priority"));

    deadlines.write(execution, firstResponseDue, warningAt, resolutionDue);

    long caseId = CaseVariables.caseId(execution);
    cases.recordTriage(caseId, new CaseRepository.Triage(
        (String) execution.getVariable("category"), (String) execution.getVariable("emotion"),
        priority.name(), group, Boolean.TRUE.equals(execution.getVariable("selfServiceEligible")),
        firstResponseDue, resolutionDue));
    cases.addEvent(caseId, "TRIAGED", "triage.dmn", false,
        priority + " -> " + group + ", first response by " + deadlines.format(firstResponseDue)
            + ", resolution by " + deadlines.format(resolutionDue),
        "targets " + firstResponse + " / " + resolution + " in business time");
  }
}
