package io.kefu.resolution;

import static io.kefu.resolution.SubProcessVariables.*;

import io.kefu.cases.AuditAction;
import io.kefu.cases.AuditTrail;
import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRecord;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseVariables;
import io.kefu.marketplace.ShippingCarrier;
import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Templates;
import java.util.Comparator;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Register return parcel" (after a transaction boundary): registers the buyer's return parcel
 * with the carrier for the case (idempotent by carrier and tracking number), audits it and tells
 * the buyer. A refusal (not a valid return parcel number, or registered for another case) is BPMN
 * error {@code <reason>}. A {@code RETURN_RECEIVED} event the carrier delivered before kefu waited
 * for it sets {@code returnReceivedAt}, so the model does not wait for it again.
 */
@Component("registerReturnParcel")
public class RegisterReturnParcelDelegate implements JavaDelegate {

  private final Carrier carrier;
  private final CaseRepository cases;
  private final CarrierEvents events;
  private final AuditTrail audit;
  private final Notifier notifier;
  private final ReturnSettings settings;
  private final EngineDeadlines deadlines;

  public RegisterReturnParcelDelegate(Carrier carrier, CaseRepository cases, CarrierEvents events, AuditTrail audit,
      Notifier notifier, ReturnSettings settings, EngineDeadlines deadlines) {
    this.carrier = carrier;
    this.cases = cases;
    this.events = events;
    this.audit = audit;
    this.notifier = notifier;
    this.settings = settings;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = caseNumber(execution);
    ShippingCarrier parcelCarrier = ShippingCarrier.valueOf(string(execution, RETURN_CARRIER));
    String tracking = string(execution, RETURN_TRACKING_NUMBER);
    ReturnShipment shipment;
    try {
      shipment = carrier.registerReturnShipment(caseNumber, parcelCarrier, tracking);
    } catch (CarrierRefusedException e) {
      throw new BpmnError(e.code(), e.getMessage());
    }
    long caseId = CaseVariables.caseId(execution);
    audit.record(caseId, CaseEvent.SYSTEM, AuditAction.RETURN_REGISTERED,
        "return parcel registered with the carrier, which reports its receipt", null,
        Snapshots.of("carrier", parcelCarrier.name(), "trackingNumber", tracking,
            "registeredAt", String.valueOf(shipment.registeredAt())),
        "return/" + parcelCarrier.name() + "/" + tracking);
    Optional<RecordedCarrierEvent> received = events.eventsOf(tracking).stream()
        .filter(e -> e.carrier() == parcelCarrier && e.eventType() == ParcelState.RETURN_RECEIVED)
        .min(Comparator.comparing(RecordedCarrierEvent::occurredAt));
    if (received.isPresent()) {
      execution.setVariable(RETURN_RECEIVED_AT, Date.from(received.get().occurredAt()));
      execution.setVariable("carrierEventId", received.get().eventId());
      return;
    }
    execution.setVariable(RETURN_RECEIVED_AT, null);
    String language = cases.findById(caseId).map(CaseRecord::language).orElse("zh");
    notifier.send(NotificationRequest.forStep(execution, Templates.RETURN_REGISTERED)
        .timeline("RETURN_REGISTERED", "return parcel registered with the carrier")
        .occurrence(parcelCarrier.name() + "-" + tracking)
        .value("carrier", parcelCarrier.displayName(language))
        .value("trackingNumber", tracking)
        .value("receivedBy", deadlines.fromNow(settings.getReturnReceivedDeadline())));
  }
}
