package io.kefu.notify;

import java.util.Map;
import java.util.Objects;

/**
 * A piece of text that comes from the templates' {@code phrases} section in the buyer's
 * language, for values a step knows only as a code: the items of "actions taken", a category's
 * name, a question to ask. Passed as a template value, it is rendered in the notification's
 * language with its own values.
 *
 * @param key the phrase's key in the templates, e.g. {@code action.self-service-answer-sent}
 * @param values the values its text may use ({@code {{title}}}), possibly empty
 */
public record Phrase(String key, Map<String, Object> values) {

  public Phrase {
    Objects.requireNonNull(key, "key");
    values = values == null ? Map.of() : Map.copyOf(values);
  }

  public static Phrase of(String key) {
    return new Phrase(key, Map.of());
  }

  public static Phrase of(String key, String name, Object value) {
    return new Phrase(key, Map.of(name, value));
  }

  public static Phrase of(String key, Map<String, Object> values) {
    return new Phrase(key, values);
  }
}
