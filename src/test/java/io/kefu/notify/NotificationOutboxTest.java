package io.kefu.notify;

import static io.kefu.notify.NotifyTestSupport.customerWithEmail;
import static io.kefu.notify.NotifyTestSupport.delivery;
import static io.kefu.notify.NotifyTestSupport.events;
import static io.kefu.notify.NotifyTestSupport.only;
import static io.kefu.notify.NotifyTestSupport.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.cases.CaseRecord;
import io.kefu.cases.CaseRepository;
import io.kefu.intake.IntakeService;
import io.kefu.notify.NotificationOutbox.Status;
import io.kefu.testsupport.KefuSpringTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactional outbox: a notification exists exactly when the step that caused it
 * committed, and is delivered after commit, once, with retries.
 */
@KefuSpringTest
class NotificationOutboxTest {

  /** Acknowledge (the real delegate), then a step that may fail: one transaction. */
  static final String SYNC = "notify-outbox-sync-test";
  /** The same behind an asynchronous continuation: the two steps run as one job. */
  static final String ASYNC = "notify-outbox-async-test";

  @Autowired IntakeService intake;
  @Autowired CaseRepository cases;
  @Autowired NotificationOutbox outbox;
  @Autowired NotificationDispatcher dispatcher;
  @Autowired Notifier notifier;
  @Autowired EmailSender email;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;

  private static boolean deployed;

  @BeforeAll
  static void smtp() {
    TestSmtpServer.start();
  }

  @AfterEach
  void reset() {
    FailingStep.failuresLeft.set(0);
    ClockUtil.reset();
    TestSmtpServer.start();
  }

  private void deployTestProcesses() {
    if (deployed) {
      return;
    }
    repository.createDeployment().name("notify outbox tests")
        .addModelInstance(SYNC + ".bpmn", model(SYNC, false))
        .addModelInstance(ASYNC + ".bpmn", model(ASYNC, true))
        .deploy();
    deployed = true;
  }

  private static BpmnModelInstance model(String key, boolean async) {
    return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent()
        .serviceTask("Task_Acknowledge").camundaAsyncBefore(async)
        .camundaDelegateExpression("${acknowledgeRequest}")
        .serviceTask("Task_Then").camundaClass(FailingStep.class.getName())
        .endEvent()
        .done();
  }

  private static Map<String, Object> variables(CaseRecord c) {
    Instant now = Instant.now();
    return Map.of("caseId", c.id(), "emotion", "CALM",
        "firstResponseDue", Date.from(now.plus(Duration.ofHours(1))),
        "resolutionDue", Date.from(now.plus(Duration.ofDays(1))));
  }

  private static String keyOf(CaseRecord c, ProcessInstance pi) {
    return "case/" + c.id() + "/" + pi.getId() + "/Task_Acknowledge/" + Templates.OPENING;
  }

  private CaseRecord newCase(String language, String description) {
    return submit(intake, cases, customerWithEmail(jdbc, language), description);
  }

  @Test
  void aStepThatRollsBackLeavesNoNotificationAndNothingIsSent() {
    deployTestProcesses();
    CaseRecord c = newCase("zh", "卖家发的耳机是坏的，左耳没有声音，要求换货");
    NotificationOutbox.Notification intakeOpening = only(outbox, c.id(), Templates.OPENING);
    long deliveriesBefore = countDeliveries();

    // the engine: acknowledge notifies, the next step in the same transaction fails
    FailingStep.failuresLeft.set(1);
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(SYNC, c.caseNumber(),
        variables(c))).hasMessageContaining("simulated failure");

    // a caller's own transaction that rolls back after notifying
    String key = "test/rollback/" + UUID.randomUUID();
    Notifier.Sent sent = tx.execute(status -> {
      Notifier.Sent s = notifier.send(NotificationRequest.forCase(c.id(), Templates.HANDOVER,
          key).timeline("HANDED_TO_AGENT").value("firstResponseBy", Instant.now()));
      status.setRollbackOnly();
      return s;
    });
    assertThat(sent.recorded()).isTrue(); // it was recorded - in a transaction that rolled back

    assertThat(outbox.ofCase(c.id())).extracting(NotificationOutbox.Notification::id)
        .containsExactly(intakeOpening.id());
    assertThat(outbox.find(sent.notificationId())).isEmpty();
    assertThat(countDeliveries()).isEqualTo(deliveriesBefore);
    assertThat(events(cases, c.id(), "ACKNOWLEDGED", true)).hasSize(1);
    assertThat(events(cases, c.id(), "HANDED_TO_AGENT", true)).isEmpty();

    dispatcher.dispatchDue();
    assertThat(TestSmtpServer.received(email.messageId(sent.notificationId()))).isEmpty();
    assertThat(TestSmtpServer.received(email.messageId(intakeOpening.id()))).hasSize(1);
  }

  @Test
  void aJobRetriedAfterAFailureAfterTheNotificationWasRecordedSendsOnce() {
    deployTestProcesses();
    CaseRecord c = newCase("en", "The courier lost my parcel, tracking has not moved for days");
    FailingStep.failuresLeft.set(1);
    ProcessInstance pi = runtime.startProcessInstanceByKey(ASYNC, c.caseNumber(), variables(c));
    Job job = management.createJobQuery().processInstanceId(pi.getId()).singleResult();

    // first run: the notification is recorded, then the job fails and its transaction rolls back
    assertThatThrownBy(() -> management.executeJob(job.getId()))
        .hasMessageContaining("simulated failure");
    assertThat(outbox.findByKey(keyOf(c, pi))).isEmpty();
    dispatcher.dispatchDue();

    // the retry runs the step again: one notification, one e-mail
    management.executeJob(job.getId());
    NotificationOutbox.Notification n = outbox.findByKey(keyOf(c, pi)).orElseThrow();
    assertThat(outbox.deliveriesOf(n.id())).extracting(NotificationOutbox.Delivery::channel)
        .containsExactly(Channel.EMAIL);
    dispatcher.dispatchDue();
    dispatcher.dispatchDue();

    assertThat(TestSmtpServer.received(email.messageId(n.id()))).hasSize(1);
    assertThat(delivery(outbox, n.id(), Channel.EMAIL))
        .satisfies(d -> {
          assertThat(d.status()).isEqualTo(Status.SENT);
          assertThat(d.attempts()).isEqualTo(1);
        });
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count())
        .isZero();
  }

  @Test
  void aStepThatRunsAgainAfterItsNotificationCommittedAddsNothing() {
    CaseRecord c = newCase("zh", "订单显示已签收，但是我根本没有收到包裹");
    ProcessInstance pi = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(c.caseNumber()).singleResult();
    NotificationOutbox.Notification opening = only(outbox, c.id(), Templates.OPENING);

    // an operator re-runs "Acknowledge request" of the same process instance
    runtime.createProcessInstanceModification(pi.getId())
        .startBeforeActivity("Task_AcknowledgeRequest").execute();

    assertThat(only(outbox, c.id(), Templates.OPENING).id()).isEqualTo(opening.id());
    assertThat(events(cases, c.id(), "ACKNOWLEDGED", true)).hasSize(1);

    // and the Notifier itself: the same request twice, in two transactions
    NotificationRequest again = NotificationRequest.forCase(c.id(), Templates.DIAGNOSIS_DONE,
        "test/twice").timeline("DIAGNOSIS_DONE").value("resolutionBy", null);
    Notifier.Sent first = tx.execute(s -> notifier.send(again));
    Notifier.Sent second = tx.execute(s -> notifier.send(again));
    assertThat(first.recorded()).isTrue();
    assertThat(second.recorded()).isFalse();
    assertThat(second.notificationId()).isEqualTo(first.notificationId());
    assertThat(second.message()).isEqualTo(first.message());
    assertThat(events(cases, c.id(), "DIAGNOSIS_DONE", true)).hasSize(1);
  }

  @Test
  void withSmtpDownTheEmailIsRetriedWithBackoffThenFailedAndTheProcessGoesOn() {
    CaseRecord c = newCase("zh", "退货寄回去一周了，卖家一直不确认收货也不退款");
    NotificationOutbox.Notification opening = only(outbox, c.id(), Templates.OPENING);
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    ClockUtil.setCurrentTime(Date.from(t0));
    TestSmtpServer.stop();

    dispatcher.dispatchDue(); // attempt 1 of 3
    NotificationOutbox.Delivery first = delivery(outbox, opening.id(), Channel.EMAIL);
    assertThat(first.status()).isEqualTo(Status.PENDING);
    assertThat(first.attempts()).isEqualTo(1);
    assertThat(first.nextAttemptAt()).isEqualTo(t0.plus(Duration.ofMinutes(1)));
    assertThat(first.lastError()).contains("MailSendException");

    dispatcher.dispatchDue(); // not due yet
    assertThat(delivery(outbox, opening.id(), Channel.EMAIL).attempts()).isEqualTo(1);

    ClockUtil.setCurrentTime(Date.from(t0.plus(Duration.ofMinutes(1))));
    dispatcher.dispatchDue(); // attempt 2, then wait twice as long
    NotificationOutbox.Delivery second = delivery(outbox, opening.id(), Channel.EMAIL);
    assertThat(second.attempts()).isEqualTo(2);
    assertThat(second.nextAttemptAt()).isEqualTo(t0.plus(Duration.ofMinutes(3)));

    ClockUtil.setCurrentTime(Date.from(t0.plus(Duration.ofMinutes(3))));
    dispatcher.dispatchDue(); // attempt 3 = max-attempts in the test profile
    NotificationOutbox.Delivery dead = delivery(outbox, opening.id(), Channel.EMAIL);
    assertThat(dead.status()).isEqualTo(Status.FAILED);
    assertThat(dead.attempts()).isEqualTo(3);
    assertThat(outbox.failed(1000)).extracting(NotificationOutbox.Delivery::id)
        .contains(dead.id());
    assertThat(events(cases, c.id(), "NOTIFICATION_FAILED", false)).singleElement()
        .satisfies(e -> {
          assertThat(e.buyerVisible()).isFalse();
          assertThat(e.text()).contains("notification " + opening.id(), "3 attempt");
        });

    // the case's process never noticed; the in-app message stands
    ProcessInstance pi = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(c.caseNumber()).singleResult();
    assertThat(runtime.getActiveActivityIds(pi.getId())).contains("Task_DiagnoseRequest");
    assertThat(events(cases, c.id(), "ACKNOWLEDGED", true)).hasSize(1);

    // SMTP back: a dead delivery stays dead
    TestSmtpServer.start();
    ClockUtil.setCurrentTime(Date.from(t0.plus(Duration.ofHours(2))));
    dispatcher.dispatchDue();
    assertThat(TestSmtpServer.received(email.messageId(opening.id()))).isEmpty();
    assertThat(delivery(outbox, opening.id(), Channel.EMAIL).status()).isEqualTo(Status.FAILED);
  }

  @Test
  void aRowClaimedByOneNodeIsNotTakenByAnotherUntilItsLeaseRunsOut() throws Exception {
    CaseRecord c = newCase("en", "The seller never shipped my order and does not answer");
    NotificationOutbox.Notification opening = only(outbox, c.id(), Templates.OPENING);
    long deliveryId = delivery(outbox, opening.id(), Channel.EMAIL).id();
    CountDownLatch claimed = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);

    // "node A" claims due rows and keeps its claim transaction open
    CompletableFuture<List<NotificationOutbox.Claimed>> nodeA = CompletableFuture.supplyAsync(
        () -> tx.execute(status -> {
          Instant now = Instant.now();
          List<NotificationOutbox.Claimed> rows = outbox.claimDue("node-a", now,
              now.plus(Duration.ofMinutes(2)), 1000, true);
          claimed.countDown();
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return rows;
        }));
    assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();

    // "node B" (this node's dispatcher) skips the locked rows instead of waiting for them
    dispatcher.dispatchDue();
    release.countDown();
    List<NotificationOutbox.Claimed> rowsOfA = nodeA.get(30, TimeUnit.SECONDS);
    assertThat(rowsOfA).extracting(NotificationOutbox.Claimed::deliveryId).contains(deliveryId);
    assertThat(TestSmtpServer.received(email.messageId(opening.id()))).isEmpty();

    // A's lease holds: B does not send it
    dispatcher.dispatchDue();
    assertThat(TestSmtpServer.received(email.messageId(opening.id()))).isEmpty();
    assertThat(delivery(outbox, opening.id(), Channel.EMAIL).status()).isEqualTo(Status.SENDING);

    // A died; after its lease B takes the row over, once; A's late result is refused
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofMinutes(3))));
    dispatcher.dispatchDue();
    assertThat(TestSmtpServer.received(email.messageId(opening.id()))).hasSize(1);
    NotificationOutbox.Claimed staleClaim = rowsOfA.stream()
        .filter(r -> r.deliveryId() == deliveryId).findFirst().orElseThrow();
    Boolean lateResult = tx.execute(s -> outbox.markSent(staleClaim, "node-a", Instant.now()));
    assertThat(lateResult).isFalse();
    assertThat(delivery(outbox, opening.id(), Channel.EMAIL))
        .satisfies(d -> {
          assertThat(d.status()).isEqualTo(Status.SENT);
          assertThat(d.attempts()).isEqualTo(2);
        });
  }

  private long countDeliveries() {
    return jdbc.sql("SELECT COUNT(*) FROM kefu_notification_delivery").query(Long.class)
        .single();
  }
}
