package io.kefu.triage;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.triage.LabelledMessages.LabelledMessage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Measures the shipped lexicon on labelled buyer messages and prints per-category accuracy,
 * overall category and emotion accuracy and confusion matrices.
 *
 * <p>{@code labelled-messages.csv} is the tuning set. {@code labelled-holdout.csv} was written
 * before the lexicon and is never used to tune it; only its totals are printed, not its
 * individual mistakes, so that nobody tunes on it by accident. The hold-out bars are lower
 * because unseen phrasings are expected to be missed more often.
 */
class ClassifierAccuracyTest {

  private static RequestClassifier classifier;

  @BeforeAll
  static void load() {
    classifier = new RequestClassifier(new ClassPathResource(RequestClassifier.DEFAULT_LEXICON
        .substring("classpath:".length())));
  }

  @AfterAll
  static void close() {
    classifier.close();
  }

  @Test
  void mainSet() {
    Report report = evaluate("/triage/labelled-messages.csv", true);
    assertThat(report.messages()).isGreaterThanOrEqualTo(320);
    assertThat(report.categoryAccuracy()).as("category accuracy, main set").isGreaterThanOrEqualTo(0.90);
    assertThat(report.emotionAccuracy()).as("emotion accuracy, main set").isGreaterThanOrEqualTo(0.80);
  }

  @Test
  void holdout() {
    Report report = evaluate("/triage/labelled-holdout.csv", false);
    assertThat(report.messages()).isGreaterThanOrEqualTo(60);
    assertThat(report.categoryAccuracy()).as("category accuracy, hold-out").isGreaterThanOrEqualTo(0.80);
    assertThat(report.emotionAccuracy()).as("emotion accuracy, hold-out").isGreaterThanOrEqualTo(0.70);
  }

  record Report(int messages, double categoryAccuracy, double emotionAccuracy) {}

  private static Report evaluate(String file, boolean showMistakes) {
    List<LabelledMessage> messages = LabelledMessages.read(file);
    int[][] categories = new int[Category.values().length][Category.values().length];
    int[][] emotions = new int[Emotion.values().length][Emotion.values().length];
    List<String> mistakes = new ArrayList<>();
    for (LabelledMessage m : messages) {
      Classification c = classifier.classify(m.text());
      categories[m.category().ordinal()][c.category().ordinal()]++;
      emotions[m.emotion().ordinal()][c.emotion().ordinal()]++;
      if (c.category() != m.category() || c.emotion() != m.emotion()) {
        mistakes.add("  line %d: %s/%s -> %s/%s %.2f %s | %s".formatted(m.line(), m.category(),
            m.emotion(), c.category(), c.emotion(), c.confidence(), c.matchedTerms(), m.text()));
      }
    }
    StringBuilder out = new StringBuilder("\n=== triage accuracy: " + file + " ("
        + messages.size() + " messages) ===\n");
    Map<Category, Double> perCategory = new EnumMap<>(Category.class);
    for (Category category : Category.values()) {
      int[] row = categories[category.ordinal()];
      int total = sum(row);
      perCategory.put(category, total == 0 ? 0 : (double) row[category.ordinal()] / total);
      out.append("  %-20s %5.1f %%  (%d/%d)%n".formatted(category, 100 * perCategory.get(category),
          row[category.ordinal()], total));
    }
    double categoryAccuracy = diagonal(categories) / (double) messages.size();
    double emotionAccuracy = diagonal(emotions) / (double) messages.size();
    out.append("  category accuracy    %5.1f %%%n".formatted(100 * categoryAccuracy));
    out.append("  emotion accuracy     %5.1f %%%n".formatted(100 * emotionAccuracy));
    out.append(matrix("category confusion (rows: labelled, columns: classified)",
        categories, Category.values()));
    out.append(matrix("emotion confusion (rows: labelled, columns: classified)",
        emotions, Emotion.values()));
    if (showMistakes) {
      out.append("  mistakes (labelled -> classified):\n");
      mistakes.forEach(line -> out.append(line).append('\n'));
    } else {
      out.append("  (").append(mistakes.size()).append(" messages with a mistake; "
          + "not listed: this set is not for tuning)\n");
    }
    System.out.println(out);
    return new Report(messages.size(), categoryAccuracy, emotionAccuracy);
  }

  private static String matrix(String title, int[][] counts, Enum<?>[] labels) {
    StringBuilder out = new StringBuilder("  ").append(title).append('\n');
    out.append("  %-20s".formatted(""));
    for (Enum<?> label : labels) {
      out.append(" %8.8s".formatted(label.name()));
    }
    out.append('\n');
    for (Enum<?> row : labels) {
      out.append("  %-20s".formatted(row.name()));
      for (Enum<?> column : labels) {
        out.append(" %8d".formatted(counts[row.ordinal()][column.ordinal()]));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static int sum(int[] row) {
    int total = 0;
    for (int n : row) {
      total += n;
    }
    return total;
  }

  private static int diagonal(int[][] counts) {
    int total = 0;
    for (int i = 0; i < counts.length; i++) {
      total += counts[i][i];
    }
    return total;
  }
}
