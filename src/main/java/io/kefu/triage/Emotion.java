package io.kefu.triage;

/**
 * How upset a buyer sounds. An angry buyer gets an empathetic line first and the emotion is
 * recorded for prioritising and follow-up (DOMAIN.md section 1, "Emotion").
 */
public enum Emotion {
  /** A neutral question or statement. */
  CALM,
  /** Worried, disappointed, impatient, frustrated. */
  UPSET,
  /** Insults, shouting, threats to complain publicly, to call 12315/315 or a lawyer. */
  ANGRY
}
