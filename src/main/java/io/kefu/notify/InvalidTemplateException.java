package io.kefu.notify;

/**
 * The buyer-message templates could not be loaded: a file is missing or is not valid YAML, a
 * template kefu needs is missing in a language, or a text does not compile or uses a value kefu
 * does not provide. The message names the file and the template, so a process owner can fix it;
 * at startup this stops the application rather than letting it send broken messages.
 */
public class InvalidTemplateException extends RuntimeException {

  public InvalidTemplateException(String message) {
    super(message);
  }

  public InvalidTemplateException(String message, Throwable cause) {
    super(message, cause);
  }
}
