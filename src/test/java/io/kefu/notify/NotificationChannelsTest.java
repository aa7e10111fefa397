package io.kefu.notify;

import static io.kefu.notify.NotifyTestSupport.customerWithEmail;
import static io.kefu.notify.NotifyTestSupport.delivery;
import static io.kefu.notify.NotifyTestSupport.only;
import static io.kefu.notify.NotifyTestSupport.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kefu.cases.CaseRecord;
import io.kefu.cases.CaseRepository;
import io.kefu.intake.IntakeService;
import io.kefu.marketplace.Customer;
import io.kefu.marketplace.CustomerDirectory;
import io.kefu.notify.NotificationOutbox.Status;
import io.kefu.testsupport.KefuApi;
import io.kefu.testsupport.KefuSpringTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Each channel for real: e-mail over SMTP, in-app through the API, SMS and voice simulators. */
@KefuSpringTest
class NotificationChannelsTest {

  @Autowired IntakeService intake;
  @Autowired CaseRepository cases;
  @Autowired CustomerDirectory customers;
  @Autowired NotificationOutbox outbox;
  @Autowired NotificationDispatcher dispatcher;
  @Autowired Notifier notifier;
  @Autowired EmailSender email;
  @Autowired SimulatedSmsGateway sms;
  @Autowired SimulatedVoiceCallGateway voice;
  @Autowired TransactionTemplate tx;
  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  static void smtp() {
    TestSmtpServer.start();
  }

  @AfterEach
  void reset() {
    sms.setFailing(false);
    voice.setFailing(false);
    ClockUtil.reset();
  }

  @Test
  void anEnglishBuyerGetsTheOpeningByEmailOverSmtpInEnglish() throws Exception {
    String customerId = customerWithEmail(jdbc, "en");
    Customer customer = customers.findCustomer(customerId).orElseThrow();
    CaseRecord c = submit(intake, cases, customerId,
        "My parcel is a week late and the tracking page shows nothing");
    NotificationOutbox.Notification opening = only(outbox, c.id(), Templates.OPENING);
    assertThat(delivery(outbox, opening.id(), Channel.EMAIL).status()).isEqualTo(Status.PENDING);

    dispatcher.dispatchDue();

    List<MimeMessage> mails = TestSmtpServer.received(email.messageId(opening.id()));
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.get(0);
    assertThat(mail.getMessageID()).isEqualTo("<notification-" + opening.id() + "@kefu.test>");
    assertThat(mail.getSubject())
        .isEqualTo("We have received your request (case " + c.caseNumber() + ")");
    assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress())
        .isEqualTo(customer.email());
    assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("no-reply@kefu.test");
    assertThat(mail.getHeader("Content-Language")).containsExactly("en");
    assertThat(mail.getContentType()).contains("text/plain").containsIgnoringCase("UTF-8");
    assertThat(((String) mail.getContent()).replace("\r\n", "\n").strip())
        .isEqualTo(opening.body())
        .contains("Your request has been received as case " + c.caseNumber());
    assertThat(delivery(outbox, opening.id(), Channel.EMAIL)).satisfies(d -> {
      assertThat(d.status()).isEqualTo(Status.SENT);
      assertThat(d.attempts()).isEqualTo(1);
      assertThat(d.sentAt()).isNotNull();
    });
  }

  @Test
  void aChineseBuyerGetsItInChinese() throws Exception {
    String customerId = customerWithEmail(jdbc, "zh");
    CaseRecord c = submit(intake, cases, customerId, "收到的杯子有裂缝，和图片不一样，想退货");
    NotificationOutbox.Notification opening = only(outbox, c.id(), Templates.OPENING);

    dispatcher.dispatchDue();

    MimeMessage mail = TestSmtpServer.received(email.messageId(opening.id())).get(0);
    assertThat(mail.getSubject()).isEqualTo("您的请求已受理（工单 " + c.caseNumber() + "）");
    assertThat(mail.getHeader("Content-Language")).containsExactly("zh-CN");
    assertThat((String) mail.getContent()).contains("您的请求已受理，工单号 " + c.caseNumber());
    assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("客服 kefu");
  }

  @Test
  void inAppMessagesAreReadableThroughTheApi() {
    ensureSecondChannelAccount();
    KefuApi api = new KefuApi(http);
    String customerId = customerWithEmail(jdbc, "zh");
    KefuApi.Response created = api.post("/api/v1/requests",
        KefuApi.request(customerId, null, "快递显示已签收，但是我没有收到，快递员也联系不上"));
    assertThat(created.status()).isEqualTo(201);
    String path = "/api/v1/requests/" + created.text("caseNumber");

    KefuApi.Response list = api.get(path + "/notifications");

    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json()).hasSize(1);
    JsonNode opening = list.json().get(0);
    assertThat(opening.get("template").asText()).isEqualTo(Templates.OPENING);
    assertThat(opening.get("kind").asText()).isEqualTo("ACKNOWLEDGED");
    assertThat(opening.get("message").asText()).isEqualTo(created.text("greeting"))
        .contains(created.text("caseNumber"));
    List<String> channels = new ArrayList<>();
    opening.get("deliveries").forEach(d -> channels.add(d.get("channel").asText() + ":"
        + d.get("status").asText()));
    assertThat(channels).containsExactly("IN_APP:SENT", "EMAIL:PENDING");

    List<String> timeline = new ArrayList<>();
    api.get(path).json().get("timeline").forEach(e -> timeline.add(e.get("kind").asText() + ":"
        + e.get("text").asText()));
    assertThat(timeline).contains("ACKNOWLEDGED:" + created.text("greeting"));

    assertThat(new KefuApi(http, "channel-wechat").get(path + "/notifications").status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/requests/CS-20000101-000000/notifications").status())
        .isEqualTo(404);
  }

  @Test
  void smsAndVoiceSimulatorsRecordWhatWouldHaveBeenSent() {
    String customerId = customerWithEmail(jdbc, "zh");
    Customer customer = customers.findCustomer(customerId).orElseThrow();
    CaseRecord c = submit(intake, cases, customerId, "包裹一直没有更新物流信息，已经五天了");
    Notifier.Sent sent = tx.execute(s -> notifier.send(
        NotificationRequest.forCase(c.id(), Templates.APOLOGY_OPTIONS, "test/apology")
            .timeline("OPTIONS_OFFERED")
            .value("options", List.of(
                Map.of("label", "A", "text", "补发商品", "due", Instant.now().plus(Duration.ofDays(2))),
                Map.of("label", "B", "text", "全额退款", "due", Instant.now().plus(Duration.ofDays(1)))))
            .value("replyBy", null)
            .alsoBy(Channel.SMS, Channel.VOICE)));
    assertThat(sent.channels()).containsExactly(Channel.IN_APP, Channel.EMAIL, Channel.SMS,
        Channel.VOICE);

    dispatcher.dispatchDue();

    String smsReference = "kefu-notification-" + sent.notificationId() + "-sms";
    assertThat(sms.recordedWithReference(smsReference)).singleElement().satisfies(m -> {
      assertThat(m.customerId()).isEqualTo(customerId);
      assertThat(m.phoneLast4()).isEqualTo(customer.phoneLast4());
      assertThat(m.language()).isEqualTo("zh");
      assertThat(m.text()).isEqualTo("【客服】关于工单 " + c.caseNumber()
          + "，我们为您准备了处理方案，请在 App 消息中查看并选择。");
    });
    assertThat(voice.recordedWithReference("kefu-notification-" + sent.notificationId()
        + "-voice")).singleElement()
        .satisfies(m -> assertThat(m.text()).contains(c.caseNumber()));
    assertThat(outbox.deliveriesOf(sent.notificationId()))
        .allSatisfy(d -> assertThat(d.status()).isEqualTo(Status.SENT));
  }

  @Test
  void simulatorsToldToFailAreRetriedAndFinallyFailed() {
    String customerId = customerWithEmail(jdbc, "en");
    CaseRecord c = submit(intake, cases, customerId, "Where is the search filter for price?");
    dispatcher.dispatchDue(); // what intake queued goes first
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    ClockUtil.setCurrentTime(Date.from(t0));
    sms.failNext(1);
    voice.setFailing(true);
    Notifier.Sent sent = tx.execute(s -> notifier.send(
        NotificationRequest.forCase(c.id(), Templates.HANDOVER, "test/failing")
            .timeline("HANDED_TO_AGENT").value("firstResponseBy", t0.plus(Duration.ofHours(1)))
            .alsoBy(Channel.SMS, Channel.VOICE)));

    dispatcher.dispatchDue();
    assertThat(delivery(outbox, sent.notificationId(), Channel.SMS)).satisfies(d -> {
      assertThat(d.status()).isEqualTo(Status.PENDING);
      assertThat(d.lastError()).isEqualTo("SimulatedFailure");
    });

    ClockUtil.setCurrentTime(Date.from(t0.plus(Duration.ofMinutes(1))));
    dispatcher.dispatchDue();
    assertThat(delivery(outbox, sent.notificationId(), Channel.SMS)).satisfies(d -> {
      assertThat(d.status()).isEqualTo(Status.SENT);
      assertThat(d.attempts()).isEqualTo(2);
    });
    assertThat(sms.recordedFor(customerId)).filteredOn(m -> m.text().contains("An agent"))
        .hasSize(1);

    ClockUtil.setCurrentTime(Date.from(t0.plus(Duration.ofMinutes(3))));
    dispatcher.dispatchDue();
    assertThat(delivery(outbox, sent.notificationId(), Channel.VOICE)).satisfies(d -> {
      assertThat(d.status()).isEqualTo(Status.FAILED);
      assertThat(d.attempts()).isEqualTo(3);
    });
    assertThat(voice.recordedWithReference("kefu-notification-" + sent.notificationId()
        + "-voice")).isEmpty();
  }

  @Test
  void anUrgentCaseIsAlsoToldBySms() {
    String customerId = customerWithEmail(jdbc, "zh");
    CaseRecord c = submit(intake, cases, customerId, "我的账号被盗了，有人异地登录还改了密码");
    assertThat(c.priority()).isIn("P1", "P2");

    NotificationOutbox.Notification opening = only(outbox, c.id(), Templates.OPENING);
    assertThat(outbox.deliveriesOf(opening.id())).extracting(NotificationOutbox.Delivery::channel)
        .containsExactly(Channel.EMAIL, Channel.SMS);
    dispatcher.dispatchDue();
    assertThat(sms.recordedFor(customerId)).singleElement()
        .satisfies(m -> assertThat(m.text()).startsWith("【客服】您的请求已受理"));
  }

  private void ensureSecondChannelAccount() {
    if (identity.createUserQuery().userId("channel-wechat").count() == 0) {
      User user = identity.newUser("channel-wechat");
      user.setPassword(KefuApi.PASSWORD);
      identity.saveUser(user);
      identity.createMembership("channel-wechat", "channels");
    }
  }
}
