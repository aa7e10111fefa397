package io.kefu.cases;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The process variables by which a lifecycle process refers to its case. */
public final class CaseVariables {
  private CaseVariables() {}

  public static final String CASE_ID = "caseId";

  /** The id of the case (table {@code kefu_case}) the process instance works on. */
  public static long caseId(VariableScope scope) {
    Object value = scope.getVariable(CASE_ID);
    if (!(value instanceof Number number)) {
      throw new IllegalStateException("Process variable caseId is missing");
    }
    return number.longValue();
  }
}
