package io.kefu.diagnosis;

/** What the agent decides at the end of "Diagnose request" (form field {@code action}). */
public enum DiagnosisAction {
  /** Carry out the remedy (resolve-request). */
  RESOLVE,
  /** Ask the buyer for what is missing and wait (the SLA clock pauses). */
  ASK_BUYER,
  /** Hand the case to another group. */
  TRANSFER,
  /** Open an account-security incident (account-security). */
  SECURITY_INCIDENT
}
