package io.kefu.knowledge;

import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseStatus;
import io.kefu.cases.CaseVariables;
import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Templates;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Send self-service answer": the knowledge base's best standard answer for the category, in
 * the buyer's language (template {@code self-service-answer}). No answer for the category is a
 * business outcome ({@code NO_SELF_SERVICE_ANSWER}): the model hands the case to an agent.
 */
@Component("sendSelfServiceAnswer")
public class SendSelfServiceAnswerDelegate implements JavaDelegate {

  public static final String NO_ANSWER = "NO_SELF_SERVICE_ANSWER";
  private final KnowledgeBase knowledge;
  private final CaseRepository cases;
  private final Notifier notifier;

  public SendSelfServiceAnswerDelegate(KnowledgeBase knowledge, CaseRepository cases,
      Notifier notifier) {
    this.knowledge = knowledge;
    this.cases = cases;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String language = (String) execution.getVariable("language");
    KnowledgeBase.Article article = knowledge.bestSelfServiceAnswer(
            (String) execution.getVariable("category"), language,
            (String) execution.getVariable("description"))
        .orElseThrow(() -> new BpmnError(NO_ANSWER, "No self-service answer for the category"));
    long caseId = CaseVariables.caseId(execution);
    execution.setVariable("selfServiceArticleId", article.id());
    notifier.send(NotificationRequest.forStep(execution, Templates.SELF_SERVICE_ANSWER)
        .timeline("SELF_SERVICE_ANSWER", article.id()) // intake reads the article id here
        .value("title", article.title())
        .value("answer", article.body())
        .value("link", article.link())
        .value("confirmationHint", knowledge.confirmationHint(language)));
    cases.updateStatus(caseId, CaseStatus.AWAITING_BUYER_CONFIRMATION);
  }
}
