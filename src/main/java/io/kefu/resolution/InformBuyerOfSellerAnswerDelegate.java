package io.kefu.resolution;

import static io.kefu.resolution.SubProcessVariables.*;

import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Templates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Inform buyer": the seller's answer (sellerDecision) in the buyer's language. */
@Component("informBuyerOfSellerAnswer")
public class InformBuyerOfSellerAnswerDelegate implements JavaDelegate {

  private final Notifier notifier;

  public InformBuyerOfSellerAnswerDelegate(Notifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SellerDecision decision = SellerDecision.valueOf(string(execution, SELLER_DECISION));
    String template = switch (decision) {
      case ACCEPTED -> Templates.SELLER_ACCEPTED;
      case REJECTED -> Templates.SELLER_REJECTED;
      case AUTO_APPROVED -> Templates.SELLER_AUTO_APPROVED;
    };
    NotificationRequest request = NotificationRequest.forStep(execution, template)
        .timeline("SELLER_" + decision.name(), "after-sales request " + string(execution, ASK_ID))
        .occurrence(string(execution, ASK_ID));
    if (decision != SellerDecision.AUTO_APPROVED) {
      request.value("comment", string(execution, SELLER_COMMENT));
    }
    notifier.send(request);
  }
}
