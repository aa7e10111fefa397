package io.kefu.notify;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The buyer-message templates: one YAML file per language ({@code zh.yaml}, {@code en.yaml}) at
 * the Spring resource location {@code kefu.notify.templates.location} (by default
 * {@code classpath:notify/templates/}; point it at e.g. {@code file:/etc/kefu/templates/} to let
 * process owners edit them without a rebuild; read at startup).
 *
 * <p>A file has two sections. {@code templates}: per template a {@code subject} (e-mail) and a
 * {@code body} (the in-app message and, unless an {@code email} variant is given, the e-mail's
 * text), optionally {@code email}, {@code sms} (short text; default the body) and {@code voice}
 * (the script of an automated call; default the SMS text). {@code phrases}: short texts steps
 * refer to by key ({@link Phrase}), e.g. the items of a list of actions taken. Texts are
 * <a href="https://mustache.github.io/mustache.5.html">Mustache</a>: {@code {{caseNumber}}},
 * sections {@code {{#angry}}...{{/angry}}}, inverted sections {@code {{^x}}...{{/x}}}, lists with
 * {@code {{-index}}} for the item number and {@code {{.}}} for the item. Times are shown as
 * {@code yyyy-MM-dd HH:mm} in kefu's zone.
 *
 * <p>Validated when loaded: every template and phrase kefu uses ({@link Templates}) must exist in
 * every language and render with the values kefu gives it; an unknown value name is an error.
 * Any problem throws {@link InvalidTemplateException}, which stops the application at startup.
 */
@Component
public class TemplateCatalog {

  private static final Logger log = LoggerFactory.getLogger(TemplateCatalog.class);
  private static final Set<String> TOP_KEYS = Set.of("templates", "phrases");
  private static final Set<String> FIELDS = Set.of("subject", "body", "email", "sms", "voice");
  private static final Mustache.Compiler COMPILER = Mustache.compiler()
      .escapeHTML(false) // plain text: e-mails are text/plain, in-app and SMS are text
      .nullValue("")     // a value given as null renders empty; an unknown name still fails
      .emptyStringIsFalse(true);

  private record Entry(Template subject, Template body, Template email, Template sms,
      Template voice) {}

  private record Language(String source, Map<String, Entry> templates,
      Map<String, Template> phrases) {}

  private final Map<String, Language> languages;
  private final String defaultLanguage;
  private final DateTimeFormatter time;

  @Autowired
  public TemplateCatalog(ResourceLoader resources, NotifyProperties properties,
      @Value("${kefu.zone:Asia/Shanghai}") String zone) {
    this(files(resources, properties.templates()), ZoneId.of(zone));
    log.info("Buyer-message templates loaded from {} for languages {}",
        properties.templates().location(), languages.keySet());
  }

  /**
   * Loads and validates the templates of each language; the first language is the default for
   * buyers whose language has no templates.
   *
   * @param files the template file of each language, in order
   */
  public TemplateCatalog(Map<String, Resource> files, ZoneId zone) {
    if (files.isEmpty()) {
      throw new InvalidTemplateException("No template languages configured");
    }
    this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    Map<String, Language> loaded = new LinkedHashMap<>();
    files.forEach((language, file) -> loaded.put(language, load(file)));
    this.languages = java.util.Collections.unmodifiableMap(loaded);
    this.defaultLanguage = files.keySet().iterator().next();
    loaded.forEach(this::validate);
    Language first = loaded.get(defaultLanguage);
    loaded.forEach((language, lang) -> {
      if (!lang.templates().keySet().equals(first.templates().keySet())
          || !lang.phrases().keySet().equals(first.phrases().keySet())) {
        throw new InvalidTemplateException("The templates " + lang.source() + " and "
            + first.source() + " must define the same templates and phrases (a translation "
            + "is missing)");
      }
    });
  }

  private static Map<String, Resource> files(ResourceLoader resources,
      NotifyProperties.TemplateSettings settings) {
    String location = settings.location().endsWith("/") ? settings.location()
        : settings.location() + "/";
    Map<String, Resource> files = new LinkedHashMap<>();
    for (String language : settings.languages()) {
      files.put(language, resources.getResource(location + language + ".yaml"));
    }
    return files;
  }

  /** The languages that have templates; the first is used for any other language. */
  public Set<String> languages() {
    return languages.keySet();
  }

  /**
   * Renders a template for a buyer.
   *
   * @param template one of {@link Templates}' names, or another template of the files
   * @param language the buyer's language ({@code zh}, {@code en}); others get the default
   * @param values the template's values: texts, numbers, booleans, {@link Instant}s and
   *     {@link Date}s (shown in kefu's zone), {@link Phrase}s, lists and maps of these
   * @throws IllegalArgumentException if there is no such template
   * @throws InvalidTemplateException if the template uses a value that was not given
   */
  public RenderedMessage render(String template, String language, Map<String, Object> values) {
    Language lang = languages.getOrDefault(language, languages.get(defaultLanguage));
    Entry entry = lang.templates().get(template);
    if (entry == null) {
      throw new IllegalArgumentException("No template " + template);
    }
    Object model = model(values, lang);
    try {
      String body = run(entry.body(), model);
      String email = entry.email() == null ? body : run(entry.email(), model);
      String sms = entry.sms() == null ? body : run(entry.sms(), model);
      String voice = entry.voice() == null ? sms : run(entry.voice(), model);
      return new RenderedMessage(run(entry.subject(), model).replaceAll("\\s+", " "), body,
          email, sms, voice);
    } catch (MustacheException e) {
      throw new InvalidTemplateException("Template " + template + " in " + lang.source()
          + " cannot be rendered: " + e.getMessage(), e);
    }
  }

  private static String run(Template template, Object model) {
    return template.execute(model).strip();
  }

  /** Values as the templates see them: times formatted, phrases rendered in the language. */
  private Object model(Object value, Language lang) {
    if (value instanceof Instant instant) {
      return time.format(instant);
    }
    if (value instanceof Date date) {
      return time.format(date.toInstant());
    }
    if (value instanceof Phrase phrase) {
      Template text = lang.phrases().get(phrase.key());
      if (text == null) {
        log.warn("No phrase {} in {}; its key is shown instead", phrase.key(), lang.source());
        return phrase.key();
      }
      return text.execute(model(phrase.values(), lang)).strip();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> converted = new HashMap<>();
      map.forEach((k, v) -> converted.put(String.valueOf(k), model(v, lang)));
      return converted;
    }
    if (value instanceof Collection<?> items) {
      List<Object> converted = new ArrayList<>();
      items.forEach(item -> converted.add(model(item, lang)));
      return converted;
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    return value;
  }

  private static Language load(Resource file) {
    String source = file.getDescription();
    Object root;
    try (InputStream in = file.getInputStream()) {
      root = new Yaml(new SafeConstructor(new LoaderOptions()))
          .load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new InvalidTemplateException("Cannot read the templates " + source + ": " + e, e);
    } catch (YAMLException e) {
      throw new InvalidTemplateException("The templates " + source + " are not valid YAML: "
          + e.getMessage(), e);
    }
    if (!(root instanceof Map<?, ?> top)) {
      throw new InvalidTemplateException("The templates " + source
          + " must be a map with the sections 'templates' and 'phrases'");
    }
    for (Object key : top.keySet()) {
      if (!TOP_KEYS.contains(String.valueOf(key))) {
        throw new InvalidTemplateException("The templates " + source + ": unknown section '"
            + key + "' (allowed: templates, phrases)");
      }
    }
    Map<String, Entry> templates = new LinkedHashMap<>();
    section(top, "templates", source).forEach((name, value) -> {
      if (!(value instanceof Map<?, ?> fields)) {
        throw new InvalidTemplateException(where(source, name) + " must be a map of "
            + "subject, body and optionally email, sms, voice");
      }
      for (Object field : fields.keySet()) {
        if (!FIELDS.contains(String.valueOf(field))) {
          throw new InvalidTemplateException(where(source, name) + ": unknown field '" + field
              + "' (allowed: " + new TreeSet<>(FIELDS) + ")");
        }
      }
      templates.put(name, new Entry(
          compile(fields, "subject", true, source, name),
          compile(fields, "body", true, source, name),
          compile(fields, "email", false, source, name),
          compile(fields, "sms", false, source, name),
          compile(fields, "voice", false, source, name)));
    });
    Map<String, Template> phrases = new LinkedHashMap<>();
    section(top, "phrases", source).forEach((key, value) -> {
      if (!(value instanceof String text) || text.isBlank()) {
        throw new InvalidTemplateException("The templates " + source + ", phrase " + key
            + ": must be a non-empty text");
      }
      phrases.put(key, compile(text, source, "phrase " + key));
    });
    return new Language(source, Map.copyOf(templates), Map.copyOf(phrases));
  }

  private static Map<String, Object> section(Map<?, ?> top, String name, String source) {
    Object value = top.get(name);
    if (!(value instanceof Map<?, ?> map)) {
      throw new InvalidTemplateException("The templates " + source + " have no section '"
          + name + "'");
    }
    Map<String, Object> result = new LinkedHashMap<>();
    map.forEach((k, v) -> result.put(String.valueOf(k), v));
    return result;
  }

  private static Template compile(Map<?, ?> fields, String field, boolean required,
      String source, String name) {
    Object value = fields.get(field);
    if (value == null) {
      if (required) {
        throw new InvalidTemplateException(where(source, name) + ": '" + field + "' is missing");
      }
      return null;
    }
    if (!(value instanceof String text) || text.isBlank()) {
      throw new InvalidTemplateException(where(source, name) + ": '" + field
          + "' must be a non-empty text");
    }
    return compile(text, source, "template " + name + ", " + field);
  }

  private static Template compile(String text, String source, String what) {
    try {
      return COMPILER.compile(text);
    } catch (MustacheException e) {
      throw new InvalidTemplateException("The templates " + source + ", " + what + ": "
          + e.getMessage(), e);
    }
  }

  private static String where(String source, String name) {
    return "The templates " + source + ", template " + name;
  }

  private void validate(String language, Language lang) {
    for (String required : Templates.SAMPLES.keySet()) {
      if (!lang.templates().containsKey(required)) {
        throw new InvalidTemplateException("The templates " + lang.source()
            + " have no template '" + required + "', which kefu uses");
      }
    }
    for (String phrase : Templates.requiredPhrases()) {
      if (!lang.phrases().containsKey(phrase)) {
        throw new InvalidTemplateException("The templates " + lang.source()
            + " have no phrase '" + phrase + "', which kefu uses");
      }
    }
    Templates.SAMPLES.forEach((name, sample) -> {
      try {
        render(name, language, sample);
      } catch (InvalidTemplateException e) {
        throw new InvalidTemplateException(e.getMessage() + " (values kefu gives it: "
            + new TreeSet<>(sample.keySet()) + ")", e);
      }
    });
  }
}
