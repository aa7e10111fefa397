package io.kefu.resolution;

import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseStatus;
import io.kefu.cases.CaseVariables;
import io.kefu.marketplace.Order;
import io.kefu.notify.NotificationRequest;
import io.kefu.notify.Notifier;
import io.kefu.notify.Phrase;
import io.kefu.notify.Templates;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * "Send apology and proposal" (seed 004's "apology + options with times"): the remedy to carry
 * out, with the time it takes, and until when the buyer may refuse it ({@code proposalReplyBy},
 * the timer of "no answer in time": {@code kefu.resolution.proposal-response-timeout} from now,
 * by the business calendar). The first offer is option A, the alternative option B. The case
 * waits for the buyer's decision ({@link CaseStatus#AWAITING_BUYER_DECISION}).
 */
@Component("sendProposal")
public class SendProposalDelegate implements JavaDelegate {

  private final RemedySteps steps;
  private final Notifier notifier;
  private final ResolutionSettings settings;
  private final Clock clock;
  private final CaseRepository cases;

  public SendProposalDelegate(RemedySteps steps, Notifier notifier, ResolutionSettings settings,
      Clock clock, CaseRepository cases) {
    this.cases = cases;
    this.steps = steps;
    this.notifier = notifier;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int round = RemedySteps.integer(execution, "offerRound", 1);
    String remedy = RemedySteps.string(execution, "remedyToApply");
    Date replyBy = Context.getProcessEngineConfiguration().getBusinessCalendarManager()
        .getBusinessCalendar(DurationBusinessCalendar.NAME)
        .resolveDuedate(settings.getProposalResponseTimeout());
    execution.setVariable("proposalReplyBy", replyBy);
    cases.updateStatus(CaseVariables.caseId(execution), CaseStatus.AWAITING_BUYER_DECISION);
    Map<String, Object> option = Map.of(
        "label", round == 1 ? "A" : "B",
        "text", offer(execution, remedy),
        "due", clock.instant().plus(settings.remedyTime(remedy)));
    notifier.send(NotificationRequest.forStep(execution, Templates.APOLOGY_OPTIONS)
        .timeline("PROPOSAL", "offer " + round + ": " + remedy)
        .occurrence("offer-" + round)
        .value("options", List.of(option))
        .value("replyBy", replyBy));
  }

  /** The proposal's text: the phrase {@code remedy.<REMEDY>} with amount, coupon and currency. */
  private Phrase offer(DelegateExecution execution, String remedy) {
    Order order = steps.order(execution);
    String currency = order == null ? "CNY" : order.currency();
    BigDecimal amount = order == null ? BigDecimal.ZERO
        : RemedySteps.share(order.amount(), RemedySteps.number(execution, "refundShare"));
    double coupon = RemedySteps.number(execution, "couponValue");
    return Phrase.of("remedy." + remedy, Map.of(
        "amount", RemedySteps.money(amount),
        "coupon", coupon > 0 ? RemedySteps.money(coupon) : "",
        "currency", currency));
  }
}
