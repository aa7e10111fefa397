package io.kefu.platform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Process variables whose values the engine keeps at run time but does not write to its history
 * ({@code ACT_HI_VARINST}): copies of what kefu's own tables hold, put into variables only so that
 * the Camunda Forms of user tasks can show them (the customer and order summaries, the customer's
 * history, the redacted description, the formatted deadline, the suggested remedy, the buyer's
 * latest message) and the triage targets that "Set SLA deadlines" consumes (the case timeline
 * records them with the deadlines). Their record is {@code kefu_case} and
 * {@code kefu_case_event}; a history row per variable and case would be a second copy of it.
 *
 * <p>Each stored variable costs an intake a runtime and a history row with their indexes, and
 * every later change of its value a read and an update of the history row; the variables of an
 * intake were most of its database time (bench/README-performance.md). The history level stays
 * {@code audit} for everything else, so installations need no migration of the engine's recorded
 * history level (a custom history level would need one).
 *
 * <p>The engine still produces the events; the database history handler skips those of the
 * listed variables (all of them - create, update, delete, migrate - so that no update looks for
 * a history row that was never written). Other history event handlers, if any are configured,
 * still receive every event.
 */
@Component
@Order(40)
public class VariablesWithoutHistory extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(VariablesWithoutHistory.class);

  /**
   * {@code kefu.engine.*}.
   *
   * @param variablesWithoutHistory names of process variables the engine writes no history for
   */
  @ConfigurationProperties("kefu.engine")
  public record Settings(List<String> variablesWithoutHistory) {
    public Settings {
      variablesWithoutHistory = variablesWithoutHistory == null ? List.of()
          : List.copyOf(variablesWithoutHistory);
    }
  }

  private final Set<String> names;

  public VariablesWithoutHistory(Settings settings) {
    this.names = Set.copyOf(settings.variablesWithoutHistory());
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (names.isEmpty() || !configuration.isEnableDefaultDbHistoryEventHandler()) {
      return;
    }
    // the engine composes its handler from these: the database handler is now ours
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(0, new Handler(names));
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    log.info("No engine history for the process variables {}", names.stream().sorted().toList());
  }

  /** Camunda's database history handler, without the events of the listed variables. */
  static final class Handler extends DbHistoryEventHandler {

    private final Set<String> names;

    Handler(Set<String> names) {
      this.names = names;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricVariableUpdateEventEntity variable
          && names.contains(variable.getVariableName())) {
        return;
      }
      super.handleEvent(event);
    }
  }
}
