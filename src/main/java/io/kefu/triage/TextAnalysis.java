package io.kefu.triage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns text (a buyer message or a lexicon term) into the units that terms are matched on.
 *
 * <p>The text is NFKC-normalised (full-width letters, digits and punctuation become half-width)
 * and analysed by Lucene's {@link SmartChineseAnalyzer}: Chinese is segmented into words, English
 * is lower-cased and Porter-stemmed, punctuation is dropped. Every English word or number becomes
 * one unit; a Chinese word becomes one unit per character, the first flagged as a word start. A
 * term is matched on units from a word start, so Chinese terms are matched regardless of how the
 * segmenter happened to split the surrounding words (it splits {@code 没收到} as 没收|到 but
 * {@code 我还没收到货} as 我|还|没收|到货), while English terms still match whole stemmed words only.
 *
 * <p>Thread-safe: the analyzer keeps its token streams per thread.
 */
final class TextAnalysis implements AutoCloseable {

  /** One matching unit: a stemmed English word, a number, or one Chinese character. */
  record Unit(String value, boolean wordStart) {}

  private final Analyzer analyzer = new SmartChineseAnalyzer();

  /** The text as the patterns of the lexicon see it: NFKC-normalised. */
  static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /** The units of {@code text}, in order; empty when it holds no word. */
  List<Unit> analyze(String text) {
    List<Unit> units = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream("text", normalize(text))) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        addUnits(term.toString(), units);
      }
      tokens.end();
    } catch (IOException e) {
      // a StringReader does not fail
      throw new UncheckedIOException(e);
    }
    return units;
  }

  private static void addUnits(String token, List<Unit> units) {
    if (token.isEmpty()) {
      return;
    }
    if (token.codePoints().allMatch(TextAnalysis::isHan)) {
      int[] chars = token.codePoints().toArray();
      for (int i = 0; i < chars.length; i++) {
        units.add(new Unit(Character.toString(chars[i]), i == 0));
      }
    } else {
      units.add(new Unit(token, true));
    }
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
