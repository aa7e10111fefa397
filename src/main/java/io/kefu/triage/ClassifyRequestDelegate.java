package io.kefu.triage;

import io.kefu.cases.CaseVariables;
import org.camunda.bpm.engine.variable.Variables;
import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Classify request": category and emotion of the buyer's (redacted) words. */
@Component("classifyRequest")
public class ClassifyRequestDelegate implements JavaDelegate {

  private final RequestClassifier classifier;
  private final CaseRepository cases;

  public ClassifyRequestDelegate(RequestClassifier classifier, CaseRepository cases) {
    this.classifier = classifier;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Classification result = classifier.classify((String) execution.getVariable("description"));
    execution.setVariable("category", result.category().name());
    execution.setVariable("confirmedCategory", result.category().name());
    execution.setVariable("emotion", result.emotion().name());
    // read by nobody later (the CLASSIFIED timeline event records it): transient, no rows
    execution.setVariable("classificationConfidence",
        Variables.doubleValue(result.confidence(), true));
    long caseId = CaseVariables.caseId(execution);
    cases.addEvent(caseId, "CLASSIFIED", CaseEvent.SYSTEM, false,
        result.category() + " / " + result.emotion() + String.format(" (confidence %.2f)",
            result.confidence()),
        result.matchedTerms().isEmpty() ? "no lexicon term matched"
            : "matched: " + String.join(", ", result.matchedTerms()));
  }
}
