package io.kefu.triage;

import java.io.Reader;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A loaded, validated triage lexicon (see {@code triage/lexicon.yaml} for the file format).
 * Immutable.
 *
 * @param source where the lexicon was read from, for messages
 * @param defaultCategory the category when no term matches
 * @param tieOrder all categories, in the order they are listed in the lexicon: on equal scores
 *     the one listed first wins
 * @param categoryTerms the terms that are evidence for a category
 * @param emotionTerms the words that are evidence for an emotion
 * @param emotionPatterns the regular expressions that are evidence for an emotion
 * @param angryAt the ANGRY score from which a message is ANGRY
 * @param upsetAt the ANGRY plus UPSET score from which a message is at least UPSET
 */
record Lexicon(
    String source,
    Category defaultCategory,
    List<Category> tieOrder,
    PhraseMatcher<Category> categoryTerms,
    PhraseMatcher<Emotion> emotionTerms,
    List<EmotionPattern> emotionPatterns,
    double angryAt,
    double upsetAt) {

  /**
   * A regular expression searched in the NFKC-normalised message (for punctuation and case,
   * which the analysis removes).
   */
  record EmotionPattern(String name, Pattern regex, double weight, Emotion emotion, int line) {}

  Lexicon {
    tieOrder = List.copyOf(tieOrder);
    emotionPatterns = List.copyOf(emotionPatterns);
  }

  /**
   * Reads and validates a lexicon.
   *
   * @throws InvalidLexiconException naming {@code source} and the line when it is invalid
   */
  static Lexicon load(Reader yaml, String source, TextAnalysis analysis) {
    return new LexiconParser(source, analysis).parse(yaml);
  }

  /** A one-line summary for the log. */
  String summary() {
    return "%d category terms, %d emotion words, %d emotion patterns, default %s".formatted(
        categoryTerms.terms().size(), emotionTerms.terms().size(), emotionPatterns.size(),
        defaultCategory);
  }
}
