package io.kefu.bench.bare;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profile {@code kefu-model}: kefu's own intake model ({@code processes/service-request.bpmn},
 * {@code triage.dmn} and the forms, deployed from the kefu checkout by
 * application-kefu-model.yaml) on this bare engine, with kefu's engine settings and stand-ins for
 * kefu's beans that only read and set the process variables kefu's beans read and set at
 * intake, with values of about the same size. They call nothing else: no case, timeline,
 * notification, marketplace look-up, classifier or business calendar, no kefu API, no
 * authentication. kefu's two job acquisition indexes are created as kefu creates them. What
 * this engine reaches is therefore what kefu's intake could reach at best with its model as it
 * is, if kefu's own code cost nothing. See bench/README-performance.md.
 *
 * <p>The driver passes what kefu's classifier, marketplace and customer history would find as
 * transient variables ({@code standIn*}: the corpus's labelled category and emotion, the demo
 * customer's tier and risk flag, the order's amount, the customer's earlier requests), so the
 * triage decision routes the requests much as it routes them in kefu.
 */
@Configuration
@Profile("kefu-model")
public class KefuModelStandIns {

  /** As kefu.engine.variables-without-history in kefu's application.yaml. */
  static final Set<String> WITHOUT_HISTORY = Set.of("customerSummary", "orderSummary",
      "customerHistory", "description", "lastBuyerMessage", "slaDueText", "suggestedRemedy",
      "firstResponseTarget", "resolutionTarget");

  @Bean
  JavaDelegate verifyOrder() {
    return execution -> {
      String customerId = (String) execution.getVariable("customerId");
      Object orderNumber = execution.getVariable("orderNumber");
      execution.getVariable("caseId");
      Object amount = execution.getVariable("standInAmount");
      execution.setVariable("customerTier", execution.getVariable("standInTier"));
      execution.setVariable("accountRisk", Variables.booleanValue(
          Boolean.TRUE.equals(execution.getVariable("standInAccountRisk")), true));
      execution.setVariable("customerSummary", "演示买家 Demo buyer (" + customerId + ", NORMAL)");
      execution.setVariable("orderAmount", amount == null ? 0.0 : amount);
      execution.setVariable("orderSummary", orderNumber == null ? "无订单 No order given"
          : orderNumber + " · 蓝牙耳机 Bluetooth earphones · " + amount
              + " CNY · DELIVERED · SF 1234567890");
      execution.setVariable("complaints30d", Variables.integerValue(
          (Integer) execution.getVariable("standInComplaints30d"), true));
      execution.setVariable("customerHistory", "近30天投诉 0 次 complaints in 30 days: 0. "
          + "最近的工单 recent cases: CS-20261101-000101 ORDER_QUERY CLOSED 2026-11-01; "
          + "CS-20261012-000042 LOGISTICS CLOSED 2026-10-12; CS-20260930-000007 "
          + "PAYMENT_REFUND CLOSED 2026-09-30; CS-20260911-000311 FEATURE_USAGE CLOSED "
          + "2026-09-11; CS-20260822-000250 TRANSACTION_DISPUTE CLOSED 2026-08-22.");
    };
  }

  @Bean
  JavaDelegate classifyRequest() {
    return execution -> {
      execution.getVariable("description");
      execution.getVariable("caseId");
      Object category = execution.getVariable("standInCategory");
      execution.setVariable("category", category);
      execution.setVariable("confirmedCategory", category);
      execution.setVariable("emotion", execution.getVariable("standInEmotion"));
      execution.setVariable("classificationConfidence", Variables.doubleValue(0.8, true));
    };
  }

  @Bean
  JavaDelegate setSlaTargets() {
    return execution -> {
      execution.getVariable("candidateGroup");
      Duration firstResponse = Duration.parse((String) execution.getVariable(
          "firstResponseTarget"));
      Duration resolution = Duration.parse((String) execution.getVariable("resolutionTarget"));
      execution.removeVariables(Set.of("firstResponseTarget", "resolutionTarget"));
      Instant now = Instant.now();
      Instant due = now.plus(firstResponse);
      execution.setVariable("firstResponseDue", Date.from(due));
      execution.setVariable("slaWarningAt", Date.from(now.plus(firstResponse.multipliedBy(8)
          .dividedBy(10))));
      execution.setVariable("resolutionDue", Date.from(now.plus(resolution)));
      execution.setVariable("slaDueText", due.toString().substring(0, 16).replace('T', ' ')
          + " (Asia/Shanghai)");
      execution.getVariable("priority");
      execution.getVariable("category");
      execution.getVariable("emotion");
      execution.getVariable("selfServiceEligible");
    };
  }

  @Bean
  JavaDelegate acknowledgeRequest() {
    return execution -> {
      execution.getVariable("emotion");
      execution.getVariable("firstResponseDue");
      execution.getVariable("resolutionDue");
      execution.getVariable("orderNumber");
    };
  }

  @Bean
  JavaDelegate sendSelfServiceAnswer() {
    return execution -> {
      execution.getVariable("language");
      execution.getVariable("category");
      execution.getVariable("description");
      execution.setVariable("selfServiceArticleId", "KB-ORDER-CANCEL");
    };
  }

  @Bean
  TaskListener diagnosisTaskCreated() {
    return task -> {
      task.getVariable("caseId");
      task.getVariable("candidateGroup");
      for (String input : new String[] {"category", "parcelState", "faultParty", "rootCause",
          "buyerExpectation", "customerTier", "orderAmount", "selfServiceEligible"}) {
        task.getVariable(input);
      }
      task.setVariable("suggestedRemedy", "初步建议 Preliminary: 退货退款 return and refund "
          + "(最终方案随诊断决定 final remedy decided with the diagnosis)");
    };
  }

  /** kefu's io.kefu.cases.TaskPriorities. */
  @Bean
  TaskPriorities taskPriorities() {
    return new TaskPriorities();
  }

  public static class TaskPriorities {
    public int of(String priority) {
      return switch (priority == null ? "" : priority) {
        case "P1" -> 100;
        case "P2" -> 75;
        case "P3" -> 50;
        default -> 25;
      };
    }
  }

  /**
   * kefu's io.kefu.platform.engine.JobAcquisitionIndexes, copied (this application does not
   * depend on kefu's code): every instance waiting at the diagnosis holds two timer jobs, and
   * without these indexes the job acquisition reads the whole job table each time it looks.
   */
  @Bean
  AbstractProcessEnginePlugin jobAcquisitionIndexes() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void postProcessEngineBuild(ProcessEngine engine) {
        DataSource dataSource = ((ProcessEngineConfigurationImpl) engine
            .getProcessEngineConfiguration()).getDataSource();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
          statement.execute("CREATE INDEX IF NOT EXISTS KEFU_IDX_JOB_DUEDATE ON ACT_RU_JOB "
              + "(DUEDATE_)");
          statement.execute("CREATE INDEX IF NOT EXISTS KEFU_IDX_JOB_LOCK_EXP ON ACT_RU_JOB "
              + "(LOCK_EXP_TIME_)");
        } catch (SQLException e) {
          throw new IllegalStateException("job acquisition indexes", e);
        }
      }
    };
  }

  /** kefu's io.kefu.platform.engine.VariablesWithoutHistory with kefu's list, copied. */
  @Bean
  AbstractProcessEnginePlugin variablesWithoutHistory() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        Predicate<HistoryEvent> skipped = event -> event
            instanceof HistoricVariableUpdateEventEntity update
            && WITHOUT_HISTORY.contains(update.getVariableName());
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
          handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(0, new DbHistoryEventHandler() {
          @Override
          public void handleEvent(HistoryEvent event) {
            if (!skipped.test(event)) {
              super.handleEvent(event);
            }
          }
        });
        configuration.setCustomHistoryEventHandlers(handlers);
        configuration.setEnableDefaultDbHistoryEventHandler(false);
      }
    };
  }
}
