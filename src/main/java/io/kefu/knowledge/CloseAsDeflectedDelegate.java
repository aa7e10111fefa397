package io.kefu.knowledge;

import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseVariables;
import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Phrase;
import io.kefu.notify.Templates;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Close as deflected": the self-service answer solved the problem - the buyer said so, or did
 * not answer within the configured time. Deflection is recorded on the case (KPI: bot deflection)
 * and the buyer gets the resolved confirmation with the actions taken (template
 * {@code resolved}).
 */
@Component("closeAsDeflected")
public class CloseAsDeflectedDelegate implements JavaDelegate {

  private final CaseRepository cases;
  private final KnowledgeBase knowledge;
  private final Notifier notifier;

  public CloseAsDeflectedDelegate(CaseRepository cases, KnowledgeBase knowledge,
      Notifier notifier) {
    this.cases = cases;
    this.knowledge = knowledge;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    boolean confirmed = "SOLVED".equals(execution.getVariable("buyerConfirmation"));
    cases.markDeflected(caseId);
    List<Object> actions = new ArrayList<>();
    knowledge.article((String) execution.getVariable("selfServiceArticleId"))
        .ifPresent(article -> actions.add(
            Phrase.of(Templates.ACTION_SELF_SERVICE_ANSWER_SENT, "title", article.title())));
    actions.add(Phrase.of(confirmed ? Templates.ACTION_BUYER_CONFIRMED
        : Templates.ACTION_NO_REPLY));
    actions.add(Phrase.of(Templates.ACTION_CASE_CLOSED, "caseNumber",
        execution.getBusinessKey()));
    notifier.send(NotificationRequest.forStep(execution, Templates.RESOLVED)
        .timeline("CLOSED_DEFLECTED", confirmed ? "buyer confirmed the self-service answer"
            : "no reply within " + execution.getVariable("selfServiceConfirmationTimeout"))
        .value("closedWithoutReply", !confirmed)
        .value("actions", actions));
  }
}
