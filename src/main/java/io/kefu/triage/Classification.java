package io.kefu.triage;

import java.util.List;
import java.util.Objects;

/**
 * The classifier's decision for one buyer message.
 *
 * @param category the category with the highest lexicon score, or the lexicon's default category
 *     when no term matched
 * @param emotion the buyer's emotion level
 * @param confidence how sure the category is, from 0 (nothing matched: a guess) to 1; it grows
 *     with the evidence for the winner and shrinks when another category scored close to it.
 *     Callers should send low-confidence requests to a human for triage.
 * @param matchedTerms the evidence, to explain the decision to an agent: first the lexicon terms
 *     of the chosen category in the order they occur in the message, then the emotion cues (words
 *     and the names of matched patterns such as {@code "!!"})
 */
public record Classification(
    Category category, Emotion emotion, double confidence, List<String> matchedTerms) {

  /** Validates the values and makes {@code matchedTerms} an immutable copy. */
  public Classification {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(emotion, "emotion");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
    }
    matchedTerms = List.copyOf(matchedTerms);
  }
}
