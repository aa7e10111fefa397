package io.kefu.diagnosis;

import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseStatus;
import io.kefu.cases.CaseVariables;
import io.kefu.notify.BuyerTexts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Close: no reply": the buyer did not send the information asked for in time. */
@Component("closeNoReply")
public class CloseNoReplyDelegate implements JavaDelegate {

  private final CaseRepository cases;
  private final BuyerTexts texts;

  public CloseNoReplyDelegate(CaseRepository cases, BuyerTexts texts) {
    this.cases = cases;
    this.texts = texts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    cases.updateStatus(caseId, CaseStatus.CLOSED_NO_REPLY);
    cases.addEvent(caseId, "CLOSED_NO_REPLY", CaseEvent.SYSTEM, true,
        texts.text((String) execution.getVariable("language"), "closed.noreply",
            execution.getBusinessKey()),
        "no reply within " + execution.getVariable("infoNoReplyAfter"));
  }
}
