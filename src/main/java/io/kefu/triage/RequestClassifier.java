package io.kefu.triage;

import io.kefu.triage.Lexicon.EmotionPattern;
import io.kefu.triage.PhraseMatcher.Match;
import io.kefu.triage.TextAnalysis.Unit;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Classifies a buyer's free-text message (Chinese, English or both) into a {@link Category} and
 * an {@link Emotion}, using Lucene's SmartChineseAnalyzer and a lexicon that process owners edit
 * as data ({@code triage/lexicon.yaml}; the Spring property {@value #LEXICON_PROPERTY} points at
 * another one, e.g. {@code file:/etc/kefu/lexicon.yaml}).
 *
 * <p>How it decides: the message and every lexicon term go through the same analysis; each term
 * found adds its weight to its category (once per message; a term inside a longer one found at
 * the same place does not count). The highest score wins; equal scores go to the category listed
 * first in the lexicon. When no
 * term matches, the lexicon's {@code default-category} (ORDER_QUERY in the shipped lexicon) is
 * returned with confidence 0. The emotion adds up the weights of the ANGRY and UPSET cues (words,
 * and patterns for punctuation and capitals): ANGRY when the ANGRY cues reach {@code angry-at},
 * else UPSET when all cues together reach {@code upset-at}, else CALM.
 *
 * <p>Deterministic and thread-safe. The lexicon is validated when loaded: an invalid one throws
 * {@link InvalidLexiconException} naming the line, which fails application startup.
 */
@Component
public class RequestClassifier implements AutoCloseable {

  /** The Spring property holding the lexicon's location (a Spring resource location). */
  public static final String LEXICON_PROPERTY = "kefu.triage.lexicon";

  /** The lexicon used when {@value #LEXICON_PROPERTY} is not set. */
  public static final String DEFAULT_LEXICON = "classpath:triage/lexicon.yaml";

  /** Longer messages are classified on their first this many characters. */
  static final int MAX_TEXT_LENGTH = 4000;

  /** The category score at which confidence reaches one half (with no competing category). */
  private static final double HALF_CONFIDENCE_SCORE = 4.0;

  private static final Logger log = LoggerFactory.getLogger(RequestClassifier.class);

  private final TextAnalysis analysis = new TextAnalysis();
  private final Lexicon lexicon;

  /**
   * Loads the lexicon at {@code lexicon}; Spring injects the location from
   * {@value #LEXICON_PROPERTY}.
   *
   * @throws InvalidLexiconException if the lexicon is missing or invalid
   */
  @Autowired
  public RequestClassifier(
      @Value("${" + LEXICON_PROPERTY + ":" + DEFAULT_LEXICON + "}") Resource lexicon) {
    this.lexicon = load(lexicon);
  }

  /**
   * Loads the lexicon from a stream (UTF-8), e.g. in tests; the stream is not closed.
   *
   * @param sourceName names the lexicon in error messages
   * @throws InvalidLexiconException if the lexicon is invalid
   */
  public RequestClassifier(InputStream lexicon, String sourceName) {
    this.lexicon = load(new InputStreamReader(lexicon, StandardCharsets.UTF_8), sourceName);
  }

  private Lexicon load(Resource resource) {
    String source = resource.getDescription();
    try (InputStream in = resource.getInputStream()) {
      return load(new InputStreamReader(in, StandardCharsets.UTF_8), source);
    } catch (FileNotFoundException | NoSuchFileException e) {
      analysis.close();
      throw new InvalidLexiconException("Triage lexicon not found: " + source
          + " (set " + LEXICON_PROPERTY + " to a location such as file:/etc/kefu/lexicon.yaml)",
          e);
    } catch (IOException e) {
      analysis.close();
      throw new InvalidLexiconException("Triage lexicon " + source + " cannot be read: "
          + e.getMessage(), e);
    }
  }

  /** Parses and logs the lexicon; releases the analyzer when the lexicon is rejected. */
  private Lexicon load(Reader reader, String source) {
    try {
      Lexicon loaded = Lexicon.load(reader, source, analysis);
      log.info("Loaded triage lexicon {}: {}", source, loaded.summary());
      return loaded;
    } catch (RuntimeException e) {
      analysis.close();
      throw e;
    }
  }

  /**
   * Classifies one buyer message.
   *
   * @param text the message; {@code null}, empty or blank gives the default category, CALM and
   *     confidence 0
   * @return the decision with the terms that led to it
   */
  public Classification classify(String text) {
    String message = text == null ? "" : text.strip();
    if (message.length() > MAX_TEXT_LENGTH) {
      message = message.substring(0, MAX_TEXT_LENGTH);
    }
    if (message.isEmpty()) {
      return new Classification(lexicon.defaultCategory(), Emotion.CALM, 0.0, List.of());
    }
    List<Unit> units = analysis.analyze(message);
    List<String> evidence = new ArrayList<>();

    // category: the sum of the weights of the terms found, per category
    List<Match<Category>> categoryMatches = lexicon.categoryTerms().find(units);
    Map<Category, Double> scores = new EnumMap<>(Category.class);
    for (Match<Category> match : categoryMatches) {
      scores.merge(match.term().target(), match.term().weight(), Double::sum);
    }
    Category category = lexicon.defaultCategory();
    double best = 0;
    double runnerUp = 0;
    for (Category candidate : lexicon.tieOrder()) {
      double score = scores.getOrDefault(candidate, 0.0);
      if (score > best) {
        runnerUp = best;
        best = score;
        category = candidate;
      } else if (score > runnerUp) {
        runnerUp = score;
      }
    }
    for (Match<Category> match : categoryMatches) {
      if (match.term().target() == category) {
        evidence.add(match.term().text());
      }
    }

    Emotion emotion = emotion(message, units, evidence);
    return new Classification(category, emotion, confidence(best, runnerUp),
        List.copyOf(new LinkedHashSet<>(evidence)));
  }

  /**
   * Grows with the winner's score (one half at {@link #HALF_CONFIDENCE_SCORE}) and is halved
   * when the runner-up scored as much as the winner; 0 when nothing matched.
   */
  private static double confidence(double best, double runnerUp) {
    if (best <= 0) {
      return 0.0;
    }
    double strength = best / (best + HALF_CONFIDENCE_SCORE);
    double margin = (best - runnerUp) / best;
    return Math.round(strength * (0.5 + 0.5 * margin) * 100) / 100.0;
  }

  private Emotion emotion(String message, List<Unit> units, List<String> evidence) {
    double angry = 0;
    double upset = 0;
    for (Match<Emotion> match : lexicon.emotionTerms().find(units)) {
      if (match.term().target() == Emotion.ANGRY) {
        angry += match.term().weight();
      } else {
        upset += match.term().weight();
      }
      evidence.add(match.term().text());
    }
    String normalized = TextAnalysis.normalize(message);
    for (EmotionPattern pattern : lexicon.emotionPatterns()) {
      if (pattern.regex().matcher(normalized).find()) {
        if (pattern.emotion() == Emotion.ANGRY) {
          angry += pattern.weight();
        } else {
          upset += pattern.weight();
        }
        evidence.add(pattern.name());
      }
    }
    if (angry >= lexicon.angryAt()) {
      return Emotion.ANGRY;
    }
    return angry + upset >= lexicon.upsetAt() ? Emotion.UPSET : Emotion.CALM;
  }

  /** Releases the analyzer's per-thread resources; Spring calls this at shutdown. */
  @Override
  public void close() {
    analysis.close();
  }
}
