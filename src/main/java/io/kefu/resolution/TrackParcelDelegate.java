package io.kefu.resolution;

import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseVariables;
import io.kefu.marketplace.Order;
import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Phrase;
import io.kefu.notify.Templates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Query carrier tracking" (logistics requests): the parcel's state as the carrier reports it
 * (variable {@code parcelState}, an input of the remedy policy; null when the order was never
 * shipped or the carrier does not know the parcel), and the buyer is told.
 */
@Component("trackParcel")
public class TrackParcelDelegate implements JavaDelegate {

  private final Carrier carrier;
  private final RemedySteps steps;
  private final CaseRepository cases;
  private final Notifier notifier;

  public TrackParcelDelegate(Carrier carrier, RemedySteps steps, CaseRepository cases,
      Notifier notifier) {
    this.carrier = carrier;
    this.steps = steps;
    this.cases = cases;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    Order order = steps.order(execution);
    if (order == null || !order.hasParcel()) {
      execution.setVariable("parcelState", null);
      cases.addEvent(caseId, "PARCEL_TRACKED", CaseEvent.SYSTEM, false,
          "无运单 No parcel to track: the order was not shipped", null);
      return;
    }
    String state = carrier.track(order.carrier(), order.trackingNumber())
        .map(t -> t.state().name()).orElse(null);
    execution.setVariable("parcelState", state);
    cases.addEvent(caseId, "PARCEL_TRACKED", CaseEvent.SYSTEM, false,
        order.carrier() + " " + order.trackingNumber() + ": "
            + (state == null ? "unknown to the carrier" : state), null);
    notifier.send(NotificationRequest.forStep(execution, Templates.PARCEL_STATUS)
        .timeline("PARCEL_STATUS")
        .value("trackingNumber", order.trackingNumber())
        .value("state", Phrase.of("parcel." + (state == null ? "UNKNOWN" : state))));
  }
}
