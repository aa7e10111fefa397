package io.kefu.sla;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process variables that carry a case's SLA deadlines to the model's timers, the Diagnose
 * task's due date and its form ({@code slaDueText}, shown in kefu's zone).
 */
final class DeadlineVariables {

  private final DateTimeFormatter display;
  private final String zone;

  DeadlineVariables(WorkingTimeCalendar calendar) {
    this.display = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(calendar.zone());
    this.zone = calendar.zone().toString();
  }

  String format(Instant instant) {
    return display.format(instant);
  }

  void write(VariableScope scope, Instant firstResponseDue, Instant warningAt,
      Instant resolutionDue) {
    scope.setVariable("firstResponseDue", Date.from(firstResponseDue));
    scope.setVariable("slaWarningAt", Date.from(warningAt));
    scope.setVariable("resolutionDue", Date.from(resolutionDue));
    scope.setVariable("slaDueText", format(firstResponseDue) + " (" + zone + ")");
  }
}
