package io.kefu.platform.simulator;

/**
 * A business refusal a simulator must answer with, because a failure rule says so.
 *
 * @param code the refusal code of the rule, or {@code null} for the operation's default
 */
public record InjectedRefusal(String code) {

  /**
   * The refusal as the port's reason enum: {@link #code()} if it names a constant of
   * {@code type}, else {@code fallback} (the operation's default).
   */
  public <E extends Enum<E>> E as(Class<E> type, E fallback) {
    if (code != null) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(code)) {
          return constant;
        }
      }
    }
    return fallback;
  }
}
