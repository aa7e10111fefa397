package io.kefu.sla;

import io.kefu.cases.CaseVariables;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Resume the SLA clock": the buyer answered; deadlines move by the time kefu waited, and the
 * next "Diagnose request" gets them (its warning at 80 % of the time that was left).
 */
@Component("resumeSla")
public class ResumeSlaDelegate implements JavaDelegate {

  private final SlaClock sla;
  private final WorkingTimeCalendar calendar;
  private final Clock clock;
  private final double warningFraction;
  private final DeadlineVariables variables;

  public ResumeSlaDelegate(SlaClock sla, WorkingTimeCalendar calendar, Clock clock,
      @Value("${kefu.sla.warning-fraction:0.8}") double warningFraction) {
    this.sla = sla;
    this.calendar = calendar;
    this.clock = clock;
    this.warningFraction = warningFraction;
    this.variables = new DeadlineVariables(calendar);
  }

  @Override
  public void execute(DelegateExecution execution) {
    String group = (String) execution.getVariable("candidateGroup");
    sla.resume(CaseVariables.caseId(execution), group).ifPresent(deadlines -> {
      variables.write(execution, deadlines.firstResponseDue(),
          calendar.fractionPoint(group, clock.instant(), deadlines.remainingFirstResponse(),
              warningFraction),
          deadlines.resolutionDue());
    });
  }
}
