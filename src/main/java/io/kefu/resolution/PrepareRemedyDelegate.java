package io.kefu.resolution;

import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record proposed remedy": the policy's remedy becomes the one to carry out
 * ({@code remedyToApply}, first offer {@code offerRound = 1}), with a one-line summary for the
 * senior agents' forms ({@code remedySummary}) and an internal timeline entry naming the agent
 * who proposed it (the one who completed the diagnosis).
 */
@Component("prepareRemedy")
public class PrepareRemedyDelegate implements JavaDelegate {

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
    if (!execution.hasVariable("parcelState")) {
      execution.setVariable("parcelState", null);
    }
    String summary = summary(execution);
    execution.setVariable("remedySummary", summary);
    String proposer = RemedySteps.string(execution, "diagnosedBy");
    cases.addEvent(CaseVariables.caseId(execution), "REMEDY_PROPOSED",
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
