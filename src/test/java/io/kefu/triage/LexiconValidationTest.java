package io.kefu.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/** A broken lexicon is rejected at load with a message naming the lexicon, the line and term. */
class LexiconValidationTest {

  /** A small valid lexicon; the tests break one line of it. */
  static final String VALID = """
      default-category: ORDER_QUERY
      categories:
        ACCOUNT_SECURITY:
          被盗: 5
        TRANSACTION_DISPUTE:
          假货: 5
        PAYMENT_REFUND:
          refund: 5
        LOGISTICS:
          包裹: 3
        ORDER_QUERY:
          订单: 3
        FEATURE_USAGE:
          优惠券: 4
      emotion:
        angry-at: 3
        upset-at: 2
        ANGRY:
          terms:
            气死: 3
          patterns:
            - name: "!!"
              regex: '!{2,}'
              weight: 3
        UPSET:
          terms:
            着急: 2
      """;

  static RequestClassifier load(String yaml) {
    return new RequestClassifier(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test-lexicon.yaml");
  }

  private static String broken(String line, String replacement) {
    assertThat(VALID).contains(line);
    return VALID.replace(line, replacement);
  }

  @Test
  void theTemplateIsValid() {
    try (RequestClassifier classifier = load(VALID)) {
      assertThat(classifier.classify("包裹还没到").category()).isEqualTo(Category.LOGISTICS);
    }
  }

  @Test
  void unknownCategoryIsRejectedWithItsLine() {
    assertThatThrownBy(() -> load(broken("  LOGISTICS:", "  LOGISTIC:")))
        .isInstanceOf(InvalidLexiconException.class)
        .hasMessageContaining("test-lexicon.yaml, line 9")
        .hasMessageContaining("unknown category 'LOGISTIC'")
        .hasMessageContaining("LOGISTICS");
  }

  @Test
  void unknownDefaultCategoryIsRejected() {
    assertThatThrownBy(() -> load(broken("default-category: ORDER_QUERY",
        "default-category: ORDERS")))
        .isInstanceOf(InvalidLexiconException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("unknown category 'ORDERS'");
  }

  @Test
  void emptyTermIsRejected() {
    assertThatThrownBy(() -> load(broken("    包裹: 3", "    \"  \": 3")))
        .isInstanceOf(InvalidLexiconException.class)
        .hasMessageContaining("line 10")
        .hasMessageContaining("category LOGISTICS: empty term");
  }

  @Test
  void termOfPunctuationOnlyIsRejected() {
    assertThatThrownBy(() -> load(broken("    包裹: 3", "    \"!!!\": 3")))
        .isInstanceOf(InvalidLexiconException.class)
        .hasMessageContaining("line 10")
        .hasMessageContaining("term '!!!' has no words")
        .hasMessageContaining("pattern");
  }

  @Test
  void missingOrBadWeightIsRejected() {
    assertThatThrownBy(() -> load(broken("    包裹: 3", "    包裹:")))
        .isInstanceOf(InvalidLexiconException.class)
        .hasMessageContaining("line 10")
        .hasMessageContaining("term '包裹' has no weight");
    assertThatThrownBy(() -> load(broken("    包裹: 3", "    包裹: -1")))
        .isInstanceOf(InvalidLexiconException.class)
        .hasMessageContaining("line 10")
        .hasMessageContaining("must be a positive number, not '-1'");
    assertThatThrownBy(() -> load(broken("    包裹: 3", "    包裹: high")))
        .isInstanceOf(InvalidLexiconException.class)
        .hasMessageContaining("not 'high'");
  }

  @Test
  void aTermListedTwiceIsRejectedNamingBothLines() {
    // "refunds" is stemmed to "refund": the same term once analysed
    assertThatThrownBy(() -> load(broken("    订单: 3", "    订单: 3\n    refunds: 2")))
        .isInstanceOf(InvalidLexiconException.class)
        .hasMessageContaining("line 13")
        .hasMessageContaining("term 'refunds' is already listed as 'refund' for PAYMENT_REFUND "
            + "at line 8");
  }

  @Test
  void everyCategoryNeedsTerms() {
    assertThatThrownBy(() -> load(broken("  FEATURE_USAGE:\n    优惠券: 4\n", "")))
        .isInstanceOf(InvalidLexiconException.class)
        .hasMessageContaining("[FEATURE_USAGE] have no terms");
  }

  @Test
  void invalidRegexIsRejected() {
    assertThatThrownBy(() -> load(broken("regex: '!{2,}'", "regex: '!{2,'")))
        .isInstanceOf(InvalidLexiconException.class)
        .hasMessageContaining("line 23")
        .hasMessageContaining("regex '!{2,' is invalid");
  }

  @Test
  void misspelledKeyIsRejected() {
    assertThatThrownBy(() -> load(broken("emotion:", "emotions:")))
        .isInstanceOf(InvalidLexiconException.class)
        .hasMessageContaining("unexpected key 'emotions'");
    assertThatThrownBy(() -> load(broken("    terms:\n      着急: 2", "    term:\n      着急: 2")))
        .isInstanceOf(InvalidLexiconException.class)
        .hasMessageContaining("emotion UPSET: unexpected key 'term'");
  }

  @Test
  void invalidYamlIsRejectedWithItsLine() {
    assertThatThrownBy(() -> load(broken("    包裹: 3", "    包裹: [3")))
        .isInstanceOf(InvalidLexiconException.class)
        .hasMessageContaining("not valid YAML");
    assertThatThrownBy(() -> load(""))
        .isInstanceOf(InvalidLexiconException.class)
        .hasMessageContaining("the lexicon is empty");
  }

  @Test
  void missingLexiconFileIsReported() {
    var missing = new DefaultResourceLoader().getResource("file:/nonexistent/kefu/lexicon.yaml");
    var missingOnClasspath = new DefaultResourceLoader().getResource("classpath:triage/none.yaml");
    assertThatThrownBy(() -> new RequestClassifier(missing))
        .isInstanceOf(InvalidLexiconException.class)
        .hasMessageContaining("Triage lexicon not found")
        .hasMessageContaining("/nonexistent/kefu/lexicon.yaml")
        .hasMessageContaining(RequestClassifier.LEXICON_PROPERTY);
    assertThatThrownBy(() -> new RequestClassifier(missingOnClasspath))
        .isInstanceOf(InvalidLexiconException.class)
        .hasMessageContaining("Triage lexicon not found")
        .hasMessageContaining("triage/none.yaml");
  }
}
