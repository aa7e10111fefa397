package io.kefu.knowledge;

import io.kefu.cases.CaseVariables;
import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseStatus;
import io.kefu.notify.BuyerTexts;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Send self-service answer": the knowledge base's best standard answer for the category, in
 * the buyer's language. No answer for the category is a business outcome
 * ({@code NO_SELF_SERVICE_ANSWER}): the model hands the case to an agent.
 */
@Component("sendSelfServiceAnswer")
public class SendSelfServiceAnswerDelegate implements JavaDelegate {

  public static final String NO_ANSWER = "NO_SELF_SERVICE_ANSWER";
  private final KnowledgeBase knowledge;
  private final CaseRepository cases;
  private final BuyerTexts texts;

  public SendSelfServiceAnswerDelegate(KnowledgeBase knowledge, CaseRepository cases,
      BuyerTexts texts) {
    this.knowledge = knowledge;
    this.cases = cases;
    this.texts = texts;
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
    cases.addEvent(caseId, "SELF_SERVICE_ANSWER", CaseEvent.SYSTEM, true,
        texts.text(language, "selfservice.answer", article.title(), article.body(),
            article.link()) + " " + knowledge.confirmationHint(language),
        article.id());
    cases.updateStatus(caseId, CaseStatus.AWAITING_BUYER_CONFIRMATION);
  }
}
