package io.kefu.resolution;

import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Use / offer / switch to the alternative": the policy's one alternative ({@code
 * fallbackRemedy}, a coupon or expedited handling, with {@code fallbackCouponValue}) becomes the
 * remedy to carry out ({@code offerRound = 2}). Used when the senior agent rejects the remedy,
 * when the buyer refuses the first proposal, and when a senior agent chooses it after an outside
 * system refused the remedy.
 */
@Component("offerAlternative")
public class OfferAlternativeDelegate implements JavaDelegate {

  private static final Map<String, String> WHY = Map.of(
      "Task_UseAlternative", "高级客服驳回原方案 the senior agent rejected the remedy",
      "Task_OfferAlternative", "买家拒绝原方案 the buyer refused the proposal",
      "Task_SwitchToAlternative", "原方案被外部系统拒绝 an outside system refused the remedy");

  private final CaseRepository cases;

  public OfferAlternativeDelegate(CaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String before = RemedySteps.string(execution, "remedyToApply");
    String fallback = RemedySteps.string(execution, "fallbackRemedy");
    if (fallback == null) {
      throw new IllegalStateException("The remedy policy gave no alternative");
    }
    execution.setVariable("remedyToApply", fallback);
    execution.setVariable("couponValue", RemedySteps.number(execution, "fallbackCouponValue"));
    execution.setVariable("refundShare", 0.0);
    execution.setVariable("offerRound", 2);
    String summary = PrepareRemedyDelegate.summary(execution);
    execution.setVariable("remedySummary", summary);
    cases.addEvent(CaseVariables.caseId(execution), "ALTERNATIVE_CHOSEN", CaseEvent.SYSTEM, false,
        before + " -> " + summary,
        WHY.getOrDefault(execution.getCurrentActivityId(), execution.getCurrentActivityId()));
  }
}
