package io.kefu.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.kefu.cases.CaseRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dispatches asked for by commits ("nudges") share one run when they come within the nudge
 * delay: under load one claim serves many intakes. Plain unit test, the outbox is a mock.
 */
class NotificationNudgeTest {

  private final NotificationOutbox outbox = mock(NotificationOutbox.class);
  private final AtomicInteger claims = new AtomicInteger();
  private NotificationDispatcher dispatcher;

  private NotificationDispatcher dispatcher(Duration nudgeDelay) {
    when(outbox.claimDue(anyString(), any(), any(), anyInt(), anyBoolean())).thenAnswer(call -> {
      claims.incrementAndGet();
      return List.of();
    });
    TransactionTemplate tx = mock(TransactionTemplate.class);
    when(tx.execute(any())).thenAnswer(call ->
        call.<TransactionCallback<?>>getArgument(0).doInTransaction(null));
    NotifyProperties properties = new NotifyProperties(null, null, null, null,
        new NotifyProperties.Dispatcher(true, null, null, null, null, null, null, null, "node-1",
            nudgeDelay));
    @SuppressWarnings("unchecked")
    ObjectProvider<SmsGateway> sms = mock(ObjectProvider.class);
    @SuppressWarnings("unchecked")
    ObjectProvider<VoiceCallGateway> voice = mock(ObjectProvider.class);
    dispatcher = new NotificationDispatcher(outbox, mock(CaseRepository.class),
        mock(EmailSender.class), sms, voice, tx, Clock.systemUTC(), properties);
    return dispatcher;
  }

  @AfterEach
  void stop() {
    dispatcher.stop();
  }

  @Test
  void commitsWithinTheNudgeDelayShareOneClaim() throws Exception {
    NotificationDispatcher d = dispatcher(Duration.ofMillis(300));
    for (int i = 0; i < 20; i++) {
      d.nudgeAfterCommit(); // no transaction here: as if each had just committed
    }
    assertThat(claims.get()).as("nothing is claimed before the delay").isZero();

    waitForClaims(1);
    TimeUnit.MILLISECONDS.sleep(400);
    assertThat(claims.get()).as("one run for all 20 commits").isEqualTo(1);
    // a nudge's run leaves expired leases to the poller
    verify(outbox).claimDue(eq("node-1"), any(Instant.class), any(Instant.class), eq(20),
        eq(false));
    verify(outbox, never()).claimDue(anyString(), any(), any(), anyInt(), eq(true));
  }

  @Test
  void aCommitAfterTheRunHasStartedGetsAnotherRun() throws Exception {
    NotificationDispatcher d = dispatcher(Duration.ofMillis(50));
    d.nudgeAfterCommit();
    waitForClaims(1);
    d.nudgeAfterCommit();
    waitForClaims(2);
    assertThat(claims.get()).isEqualTo(2);
  }

  @Test
  void thePollersRunTakesOverExpiredLeases() {
    NotificationDispatcher d = dispatcher(Duration.ofMillis(50));
    d.dispatchSafely();
    verify(outbox, atLeastOnce()).claimDue(anyString(), any(), any(), anyInt(), eq(true));
  }

  private void waitForClaims(int expected) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (claims.get() < expected && System.nanoTime() < until) {
      TimeUnit.MILLISECONDS.sleep(10);
    }
    assertThat(claims.get()).isGreaterThanOrEqualTo(expected);
  }
}
