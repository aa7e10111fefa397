package io.kefu.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A decision table of {@code processes/} evaluated with the product's FEEL setting
 * ({@link ProductDmnSettings}), remembering which rules matched: the last evaluation's and all
 * evaluations' so far, so a rule-by-rule test can check that every rule of the table was hit.
 */
public final class RecordedDecision {

  private static final Pattern RULE_ID = Pattern.compile("<rule id=\"([^\"]+)\"");

  private final Path file;
  private final DmnEngine engine;
  private final DmnDecision decision;
  private final List<String> lastHit = new ArrayList<>();
  private final Set<String> hitRules = new TreeSet<>();

  public RecordedDecision(Path file, String decisionKey) throws IOException {
    this.file = file;
    DefaultDmnEngineConfiguration config = ProductDmnSettings.configuration();
    config.customPostDecisionTableEvaluationListeners(List.of(new DmnDecisionTableEvaluationListener() {
      @Override
      public void notify(DmnDecisionTableEvaluationEvent event) {
        lastHit.clear();
        event.getMatchingRules().forEach(r -> lastHit.add(r.getId()));
        hitRules.addAll(lastHit);
      }
    }));
    this.engine = config.buildEngine();
    try (InputStream dmn = Files.newInputStream(file)) {
      this.decision = engine.parseDecision(decisionKey, dmn);
    }
  }

  /** Evaluates the decision; its single result. */
  public DmnDecisionResultEntries evaluate(VariableMap input) {
    return engine.evaluateDecision(decision, input).getSingleResult();
  }

  /** Ids of the rules the last evaluation matched, in table order. */
  public List<String> lastHit() {
    return List.copyOf(lastHit);
  }

  /** Ids of the rules any evaluation so far matched. */
  public Set<String> hitRules() {
    return Set.copyOf(hitRules);
  }

  /** Ids of all rules in the table's file. */
  public Set<String> allRules() throws IOException {
    Set<String> ids = new TreeSet<>();
    Matcher m = RULE_ID.matcher(Files.readString(file));
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }
}
