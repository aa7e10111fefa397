package io.kefu.triage;

import io.kefu.triage.Lexicon.EmotionPattern;
import io.kefu.triage.PhraseMatcher.Term;
import io.kefu.triage.TextAnalysis.Unit;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the lexicon YAML as a node tree (to know every value's line) and validates it, so that
 * a mistake of a process owner fails loudly with the line to fix instead of mis-classifying.
 */
final class LexiconParser {

  private static final Set<String> TOP_KEYS = Set.of("default-category", "categories", "emotion");
  private static final Set<String> EMOTION_KEYS = Set.of("angry-at", "upset-at", "ANGRY", "UPSET");
  private static final Set<String> CUE_KEYS = Set.of("terms", "patterns");
  private static final Set<String> PATTERN_KEYS = Set.of("name", "regex", "weight");

  private final String source;
  private final TextAnalysis analysis;
  /** Analysed terms seen so far, per namespace (categories, emotions), to reject duplicates. */
  private final Map<List<String>, Term<?>> seenCategoryTerms = new HashMap<>();
  private final Map<List<String>, Term<?>> seenEmotionTerms = new HashMap<>();

  LexiconParser(String source, TextAnalysis analysis) {
    this.source = source;
    this.analysis = analysis;
  }

  Lexicon parse(Reader yaml) {
    Node root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(yaml);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw error(mark == null ? 0 : mark.getLine() + 1, "not valid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new InvalidLexiconException(prefix(0) + "cannot be read: " + e.getMessage(), e);
    }
    if (root == null) {
      throw error(0, "the lexicon is empty");
    }
    Map<String, NodeTuple> top = keys(root, "the lexicon", TOP_KEYS);
    Category defaultCategory = category(required(top, "default-category", root).getValueNode());

    Node categoriesNode = required(top, "categories", root).getValueNode();
    List<Category> tieOrder = new ArrayList<>();
    List<Term<Category>> categoryTerms = new ArrayList<>();
    for (NodeTuple entry : mapping(categoriesNode, "categories").getValue()) {
      Category category = category(entry.getKeyNode());
      if (tieOrder.contains(category)) {
        throw error(entry.getKeyNode(), "category " + category + " is listed twice");
      }
      tieOrder.add(category);
      categoryTerms.addAll(terms(entry.getValueNode(), category, "category " + category,
          seenCategoryTerms));
    }
    List<Category> missing = Arrays.stream(Category.values())
        .filter(c -> !tieOrder.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw error(categoriesNode, "categories " + missing + " have no terms; every category "
          + "needs at least one term, or it can never be chosen");
    }

    Node emotionNode = required(top, "emotion", root).getValueNode();
    Map<String, NodeTuple> emotion = keys(emotionNode, "emotion", EMOTION_KEYS);
    double angryAt = weight(required(emotion, "angry-at", emotionNode), "angry-at");
    double upsetAt = weight(required(emotion, "upset-at", emotionNode), "upset-at");
    List<Term<Emotion>> emotionTerms = new ArrayList<>();
    List<EmotionPattern> patterns = new ArrayList<>();
    for (Emotion level : List.of(Emotion.ANGRY, Emotion.UPSET)) {
      NodeTuple cues = required(emotion, level.name(), emotionNode);
      Map<String, NodeTuple> cueKeys = keys(cues.getValueNode(), "emotion " + level, CUE_KEYS);
      if (cueKeys.containsKey("terms")) {
        emotionTerms.addAll(terms(cueKeys.get("terms").getValueNode(), level,
            "emotion " + level, seenEmotionTerms));
      }
      if (cueKeys.containsKey("patterns")) {
        patterns.addAll(patterns(cueKeys.get("patterns").getValueNode(), level));
      }
    }
    return new Lexicon(source, defaultCategory, tieOrder, new PhraseMatcher<>(categoryTerms),
        new PhraseMatcher<>(emotionTerms), patterns, angryAt, upsetAt);
  }

  /** {@code term: weight} lines. */
  private <T> List<Term<T>> terms(Node node, T target, String where,
      Map<List<String>, Term<?>> seen) {
    List<Term<T>> terms = new ArrayList<>();
    MappingNode mapping = mapping(node, where + " (expected lines of the form `term: weight`)");
    if (mapping.getValue().isEmpty()) {
      throw error(node, where + " has no terms");
    }
    for (NodeTuple entry : mapping.getValue()) {
      Node key = entry.getKeyNode();
      if (!(key instanceof ScalarNode scalar)) {
        throw error(key, where + ": a term must be a word or phrase, not a list or mapping");
      }
      String text = scalar.getValue().strip();
      if (text.isEmpty()) {
        throw error(key, where + ": empty term");
      }
      List<Unit> units = analysis.analyze(text);
      if (units.isEmpty()) {
        throw error(key, where + ": term '" + text + "' has no words once analysed "
            + "(punctuation is ignored; match punctuation with an emotion pattern instead)");
      }
      double weight = weight(entry, "term '" + text + "'");
      Term<T> term = new Term<>(text, units, weight, target, line(key));
      List<String> analysed = units.stream().map(Unit::value).toList();
      Term<?> earlier = seen.putIfAbsent(analysed, term);
      if (earlier != null) {
        String same = earlier.text().equals(text) ? "" : " (the same words once analysed)";
        throw error(key, where + ": term '" + text + "' is already listed as '" + earlier.text()
            + "' for " + earlier.target() + " at line " + earlier.line() + same
            + "; a term may be listed only once");
      }
      terms.add(term);
    }
    return terms;
  }

  /** A list of {@code {name, regex, weight}}. */
  private List<EmotionPattern> patterns(Node node, Emotion level) {
    if (!(node instanceof SequenceNode sequence)) {
      throw error(node, "emotion " + level + " patterns: expected a list of "
          + "`- {name: ..., regex: ..., weight: ...}`");
    }
    List<EmotionPattern> patterns = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      Map<String, NodeTuple> keys = keys(item, "emotion " + level + " pattern", PATTERN_KEYS);
      NodeTuple regexEntry = required(keys, "regex", item);
      String regex = scalar(regexEntry.getValueNode(), "regex");
      if (regex.isEmpty()) {
        throw error(regexEntry.getValueNode(), "emotion " + level + ": empty regex");
      }
      Pattern compiled;
      try {
        compiled = Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        throw error(regexEntry.getValueNode(), "emotion " + level + ": regex '" + regex
            + "' is invalid: " + e.getDescription());
      }
      String name = keys.containsKey("name")
          ? scalar(keys.get("name").getValueNode(), "name") : regex;
      double weight = weight(required(keys, "weight", item), "pattern '" + name + "'");
      patterns.add(new EmotionPattern(name, compiled, weight, level, line(item)));
    }
    return patterns;
  }

  private Category category(Node node) {
    String name = scalar(node, "category");
    try {
      return Category.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw error(node, "unknown category '" + name + "'; expected one of "
          + Arrays.toString(Category.values()));
    }
  }

  private double weight(NodeTuple entry, String what) {
    Node value = entry.getValueNode();
    String text = value instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
    if (text.isEmpty()) {
      throw error(entry.getKeyNode(), what + " has no weight (a positive number after the colon)");
    }
    double weight;
    try {
      weight = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      weight = Double.NaN;
    }
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw error(value, what + ": the weight must be a positive number, not '" + text + "'");
    }
    return weight;
  }

  /** The keys of a mapping; rejects duplicate and unexpected keys. */
  private Map<String, NodeTuple> keys(Node node, String where, Set<String> allowed) {
    Map<String, NodeTuple> keys = new LinkedHashMap<>();
    for (NodeTuple entry : mapping(node, where).getValue()) {
      String key = scalar(entry.getKeyNode(), "key");
      if (!allowed.contains(key)) {
        throw error(entry.getKeyNode(), where + ": unexpected key '" + key + "'; expected "
            + allowed.stream().sorted().toList());
      }
      if (keys.put(key, entry) != null) {
        throw error(entry.getKeyNode(), where + ": key '" + key + "' is given twice");
      }
    }
    return keys;
  }

  private NodeTuple required(Map<String, NodeTuple> keys, String key, Node parent) {
    NodeTuple entry = keys.get(key);
    if (entry == null) {
      throw error(parent, "missing '" + key + "'");
    }
    return entry;
  }

  private MappingNode mapping(Node node, String where) {
    if (node instanceof MappingNode mapping) {
      return mapping;
    }
    throw error(node, where + ": expected a mapping of `key: value` lines");
  }

  private String scalar(Node node, String what) {
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue().strip();
    }
    throw error(node, "expected a single value for " + what);
  }

  private static int line(Node node) {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }

  private InvalidLexiconException error(Node node, String message) {
    return error(line(node), message);
  }

  private InvalidLexiconException error(int line, String message) {
    return new InvalidLexiconException(prefix(line) + message);
  }

  private String prefix(int line) {
    return "Invalid triage lexicon " + source + (line > 0 ? ", line " + line : "") + ": ";
  }
}
