package io.kefu.triage;

/**
 * The triage lexicon could not be loaded: it is missing, is not valid YAML, or breaks one of the
 * lexicon's rules (unknown category, empty term, bad weight or pattern...). The message names
 * the lexicon and the line, so that a process owner can fix the file; at startup this exception
 * stops the application rather than letting it classify with a broken lexicon.
 */
public class InvalidLexiconException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An error with a message that names the lexicon source and, where known, the line. */
  public InvalidLexiconException(String message) {
    super(message);
  }

  /** An error caused by an underlying failure (an I/O or YAML syntax error). */
  public InvalidLexiconException(String message, Throwable cause) {
    super(message, cause);
  }
}
