package io.kefu.cases;

/** P1 (at once) to P4 (can wait), as triage.dmn decides; with the Tasklist task priority. */
public enum CasePriority {
  P1(100), P2(75), P3(50), P4(25);

  private final int taskPriority;

  CasePriority(int taskPriority) {
    this.taskPriority = taskPriority;
  }

  public int taskPriority() {
    return taskPriority;
  }

  /** One level more urgent (P1 stays P1). */
  public CasePriority raised() {
    return this == P1 ? P1 : values()[ordinal() - 1];
  }
}
