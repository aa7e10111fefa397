package io.kefu.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;

/** Behaviour of the classifier with the shipped lexicon, and with a lexicon elsewhere. */
class RequestClassifierTest {

  /** Resolves locations the way Spring resolves the value of {@code kefu.triage.lexicon}. */
  private static final ResourceLoader LOCATIONS = new DefaultResourceLoader();

  private static RequestClassifier classifier;

  @BeforeAll
  static void load() {
    classifier = new RequestClassifier(LOCATIONS.getResource(RequestClassifier.DEFAULT_LEXICON));
  }

  @AfterAll
  static void close() {
    classifier.close();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\n\t ", "　"})
  void emptyOrBlankTextGivesTheDefaultWithConfidenceZero(String text) {
    Classification result = classifier.classify(text);

    assertThat(result.category()).isEqualTo(Category.ORDER_QUERY);
    assertThat(result.emotion()).isEqualTo(Emotion.CALM);
    assertThat(result.confidence()).isZero();
    assertThat(result.matchedTerms()).isEmpty();
  }

  @Test
  void textWithoutAnyTermGivesTheDefaultWithConfidenceZero() {
    Classification result = classifier.classify("在吗？在吗");

    assertThat(result.category()).isEqualTo(Category.ORDER_QUERY);
    assertThat(result.confidence()).isZero();
  }

  @Test
  void mixedChineseAndEnglish() {
    Classification refund = classifier.classify("我的refund还没到账，bank那边说没有记录");
    assertThat(refund.category()).isEqualTo(Category.PAYMENT_REFUND);
    assertThat(refund.matchedTerms()).contains("refund", "没到账");

    Classification hacked = classifier.classify("账号被hack了，有个陌生的device登录");
    assertThat(hacked.category()).isEqualTo(Category.ACCOUNT_SECURITY);
    assertThat(hacked.matchedTerms()).contains("hack", "device");
  }

  @Test
  void englishIsMatchedOnStemsAndWholeWords() {
    assertThat(classifier.classify("Where are my refunds?").matchedTerms()).contains("refund");
    assertThat(classifier.classify("I was refunded only half").matchedTerms())
        .contains("refund");
    // "log in" must not match inside "blog in"
    assertThat(classifier.classify("I read a blog in the app").matchedTerms())
        .doesNotContain("log in");
  }

  @Test
  void chineseTermsMatchWhateverTheSegmenterMadeOfTheContext() {
    // SmartChineseAnalyzer splits this as 我|还|没收|到货: 没收到 still matches
    Classification result = classifier.classify("我还没收到货");

    assertThat(result.category()).isEqualTo(Category.LOGISTICS);
    assertThat(result.matchedTerms()).contains("没收到");
  }

  @Test
  void maskedPersonalDataDoesNotBreakIt() {
    Classification result = classifier.classify(
        "订单号 2024***8891，收件人手机 138****5678，快递显示已签收但我没收到");
    assertThat(result.category()).isEqualTo(Category.LOGISTICS);
    assertThat(result.matchedTerms()).contains("签收", "没收到");

    Classification masked = classifier.classify("*** *** ****** ***");
    assertThat(masked.category()).isEqualTo(Category.ORDER_QUERY);
    assertThat(masked.confidence()).isZero();
  }

  @Test
  void emotionLevels() {
    assertThat(classifier.classify("请问怎么领优惠券").emotion()).isEqualTo(Emotion.CALM);
    assertThat(classifier.classify("退款怎么还没到，我很着急").emotion()).isEqualTo(Emotion.UPSET);
    assertThat(classifier.classify("What a garbage courier, lost my parcel").emotion())
        .isEqualTo(Emotion.ANGRY);
    assertThat(classifier.classify("REFUND MY MONEY RIGHT NOW").emotion())
        .isEqualTo(Emotion.ANGRY);
    assertThat(classifier.classify("快递到底什么时候到！！！").emotion()).isEqualTo(Emotion.ANGRY);
    assertThat(classifier.classify("卖假货的骗子，我要去12315投诉").emotion())
        .isEqualTo(Emotion.ANGRY);
  }

  @Test
  void matchedTermsExplainTheChosenCategoryThenTheEmotion() {
    Classification result = classifier.classify("快递显示已签收，我根本没收到，气死了!!");

    assertThat(result.category()).isEqualTo(Category.LOGISTICS);
    assertThat(result.emotion()).isEqualTo(Emotion.ANGRY);
    assertThat(result.matchedTerms()).startsWith("快递", "签收", "没收到").contains("气死", "!!");
  }

  @Test
  void aLongerPhraseOverridesTheWordInsideIt() {
    // 退款 alone is PAYMENT_REFUND; 仅退款 is a dispute remedy
    assertThat(classifier.classify("退款").category()).isEqualTo(Category.PAYMENT_REFUND);
    Classification result = classifier.classify("申请仅退款");
    assertThat(result.category()).isEqualTo(Category.TRANSACTION_DISPUTE);
    assertThat(result.matchedTerms()).containsExactly("仅退款");
  }

  @Test
  void confidenceGrowsWithEvidenceAndDropsWhenCategoriesCompete() {
    double one = classifier.classify("包裹").confidence();
    double several = classifier.classify("包裹丢了，快递员说驿站没有").confidence();
    double contested = classifier.classify("包裹 订单").confidence();

    assertThat(one).isBetween(0.0, 1.0).isPositive();
    assertThat(several).isGreaterThan(one).isLessThanOrEqualTo(1.0);
    assertThat(contested).isLessThan(one);
  }

  @Test
  void veryLongTextIsClassifiedOnItsBeginning() {
    String text = "退款还没到账。" + "啊".repeat(50_000) + "快递 快递 快递";

    Classification result = classifier.classify(text);

    assertThat(result.category()).isEqualTo(Category.PAYMENT_REFUND);
    assertThat(result.matchedTerms()).doesNotContain("快递");
  }

  @Test
  void deterministicAndThreadSafe() throws Exception {
    List<String> messages = List.of("快递显示已签收但没收到", "My account was hacked!!!",
        "refund 什么时候到账", "怎么用优惠券", "卖家发错货了还不给退", "I want to cancel my order");
    List<Classification> expected = messages.stream().map(classifier::classify).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<Classification>>> jobs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        jobs.add(() -> {
          List<Classification> results = new ArrayList<>();
          for (int round = 0; round < 25; round++) {
            results = messages.stream().map(classifier::classify).toList();
          }
          return results;
        });
      }
      for (Future<List<Classification>> result : pool.invokeAll(jobs)) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aLexiconAtAnotherLocationIsHonoured(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("lexicon.yaml");
    Files.writeString(file, LexiconValidationTest.VALID
        .replace("default-category: ORDER_QUERY", "default-category: FEATURE_USAGE")
        .replace("    包裹: 3", "    包裹: 3\n    骆驼: 6"), StandardCharsets.UTF_8);

    // the value an operator puts into kefu.triage.lexicon
    try (RequestClassifier custom =
        new RequestClassifier(LOCATIONS.getResource("file:" + file.toAbsolutePath()))) {
      assertThat(custom.classify("骆驼").category()).isEqualTo(Category.LOGISTICS);
      assertThat(custom.classify("骆驼").matchedTerms()).containsExactly("骆驼");
      assertThat(custom.classify("nothing known here").category())
          .isEqualTo(Category.FEATURE_USAGE);
    }
    // the shipped lexicon knows no camels
    assertThat(classifier.classify("骆驼").confidence()).isZero();
  }

  @Test
  void theDefaultLocationIsTheShippedLexicon() {
    assertThat(RequestClassifier.DEFAULT_LEXICON).isEqualTo("classpath:triage/lexicon.yaml");
    assertThat(LOCATIONS.getResource(RequestClassifier.DEFAULT_LEXICON).exists()).isTrue();
  }
}
