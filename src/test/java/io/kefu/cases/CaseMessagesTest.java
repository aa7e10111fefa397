package io.kefu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.testsupport.KefuSpringTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Messages from the API into a case's waiting process, with a tiny test model: the outcome,
 * and nothing stored unless the message was taken.
 */
@KefuSpringTest
class CaseMessagesTest {

  static final String MODEL = "test-await-case-message";
  static final String MESSAGE = "TestCaseMessage";

  @Autowired CaseMessages messages;
  @Autowired CaseRepository cases;
  @Autowired CaseNumbers numbers;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;

  private CaseRecord c;

  @BeforeEach
  void aCase() {
    if (repository.createProcessDefinitionQuery().processDefinitionKey(MODEL).count() == 0) {
      repository.createDeployment().name("case-messages-test")
          .addModelInstance(MODEL + ".bpmn", Bpmn.createExecutableProcess(MODEL)
              .camundaHistoryTimeToLive(1)
              .startEvent().receiveTask("Wait").message(MESSAGE).userTask("Took").endEvent()
              .done())
          .deploy();
    }
    String number = numbers.next();
    cases.insert(number, new NewCase("messages-test", UUID.randomUUID().toString(), "fp", "APP",
        "C00001", "O2026110100001", "屏幕碎了", "REFUND_ONLY", "zh", null, List.of()));
    c = cases.findByNumber(number).orElseThrow();
  }

  private ProcessInstance waiting() {
    return runtime.startProcessInstanceByKey(MODEL, c.caseNumber());
  }

  private List<String> activities(ProcessInstance pi) {
    return runtime.getActiveActivityIds(pi.getId());
  }

  private void note(CaseRecord found) {
    cases.addEvent(found.id(), "TEST_NOTE", "test", false, "noted", null);
  }

  @Test
  void aWaitingProcessTakesTheMessageWithTheCallersRecordsAndVariables() {
    ProcessInstance pi = waiting();

    CaseMessages.Outcome outcome = messages.deliver(c.caseNumber(), MESSAGE, x -> true,
        (found, processInstanceId, correlation) -> {
          assertThat(found.id()).isEqualTo(c.id());
          assertThat(processInstanceId).isEqualTo(pi.getId());
          note(found);
          correlation.setVariable("answer", "yes");
        });

    assertThat(outcome).isEqualTo(CaseMessages.Outcome.DELIVERED);
    assertThat(activities(pi)).containsExactly("Took");
    assertThat(runtime.getVariable(pi.getId(), "answer")).isEqualTo("yes");
    assertThat(cases.timeline(c.id(), false)).extracting(CaseEvent::kind)
        .containsExactly("TEST_NOTE");
  }

  @Test
  void anUnknownOrFilteredOutCaseIsNoCaseAndTheCallbackNeverRuns() {
    ProcessInstance pi = waiting();
    CaseMessages.Preparation never = (found, id, correlation) -> {
      throw new AssertionError("called");
    };

    assertThat(messages.deliver("CS-20990101-999999", MESSAGE, x -> true, never))
        .isEqualTo(CaseMessages.Outcome.NO_CASE);
    assertThat(messages.deliver(c.caseNumber(), MESSAGE,
        found -> found.channelAccount().equals("another-channel"), never))
        .isEqualTo(CaseMessages.Outcome.NO_CASE);
    assertThat(activities(pi)).containsExactly("Wait");
  }

  @Test
  void aCaseWhoseProcessWaitsForNoSuchMessageIsNotWaiting() {
    CaseMessages.Preparation never = (found, id, correlation) -> {
      throw new AssertionError("called");
    };
    assertThat(messages.deliver(c.caseNumber(), MESSAGE, x -> true, never))
        .as("no process at all").isEqualTo(CaseMessages.Outcome.NOT_WAITING);

    ProcessInstance pi = waiting();
    assertThat(messages.deliver(c.caseNumber(), "SomeOtherMessage", x -> true, never))
        .isEqualTo(CaseMessages.Outcome.NOT_WAITING);
    assertThat(activities(pi)).containsExactly("Wait");
  }

  @Test
  void nothingIsStoredWhenTheCallbackThrows() {
    ProcessInstance pi = waiting();

    assertThatThrownBy(() -> messages.deliver(c.caseNumber(), MESSAGE, x -> true,
        (found, processInstanceId, correlation) -> {
          note(found);
          correlation.setVariable("answer", "yes");
          throw new IllegalStateException("refused");
        })).isInstanceOf(IllegalStateException.class).hasMessage("refused");

    assertThat(cases.timeline(c.id(), false)).isEmpty();
    assertThat(activities(pi)).containsExactly("Wait");
    assertThat(runtime.getVariable(pi.getId(), "answer")).isNull();
  }

  @Test
  void aWaitThatEndsMeanwhileIsNotWaitingAndRollsTheCallersRecordsBack() {
    ProcessInstance pi = waiting();

    CaseMessages.Outcome outcome = messages.deliver(c.caseNumber(), MESSAGE, x -> true,
        (found, processInstanceId, correlation) -> {
          note(found);
          correlation.setVariable("answer", "late");
          // another answer comes first, in its own transaction
          CompletableFuture.runAsync(() -> runtime.createMessageCorrelation(MESSAGE)
              .processInstanceId(processInstanceId).setVariable("answer", "first")
              .correlate()).join();
        });

    assertThat(outcome).isEqualTo(CaseMessages.Outcome.NOT_WAITING);
    assertThat(cases.timeline(c.id(), false)).isEmpty();
    assertThat(activities(pi)).containsExactly("Took");
    assertThat(runtime.getVariable(pi.getId(), "answer")).isEqualTo("first");
  }
}
