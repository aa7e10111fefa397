package io.kefu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Tasklist sorts by task priority: the more urgent the case, the higher its task. */
class TaskPrioritiesTest {

  private final TaskPriorities priorities = new TaskPriorities();

  @Test
  void eachCasePriorityHasItsTaskPriority() {
    assertThat(priorities.of("P1")).isEqualTo(100);
    assertThat(priorities.of("P2")).isEqualTo(75);
    assertThat(priorities.of("P3")).isEqualTo(50);
    assertThat(priorities.of("P4")).isEqualTo(25);
  }

  @Test
  void anUnknownPriorityIsAnError() {
    assertThatThrownBy(() -> priorities.of("URGENT")).isInstanceOf(IllegalArgumentException.class);
  }
}
