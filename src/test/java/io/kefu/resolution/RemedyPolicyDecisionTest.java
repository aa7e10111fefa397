package io.kefu.resolution;

import io.kefu.testsupport.RecordedDecision;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * remedy-policy.dmn, rule by rule: every rule is hit at least once (with the amount boundaries
 * 100/500/1000 and all-null inputs) and gives the remedy the team agreed on.
 */
class RemedyPolicyDecisionTest {

  private static final Path DMN = Path.of("processes/remedy-policy.dmn");
  private static RecordedDecision policy;
  private static Set<String> allRules;

  @BeforeAll
  static void parse() throws Exception {
    policy = new RecordedDecision(DMN, "remedyPolicy");
    allRules = policy.allRules();
  }

  /** Inputs; null = not known. */
  record In(String category, String parcel, String fault, String cause, String expectation,
      String tier, Double amount) {}

  /** Outputs of the rule. */
  record Out(String remedy, double coupon, double share, boolean senior, String fallback,
      double fallbackCoupon) {}

  record Case(String name, String rule, In in, Out out) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case c(String name, String rule, In in, Out out) {
    return new Case(name, rule, in, out);
  }

  static List<Case> cases() {
    return List.of(
        c("account security, everything else set", "Rule_01_AccountSecurity",
            new In("ACCOUNT_SECURITY", "LOST", "SELLER", "SYSTEM_FAULT", "REFUND_ONLY", "VIP", 5000d),
            new Out("GUIDANCE_ONLY", 0, 0, false, "COUPON", 10)),
        c("account security before diagnosis (nulls)", "Rule_01_AccountSecurity",
            new In("ACCOUNT_SECURITY", null, null, null, null, null, null),
            new Out("GUIDANCE_ONLY", 0, 0, false, "COUPON", 10)),
        c("lost, refund, 500.01", "Rule_02_LostRefundLarge",
            new In("LOGISTICS", "LOST", "CARRIER", "EXTERNAL_FACTOR", "REFUND_ONLY", "NORMAL", 500.01),
            new Out("FULL_REFUND", 0, 1, true, "COUPON", 30)),
        c("lost, refund, exactly 500", "Rule_03_LostRefundSmall",
            new In("LOGISTICS", "LOST", "CARRIER", "EXTERNAL_FACTOR", "REFUND_ONLY", "NORMAL", 500d),
            new Out("FULL_REFUND", 0, 1, false, "COUPON", 20)),
        c("lost, no expectation known", "Rule_04_LostReship",
            new In("LOGISTICS", "LOST", null, null, null, "NORMAL", 80d),
            new Out("RESHIP", 0, 0, false, "COUPON", 20)),
        c("lost, refund, amount unknown", "Rule_04_LostReship",
            new In("LOGISTICS", "LOST", "CARRIER", null, "REFUND_ONLY", "NORMAL", null),
            new Out("RESHIP", 0, 0, false, "COUPON", 20)),
        c("stuck, compensation", "Rule_05_DelayedCompensation",
            new In("LOGISTICS", "STUCK", "CARRIER", "EXTERNAL_FACTOR", "COMPENSATION", "VIP", 300d),
            new Out("COUPON", 20, 0, false, "EXPEDITE", 0)),
        c("in transit, VIP", "Rule_06_DelayedVip",
            new In("LOGISTICS", "IN_TRANSIT", "CARRIER", "EXTERNAL_FACTOR", "INFORMATION", "VIP", 300d),
            new Out("EXPEDITE", 20, 0, false, "COUPON", 50)),
        c("stuck, normal buyer", "Rule_07_DelayedExpedite",
            new In("LOGISTICS", "STUCK", null, null, null, "NORMAL", 300d),
            new Out("EXPEDITE", 10, 0, false, "COUPON", 30)),
        c("seller, return, 1000.01", "Rule_08_SellerReturnLarge",
            new In("TRANSACTION_DISPUTE", null, "SELLER", "USER_ERROR", "RETURN_REFUND", "NORMAL", 1000.01),
            new Out("RETURN_AND_REFUND", 0, 1, true, "COUPON", 20)),
        c("seller, return, exactly 1000", "Rule_09_SellerReturn",
            new In("TRANSACTION_DISPUTE", null, "SELLER", "USER_ERROR", "RETURN_REFUND", "NORMAL", 1000d),
            new Out("RETURN_AND_REFUND", 0, 1, false, "COUPON", 20)),
        c("seller, return, delivered parcel in logistics", "Rule_09_SellerReturn",
            new In("LOGISTICS", "DELIVERED", "SELLER", null, "RETURN_REFUND", "VIP", 20d),
            new Out("RETURN_AND_REFUND", 0, 1, false, "COUPON", 20)),
        c("seller, exchange", "Rule_10_SellerExchange",
            new In("TRANSACTION_DISPUTE", null, "SELLER", null, "EXCHANGE", "NORMAL", 2000d),
            new Out("RESHIP", 0, 0, false, "COUPON", 20)),
        c("seller, refund, exactly 100", "Rule_11_SellerRefundSmall",
            new In("TRANSACTION_DISPUTE", null, "SELLER", null, "REFUND_ONLY", "NORMAL", 100d),
            new Out("FULL_REFUND", 0, 1, false, "COUPON", 10)),
        c("seller, refund, 500.01", "Rule_12_SellerRefundLarge",
            new In("PAYMENT_REFUND", null, "SELLER", null, "REFUND_ONLY", "NORMAL", 500.01),
            new Out("PARTIAL_REFUND", 0, 0.5, true, "COUPON", 30)),
        c("seller, refund, 100.01", "Rule_13_SellerRefundMedium",
            new In("TRANSACTION_DISPUTE", null, "SELLER", null, "REFUND_ONLY", "NORMAL", 100.01),
            new Out("PARTIAL_REFUND", 0, 0.5, false, "COUPON", 20)),
        c("seller, refund, exactly 500", "Rule_13_SellerRefundMedium",
            new In("TRANSACTION_DISPUTE", null, "SELLER", null, "REFUND_ONLY", "NORMAL", 500d),
            new Out("PARTIAL_REFUND", 0, 0.5, false, "COUPON", 20)),
        c("seller, refund, amount unknown", "Rule_13_SellerRefundMedium",
            new In("TRANSACTION_DISPUTE", null, "SELLER", null, "REFUND_ONLY", "NORMAL", null),
            new Out("PARTIAL_REFUND", 0, 0.5, false, "COUPON", 20)),
        c("platform, VIP", "Rule_14_PlatformVip",
            new In("FEATURE_USAGE", null, "PLATFORM", "SYSTEM_FAULT", "COMPENSATION", "VIP", 0d),
            new Out("COUPON", 50, 0, false, "COUPON", 100)),
        c("platform, normal", "Rule_15_Platform",
            new In("FEATURE_USAGE", null, "PLATFORM", "SYSTEM_FAULT", null, "NORMAL", 0d),
            new Out("COUPON", 20, 0, false, "COUPON", 50)),
        c("system fault, no fault party", "Rule_16_SystemFault",
            new In("PAYMENT_REFUND", null, "UNKNOWN", "SYSTEM_FAULT", "REFUND_ONLY", "VIP", 50d),
            new Out("COUPON", 20, 0, false, "COUPON", 50)),
        c("VIP wants compensation", "Rule_17_CompensationVip",
            new In("ORDER_QUERY", null, "CARRIER", "EXTERNAL_FACTOR", "COMPENSATION", "VIP", 50d),
            new Out("COUPON", 30, 0, false, "COUPON", 60)),
        c("normal buyer wants compensation", "Rule_18_Compensation",
            new In("ORDER_QUERY", null, "UNKNOWN", null, "COMPENSATION", "NORMAL", 50d),
            new Out("COUPON", 10, 0, false, "COUPON", 30)),
        c("buyer at fault", "Rule_19_BuyerFault",
            new In("TRANSACTION_DISPUTE", null, "BUYER", "USER_ERROR", "REFUND_ONLY", "VIP", 800d),
            new Out("GUIDANCE_ONLY", 0, 0, false, "COUPON", 5)),
        c("all inputs null", "Rule_20_Default",
            new In(null, null, null, null, null, null, null),
            new Out("GUIDANCE_ONLY", 0, 0, false, "COUPON", 10)),
        c("order question, information wanted", "Rule_20_Default",
            new In("ORDER_QUERY", null, "UNKNOWN", "MISSING_INFORMATION", "INFORMATION", "NORMAL", 99d),
            new Out("GUIDANCE_ONLY", 0, 0, false, "COUPON", 10)),
        c("logistics, parcel not queried yet", "Rule_20_Default",
            new In("LOGISTICS", null, null, null, null, "VIP", 300d),
            new Out("GUIDANCE_ONLY", 0, 0, false, "COUPON", 10)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decides(Case c) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("category", c.in().category());
    vars.put("parcelState", c.in().parcel());
    vars.put("faultParty", c.in().fault());
    vars.put("rootCause", c.in().cause());
    vars.put("buyerExpectation", c.in().expectation());
    vars.put("customerTier", c.in().tier());
    vars.put("orderAmount", c.in().amount());
    VariableMap input = Variables.fromMap(vars);
    DmnDecisionResultEntries result = policy.evaluate(input);
    assertThat(policy.lastHit()).as("first matching rule").startsWith(c.rule());
    assertThat(Map.copyOf(result.getEntryMap())).containsExactlyInAnyOrderEntriesOf(Map.of(
        "remedy", c.out().remedy(), "couponValue", c.out().coupon(),
        "refundShare", c.out().share(), "seniorApprovalRequired", c.out().senior(),
        "fallbackRemedy", c.out().fallback(), "fallbackCouponValue", c.out().fallbackCoupon()));
  }

  @Test
  void theTableHasTheTwentyAgreedRules() throws Exception {
    assertThat(policy.allRules()).as("rules of remedy-policy.dmn (contract shared by several stages)")
        .hasSize(20);
  }

  @AfterAll
  static void everyRuleWasHit() {
    assertThat(policy.hitRules()).as("rules hit by this test").containsExactlyInAnyOrderElementsOf(allRules);
  }
}
