package io.kefu.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/** The shipped templates, rendered; and what a broken template file does. */
class TemplateCatalogTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Instant FIRST = Instant.parse("2026-11-23T02:30:00Z");  // 10:30 in Shanghai
  static final Instant RESOLVE = Instant.parse("2026-11-24T10:00:00Z"); // 18:00 in Shanghai

  final TemplateCatalog catalog = new TemplateCatalog(shipped(), SHANGHAI);

  static Map<String, Resource> shipped() {
    Map<String, Resource> files = new LinkedHashMap<>();
    files.put("zh", new ClassPathResource("notify/templates/zh.yaml"));
    files.put("en", new ClassPathResource("notify/templates/en.yaml"));
    return files;
  }

  private static Map<String, Object> opening(String emotion, String orderNumber) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("caseNumber", "CS-20261123-000042");
    v.put("angry", "ANGRY".equals(emotion));
    v.put("upset", "UPSET".equals(emotion));
    v.put("calm", "CALM".equals(emotion));
    v.put("firstResponseBy", FIRST);
    v.put("resolutionBy", java.util.Date.from(RESOLVE));
    v.put("orderNumber", orderNumber);
    return v;
  }

  @Test
  void theOpeningPutsTheEmpatheticLineFirstAndStatesTheCaseAndTimesInKefusZone() {
    RenderedMessage zh = catalog.render(Templates.OPENING, "zh", opening("ANGRY", null));

    assertThat(zh.body()).startsWith("理解您的着急，我们会优先处理。")
        .contains("工单号 CS-20261123-000042", "2026-11-23 10:30 前回复您",
            "预计 2026-11-24 18:00 前处理完毕", "1) 相关订单号")
        .doesNotContain("{{", "您好，感谢");
    assertThat(zh.subject()).isEqualTo("您的请求已受理（工单 CS-20261123-000042）");
    assertThat(zh.email()).isEqualTo(zh.body());
    assertThat(zh.sms()).startsWith("【客服】").contains("CS-20261123-000042")
        .hasSizeLessThan(80);
    assertThat(zh.voice()).contains("自动语音");

    RenderedMessage en = catalog.render(Templates.OPENING, "en",
        opening("CALM", "O2026110100001"));
    assertThat(en.body()).startsWith("Hello, thank you for contacting customer service.")
        .contains("case CS-20261123-000042", "reply by 2026-11-23 10:30",
            "resolve it by 2026-11-24 18:00")
        .doesNotContain("order number"); // the order is known: not asked for again
    assertThat(en.subject()).isEqualTo("We have received your request (case CS-20261123-000042)");
  }

  @Test
  void anUnknownLanguageGetsTheDefaultChinese() {
    assertThat(catalog.render(Templates.OPENING, "ja", opening("UPSET", null)).body())
        .startsWith("您好，非常抱歉给您带来不便");
    assertThat(catalog.languages()).containsExactly("zh", "en");
  }

  @Test
  void clarificationAsksTheQuestionsAsANumberedList() {
    Map<String, Object> v = Map.of("caseNumber", "CS-1", "category",
        Templates.category("PAYMENT_REFUND"), "errorText", "支付失败 E102",
        "questions", List.of(Phrase.of(Templates.ASK_ORDER_NUMBER),
            Phrase.of(Templates.ASK_SCREENSHOT)));

    String zh = catalog.render(Templates.CLARIFICATION, "zh", v).body();
    assertThat(zh).contains("您遇到的问题是关于支付与退款，看到的提示信息是“支付失败 E102”，对吗？",
        "1) 相关订单号\n2) 问题的截图或照片\n");

    String en = catalog.render(Templates.CLARIFICATION, "en", v).body();
    assertThat(en).contains("your problem is about payment and refunds",
        "1) the order number\n2) a screenshot or photo of the problem\n");
  }

  @Test
  void apologyOffersOptionsWithTheirTimes() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("caseNumber", "CS-1");
    v.put("options", List.of(
        Map.of("label", "A", "text", "卖家重新发货", "due", FIRST),
        Map.of("label", "B", "text", "全额退款", "due", RESOLVE)));
    v.put("replyBy", null);

    String zh = catalog.render(Templates.APOLOGY_OPTIONS, "zh", v).body();
    assertThat(zh).startsWith("对给您带来的不便，我们深表歉意。")
        .contains("方案A：卖家重新发货，预计完成时间 2026-11-23 10:30\n"
            + "方案B：全额退款，预计完成时间 2026-11-24 18:00\n")
        .contains("请您选择一个方案，或告知是否需要继续协商。");
    v.put("replyBy", RESOLVE);
    assertThat(catalog.render(Templates.APOLOGY_OPTIONS, "en", v).body())
        .contains("Option A: 卖家重新发货, done by 2026-11-23 10:30",
            "Please choose one by 2026-11-24 18:00");
  }

  @Test
  void resolvedListsTheActionsTakenInTheBuyersLanguage() {
    Map<String, Object> v = Map.of("caseNumber", "CS-7", "closedWithoutReply", false,
        "actions", List.of(
            Phrase.of(Templates.ACTION_SELF_SERVICE_ANSWER_SENT, "title", "如何申请发票"),
            Phrase.of(Templates.ACTION_BUYER_CONFIRMED),
            "已退款 129.00 元",
            Phrase.of(Templates.ACTION_CASE_CLOSED, "caseNumber", "CS-7")));

    RenderedMessage zh = catalog.render(Templates.RESOLVED, "zh", v);
    assertThat(zh.body()).startsWith("问题已成功处理")
        .contains("以下是已执行的操作清单：\n1. 为您发送了自助解答“如何申请发票”\n2. 您确认问题已解决\n"
            + "3. 已退款 129.00 元\n4. 工单 CS-7 已关闭\n")
        .endsWith("如您发现仍有异常，请随时反馈，我们将继续跟进。");
    assertThat(zh.subject()).isEqualTo("问题已解决（工单 CS-7）");

    String en = catalog.render(Templates.RESOLVED, "en",
        Map.of("caseNumber", "CS-7", "closedWithoutReply", true,
            "actions", List.of(Phrase.of(Templates.ACTION_NO_REPLY)))).body();
    assertThat(en).startsWith("We did not hear back from you")
        .contains("1. We did not hear back from you within the agreed time");
  }

  @Test
  void aMissingPhraseShowsItsKeyRatherThanFailingTheStep() {
    String body = catalog.render(Templates.CLARIFICATION, "en", Map.of("caseNumber", "CS-1",
        "category", Templates.category("NEW_CATEGORY"), "questions", List.of())).body();
    assertThat(body).contains("about category.NEW_CATEGORY");
  }

  @Test
  void anUnknownValueInAnEditedTemplateStopsTheStartNamingFileAndTemplate(@TempDir Path dir)
      throws IOException {
    String zh = read("zh").replace("工单号 {{caseNumber}}。", "工单号 {{caseNo}}。");
    Map<String, Resource> files = files(dir, zh, read("en"));

    assertThatThrownBy(() -> new TemplateCatalog(files, SHANGHAI))
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessageContaining("zh.yaml").hasMessageContaining("opening")
        .hasMessageContaining("caseNo");
  }

  @Test
  void aMissingTemplateOrTranslationOrBrokenYamlStopsTheStart(@TempDir Path dir)
      throws IOException {
    String withoutResolved = read("en").replace("  resolved:", "  resolved-old:");
    assertThatThrownBy(() -> new TemplateCatalog(files(dir, read("zh"), withoutResolved),
        SHANGHAI))
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessageContaining("en.yaml").hasMessageContaining("'resolved'");

    String extra = read("zh").replace("phrases:", "phrases:\n  extra.only-in-zh: \"x\"");
    assertThatThrownBy(() -> new TemplateCatalog(files(dir, extra, read("en")), SHANGHAI))
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessageContaining("translation");

    assertThatThrownBy(() -> new TemplateCatalog(files(dir, "templates: [", read("en")),
        SHANGHAI))
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessageContaining("not valid YAML");

    String unclosed = read("zh").replace("{{/angry}}", "");
    assertThatThrownBy(() -> new TemplateCatalog(files(dir, unclosed, read("en")), SHANGHAI))
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessageContaining("template opening, body");
  }

  @Test
  void processOwnersCanChangeTheWordingInAFileOutsideTheBuild(@TempDir Path dir)
      throws IOException {
    String zh = read("zh").replace("已为您转接人工客服，", "已为您安排专属客服，");
    TemplateCatalog edited = new TemplateCatalog(files(dir, zh, read("en")), SHANGHAI);

    assertThat(edited.render(Templates.HANDOVER, "zh",
        Map.of("caseNumber", "CS-1", "firstResponseBy", FIRST)).body())
        .isEqualTo("已为您安排专属客服，我们会在 2026-11-23 10:30 前回复您。");
  }

  private static String read(String language) throws IOException {
    return new ClassPathResource("notify/templates/" + language + ".yaml")
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private static Map<String, Resource> files(Path dir, String zh, String en) throws IOException {
    Files.writeString(dir.resolve("zh.yaml"), zh);
    Files.writeString(dir.resolve("en.yaml"), en);
    Map<String, Resource> files = new LinkedHashMap<>();
    files.put("zh", new FileSystemResource(dir.resolve("zh.yaml")));
    files.put("en", new FileSystemResource(dir.resolve("en.yaml")));
    return files;
  }
}
