package io.kefu.sellercompliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.kefu.cases.AuditAction;
import io.kefu.cases.AuditEntry;
import io.kefu.cases.AuditTrail;
import io.kefu.cases.CaseRecord;
import io.kefu.cases.CaseRepository;
import io.kefu.marketplace.DemoMarketplaceData;
import io.kefu.marketplace.Order;
import io.kefu.marketplace.OrderDirectory;
import io.kefu.testsupport.KefuSpringTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * fake-shipment-check.bpmn at the demo data's moment (2026-12-01): one proactive case per
 * fake-shipment order, one warning per seller and order, nothing twice, nothing for orders that
 * were collected or uploaded less than 48 h ago, and a failing order gets its own incident.
 */
@KefuSpringTest
class FakeShipmentCheckProcessTest {

  private static final String PROCESS = "fake-shipment-check";
  private static final Instant NOW = DemoMarketplaceData.AS_OF;

  @Autowired ProcessEngine engine;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired OrderDirectory orders;
  @Autowired CaseRepository cases;
  @Autowired AuditTrail audit;
  @Autowired SellerWarnings warnings;
  @Autowired FakeShipmentCheck check;
  @Autowired FakeShipmentSettings settings;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void bind() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @AfterEach
  void unbind() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  /** Fires the sweep's timer start event as the job executor would, and runs all its jobs. */
  private ProcessInstance sweep() {
    Job timer = timerStartJob();
    List<String> before = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .list().stream().map(ProcessInstance::getId).toList();
    management.executeJob(timer.getId());
    ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .list().stream().filter(p -> !before.contains(p.getId())).findFirst().orElseThrow();
    runJobs(pi);
    return pi;
  }

  private Job timerStartJob() {
    List<Job> timers = management.createJobQuery().processDefinitionKey(PROCESS).timers().list();
    assertThat(timers).as("the sweep's timer (exactly one at any time)").hasSize(1);
    return timers.get(0);
  }

  private void runJobs(ProcessInstance pi) {
    List<Job> jobs;
    while (!(jobs = management.createJobQuery().processInstanceId(pi.getId()).executable()
        .list()).isEmpty()) {
      jobs.forEach(j -> management.executeJob(j.getId()));
    }
  }

  private List<Order> fakeShipments() {
    return orders.uncollectedShipments(NOW.minus(Duration.ofHours(48)));
  }

  private long proactiveCases() {
    return jdbc.sql("SELECT COUNT(*) FROM kefu_case WHERE request_id LIKE 'fake-shipment-%'")
        .query(Long.class).single();
  }

  private long warningRows() {
    return jdbc.sql("SELECT COUNT(*) FROM kefu_seller_warning").query(Long.class).single();
  }

  @Test
  void theSweepOpensOneCasePerFakeShipmentAndWarnsEachSellerOnceEvenWhenRunAgain() {
    List<Order> fake = fakeShipments();
    assertThat(fake).as("the demo data's fake shipments").hasSize(6)
        .extracting(Order::orderNumber).contains(DemoMarketplaceData.ORDER_FAKE_SHIPMENT);
    Date firstDue = timerStartJob().getDuedate();

    ProcessInstance pi = sweep();

    assertThat(pi).isEnded().hasPassedInOrder("StartEvent_CheckDue",
        "Task_FindUncollectedShipments", "Event_OrderStart", "Task_OpenProactiveCase",
        "Task_WarnSeller", "Event_OrderHandled", "EndEvent_CheckDone");
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId("Task_WarnSeller").count()).isEqualTo(fake.size());
    // the next sweep is due one configured cycle (R/PT1H) later
    assertThat(timerStartJob().getDuedate()).isAfter(firstDue);

    for (Order order : fake) {
      CaseRecord proactive = cases.findByRequest("kefu", "fake-shipment-" + order.orderNumber())
          .orElseThrow();
      assertThat(proactive.channel()).isEqualTo("PROACTIVE");
      assertThat(proactive.customerId()).isEqualTo(order.customerId());
      assertThat(proactive.orderNumber()).isEqualTo(order.orderNumber());
      assertThat(proactive.processInstanceId()).as("lifecycle started like any case").isNotNull();
      assertThat(runtime.createProcessInstanceQuery()
          .processInstanceId(proactive.processInstanceId()).processDefinitionKey("service-request")
          .count()).isEqualTo(1);
      assertThat(cases.timeline(proactive.id(), true)).as("the buyer was told")
          .anyMatch(e -> e.kind().equals("ACKNOWLEDGED"));

      SellerWarning warning = warnings.find(order.sellerId(), order.orderNumber(),
          SellerWarnings.FAKE_SHIPMENT).orElseThrow();
      assertThat(warning.caseId()).isEqualTo(proactive.id());
      List<AuditEntry> entries = audit.ofCase(proactive.id()).stream()
          .filter(e -> e.action() == AuditAction.SELLER_WARNING).toList();
      assertThat(entries).singleElement().satisfies(e -> {
        assertThat(e.actor()).isEqualTo("system");
        assertThat(e.reason()).isEqualTo(warning.reason())
            .startsWith("tracking number uploaded ").endsWith(", not collected within 48 h");
      });
    }
    assertThat(warnings.find(DemoMarketplaceData.SELLER_LOW_CREDIT,
        DemoMarketplaceData.ORDER_FAKE_SHIPMENT, SellerWarnings.FAKE_SHIPMENT).orElseThrow()
        .reason()).isEqualTo(
            "tracking number uploaded 2026-11-15 18:00 (Asia/Shanghai), not collected within 48 h");
    assertThat(proactiveCases()).isEqualTo(fake.size());
    assertThat(warningRows()).isEqualTo(fake.size());

    // an hour later the sweep runs again: nothing new; a changed cycle applies from then on
    Instant later = NOW.plus(Duration.ofHours(1));
    ClockUtil.setCurrentTime(Date.from(later));
    settings.setCheckCycle("R/PT2H");
    ProcessInstance again;
    try {
      again = sweep();
    } finally {
      settings.setCheckCycle("R/PT1H");
    }
    assertThat(timerStartJob().getDuedate()).isEqualTo(Date.from(later.plus(Duration.ofHours(2))));
    assertThat(again).isEnded().hasPassed("Task_FindUncollectedShipments", "EndEvent_CheckDone")
        .hasNotPassed("Task_OpenProactiveCase");
    assertThat(proactiveCases()).isEqualTo(fake.size());
    assertThat(warningRows()).isEqualTo(fake.size());

    // a job that runs twice (at-least-once) changes nothing either
    String first = fake.get(0).orderNumber();
    assertThat(check.openProactiveCase(first)).contains(
        cases.findByRequest("kefu", "fake-shipment-" + first).orElseThrow());
    assertThat(check.warnSeller(first)).isFalse();
    assertThat(proactiveCases()).isEqualTo(fake.size());
    assertThat(warningRows()).isEqualTo(fake.size());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM kefu_audit WHERE action = 'SELLER_WARNING'")
        .query(Long.class).single()).isEqualTo(fake.size());
  }

  @Test
  void ordersCollectedOrUploadedLessThan48HoursAgoAreNotFlagged() {
    Instant cutoff = NOW.minus(Duration.ofHours(48));
    List<String> recentUploads = jdbc.sql("SELECT order_number FROM mkt_order WHERE status = "
            + "'SHIPPED' AND collected_at IS NULL AND shipped_at >= :cutoff")
        .param("cutoff", java.sql.Timestamp.from(cutoff)).query(String.class).list();
    List<String> collectedLate = jdbc.sql("SELECT order_number FROM mkt_order WHERE "
            + "collected_at IS NOT NULL AND shipped_at < :cutoff")
        .param("cutoff", java.sql.Timestamp.from(cutoff)).query(String.class).list();
    assertThat(recentUploads).as("demo orders uploaded less than 48 h ago").isNotEmpty();
    assertThat(collectedLate).as("demo orders collected by the carrier").isNotEmpty();

    assertThat(check.candidates()).doesNotContainAnyElementsOf(recentUploads)
        .doesNotContainAnyElementsOf(collectedLate);
    assertThat(check.openProactiveCase(recentUploads.get(0))).isEmpty();
    assertThat(check.openProactiveCase(collectedLate.get(0))).isEmpty();
    assertThat(check.warnSeller(recentUploads.get(0))).isFalse();
    assertThat(cases.findByRequest("kefu", "fake-shipment-" + recentUploads.get(0))).isEmpty();
  }

  @Test
  void anOrderThatFailsGetsItsOwnIncidentAndTheOthersGoOn() {
    String collected = jdbc.sql("SELECT order_number FROM mkt_order WHERE collected_at IS NOT NULL "
        + "ORDER BY order_number").query(String.class).list().get(0);
    ProcessInstance pi = runtime.createProcessInstanceByKey(PROCESS)
        .startBeforeActivity("SubProcess_HandleOrder#multiInstanceBody")
        .setVariable("uncollectedOrders", "O-NO-SUCH-ORDER," + collected)
        .execute();

    for (int attempt = 1; attempt <= 3; attempt++) {
      for (Job job : management.createJobQuery().processInstanceId(pi.getId()).withRetriesLeft()
          .list()) {
        try {
          management.executeJob(job.getId());
        } catch (RuntimeException expected) {
          assertThat(attempt).isLessThanOrEqualTo(3);
        }
      }
    }

    List<Incident> incidents = runtime.createIncidentQuery().processInstanceId(pi.getId()).list();
    assertThat(incidents).singleElement().satisfies(i -> {
      assertThat(i.getActivityId()).isEqualTo("Task_OpenProactiveCase");
      assertThat(i.getIncidentMessage()).contains("O-NO-SUCH-ORDER");
    });
    // the other order's instance went through (collected: no case, no warning) and is done
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId("Event_OrderHandled").finished().count()).isEqualTo(1);
    assertThat(cases.findByRequest("kefu", "fake-shipment-" + collected)).isEmpty();
    assertThatThrownBy(() -> check.openProactiveCase("O-NO-SUCH-ORDER"))
        .hasMessageContaining("Unknown order");
    runtime.deleteProcessInstance(pi.getId(), "test done");
  }
}
