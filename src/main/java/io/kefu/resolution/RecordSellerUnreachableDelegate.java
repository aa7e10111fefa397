package io.kefu.resolution;

import static io.kefu.resolution.SubProcessVariables.*;

import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseVariables;
import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Templates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record: seller cannot respond": the marketplace refused to pass the request to the store
 * (store closed, order unknown). Nobody will answer, so the platform decides: sellerDecision
 * REJECTED (the caller's platform-involvement path), sellerAskRefusal says why; noted on the
 * internal timeline and the buyer told.
 */
@Component("recordSellerUnreachable")
public class RecordSellerUnreachableDelegate implements JavaDelegate {

  private final CaseRepository cases;
  private final Notifier notifier;

  public RecordSellerUnreachableDelegate(CaseRepository cases, Notifier notifier) {
    this.cases = cases;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = string(execution, SELLER_ASK_REFUSAL);
    String comment = "the marketplace could not pass the request to the store (" + code
        + "): the platform decides";
    execution.setVariable(SELLER_DECISION, SellerDecision.REJECTED.name());
    execution.setVariable(SELLER_COMMENT, comment);
    execution.setVariable(SELLER_RESPONDED_BY, CaseEvent.SYSTEM);
    cases.addEvent(CaseVariables.caseId(execution), "SELLER_UNREACHABLE", CaseEvent.SYSTEM,
        false, comment, string(execution, SELLER_ASK_REFUSAL_MESSAGE));
    notifier.send(NotificationRequest.forStep(execution, Templates.SELLER_UNREACHABLE)
        .timeline("SELLER_UNREACHABLE", code));
  }
}
