package io.kefu.resolution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * The remedy kefu's policy recommends ({@code processes/remedy-policy.dmn}, decision
 * {@code remedyPolicy}, always the latest deployed version), for use outside a business rule
 * task, e.g. to show agents a suggestion before the diagnosis is done.
 */
@Service
public class RemedyPolicy {

  public static final String DECISION_KEY = "remedyPolicy";

  private static final Map<String, String> LABELS = Map.of(
      "RESHIP", "补发 Reship",
      "PARTIAL_REFUND", "部分退款 Partial refund",
      "FULL_REFUND", "全额退款 Full refund",
      "RETURN_AND_REFUND", "退货退款 Return and refund",
      "COUPON", "优惠券 Coupon",
      "EXPEDITE", "催件 Expedite",
      "GUIDANCE_ONLY", "仅指引 Guidance only");

  /**
   * What is known about a request; every field may be null (not known yet), a null matches only
   * the policy's "any" cells.
   *
   * @param category triage category, e.g. LOGISTICS
   * @param parcelState a {@link ParcelState} name, only when the carrier was queried
   * @param faultParty SELLER, BUYER, CARRIER, PLATFORM or UNKNOWN
   * @param rootCause MISSING_INFORMATION, USER_ERROR, SYSTEM_FAULT or EXTERNAL_FACTOR
   * @param buyerExpectation REFUND_ONLY, RETURN_REFUND, EXCHANGE, COMPENSATION or INFORMATION
   * @param customerTier NORMAL or VIP
   * @param orderAmount order amount in CNY
   */
  public record Situation(String category, String parcelState, String faultParty,
      String rootCause, String buyerExpectation, String customerTier, Double orderAmount) {

    VariableMap variables() {
      return Variables.createVariables()
          .putValue("category", category).putValue("parcelState", parcelState)
          .putValue("faultParty", faultParty).putValue("rootCause", rootCause)
          .putValue("buyerExpectation", buyerExpectation).putValue("customerTier", customerTier)
          .putValue("orderAmount", orderAmount);
    }
  }

  private final DecisionService decisions;

  public RemedyPolicy(DecisionService decisions) {
    this.decisions = decisions;
  }

  public RemedyAdvice advise(Situation situation) {
    Situation s = situation == null
        ? new Situation(null, null, null, null, null, null, null) : situation;
    DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey(DECISION_KEY)
        .variables(s.variables()).evaluate().getSingleResult();
    if (result == null) {
      throw new IllegalStateException("remedyPolicy matched no rule for " + s);
    }
    return new RemedyAdvice(result.getEntry("remedy"),
        number(result.getEntry("couponValue")), number(result.getEntry("refundShare")),
        Boolean.TRUE.equals(result.getEntry("seniorApprovalRequired")),
        result.getEntry("fallbackRemedy"), number(result.getEntry("fallbackCouponValue")));
  }

  /**
   * One line for agents, e.g. "部分退款 50% / Partial refund 50% of 320.00 CNY - 需高级客服审批
   * senior approval; 备选 fallback: 优惠券 Coupon 30.00 CNY".
   *
   * @param orderAmount the order amount in CNY, null when not known
   */
  public static String describe(RemedyAdvice advice, Double orderAmount) {
    StringBuilder text = new StringBuilder(label(advice.remedy()));
    if (advice.isRefund()) {
      String percent = BigDecimal.valueOf(advice.refundShare() * 100)
          .setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
      text.append(' ').append(percent).append(" of ")
          .append(orderAmount == null ? "the order amount" : cny(orderAmount));
    }
    if (advice.couponValue() > 0) {
      text.append("EXPEDITE".equals(advice.remedy()) ? " + 优惠券 coupon " : " ")
          .append(cny(advice.couponValue()));
    }
    if (advice.seniorApprovalRequired()) {
      text.append(" - 需高级客服审批 senior approval");
    }
    text.append("; 备选 fallback: ").append(label(advice.fallbackRemedy()));
    if (advice.fallbackCouponValue() > 0) {
      text.append(' ').append(cny(advice.fallbackCouponValue()));
    }
    return text.toString();
  }

  private static String label(String remedy) {
    return remedy == null ? "-" : LABELS.getOrDefault(remedy, remedy);
  }

  private static String cny(double amount) {
    return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP).toPlainString() + " CNY";
  }

  private static double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : 0.0;
  }
}
