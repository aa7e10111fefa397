package io.kefu.resolution;

import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseVariables;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record proposed remedy": the policy's remedy becomes the one to carry out
 * ({@code remedyToApply}, first offer {@code offerRound = 1}), with a one-line summary for the
 * senior agents' forms ({@code remedySummary}) and an internal timeline entry naming the agent
 * who proposed it (the one who completed the diagnosis). A remedy that acts on the order
 * (refund, return, reship, expedite) for a case without an order becomes the policy's
 * alternative at once.
 */
@Component("prepareRemedy")
public class PrepareRemedyDelegate implements JavaDelegate {

  /** Remedies that act on the case's order. */
  static final Set<String> NEEDS_ORDER = Set.of("FULL_REFUND", "PARTIAL_REFUND",
      "RETURN_AND_REFUND", "RESHIP", "EXPEDITE");

  private final CaseRepository cases;

  public PrepareRemedyDelegate(CaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String remedy = RemedySteps.string(execution, "remedy");
    if (remedy == null) {
      throw new IllegalStateException("The remedy policy gave no remedy");
    }
    execution.setVariable("remedyToApply", remedy);
    execution.setVariable("offerRound", 1);
    String proposer = RemedySteps.string(execution, "diagnosedBy");
    long caseId = CaseVariables.caseId(execution);
    if (NEEDS_ORDER.contains(remedy) && RemedySteps.string(execution, "orderNumber") == null) {
      // nothing to refund, reship or expedite without an order: the policy's alternative instead,
      // offered as the only option (a refusal hands the case to dispute handling)
      String fallback = RemedySteps.string(execution, "fallbackRemedy");
      execution.setVariable("remedyToApply", fallback);
      execution.setVariable("couponValue", RemedySteps.number(execution, "fallbackCouponValue"));
      execution.setVariable("refundShare", 0.0);
      execution.setVariable("seniorApprovalRequired", false);
      execution.setVariable("offerRound", 2);
      cases.addEvent(caseId, "ALTERNATIVE_CHOSEN", CaseEvent.SYSTEM, false,
          remedy + " -> " + fallback, "无订单 the case has no order");
    }
    if (!execution.hasVariable("parcelState")) {
      execution.setVariable("parcelState", null);
    }
    String summary = summary(execution);
    execution.setVariable("remedySummary", summary);
    cases.addEvent(caseId, "REMEDY_PROPOSED",
        proposer == null ? CaseEvent.SYSTEM : proposer, false, summary,
        "补救方案政策 remedy policy");
  }

  /** The remedy now to carry out, in one line (see {@link RemedyPolicy#describe}). */
  static String summary(DelegateExecution execution) {
    RemedyAdvice advice = new RemedyAdvice(RemedySteps.string(execution, "remedyToApply"),
        RemedySteps.number(execution, "couponValue"), RemedySteps.number(execution, "refundShare"),
        Boolean.TRUE.equals(execution.getVariable("seniorApprovalRequired"))
            && RemedySteps.integer(execution, "offerRound", 1) == 1,
        RemedySteps.string(execution, "fallbackRemedy"),
        RemedySteps.number(execution, "fallbackCouponValue"));
    Double amount = execution.getVariable("orderAmount") instanceof Number n
        ? n.doubleValue() : null;
    return RemedyPolicy.describe(advice, amount);
  }
}
