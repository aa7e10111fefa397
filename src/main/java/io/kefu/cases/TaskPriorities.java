package io.kefu.cases;

import org.springframework.stereotype.Component;

/**
 * The user-task priority of a case priority, for the models' task definitions
 * ({@code camunda:priority="${taskPriorities.of(priority)}"}): Tasklist sorts by it. Derived
 * from the case's {@code priority} variable when the task is created, so it needs no variable of
 * its own and follows the case priority when an escalation raises it.
 */
@Component("taskPriorities")
public class TaskPriorities {

  /** P1 100, P2 75, P3 50, P4 25; an unknown priority is an error in the model or the data. */
  public int of(String casePriority) {
    return CasePriority.valueOf(casePriority).taskPriority();
  }
}
