package io.kefu.triage;

import io.kefu.testsupport.RecordedDecision;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** triage.dmn, rule by rule: each rule is hit by at least one case and decides as documented. */
class TriageDecisionTest {

  private static RecordedDecision triage;
  private static Set<String> allRules;

  @BeforeAll
  static void parse() throws Exception {
    // the product's FEEL setting (legacy FEEL, see application.yaml)
    triage = new RecordedDecision(Path.of("processes/triage.dmn"), "triage");
    allRules = triage.allRules();
  }

  record Case(String rule, String category, String emotion, String tier, double amount,
      int complaints, boolean risk, String priority, String group, String firstResponse,
      String resolution, boolean selfService) {
    @Override
    public String toString() {
      return rule;
    }
  }

  static List<Case> cases() {
    return List.of(
        new Case("Rule_AccountSecurity", "ACCOUNT_SECURITY", "CALM", "NORMAL", 0, 0, false,
            "P1", "security-team", "PT15M", "PT4H", false),
        new Case("Rule_AccountRiskFlag", "ORDER_QUERY", "CALM", "NORMAL", 20, 0, true,
            "P1", "security-team", "PT15M", "PT4H", false),
        new Case("Rule_LargeMoneyLoss", "TRANSACTION_DISPUTE", "UPSET", "NORMAL", 5000, 0, false,
            "P1", "senior-agents", "PT15M", "PT24H", false),
        new Case("Rule_LargeMoneyLoss", "PAYMENT_REFUND", "CALM", "VIP", 12999, 5, false,
            "P1", "senior-agents", "PT15M", "PT24H", false),
        new Case("Rule_RepeatComplainant", "LOGISTICS", "CALM", "NORMAL", 100, 3, false,
            "P2", "senior-agents", "PT30M", "PT24H", false),
        new Case("Rule_VipCustomer", "FEATURE_USAGE", "CALM", "VIP", 0, 0, false,
            "P2", "senior-agents", "PT30M", "PT24H", false),
        new Case("Rule_AngryBuyer", "LOGISTICS", "ANGRY", "NORMAL", 300, 0, false,
            "P2", "senior-agents", "PT30M", "PT24H", false),
        new Case("Rule_TransactionDispute", "TRANSACTION_DISPUTE", "UPSET", "NORMAL", 4999.99, 2,
            false, "P3", "agents", "PT1H", "PT48H", false),
        new Case("Rule_Logistics", "LOGISTICS", "UPSET", "NORMAL", 80, 0, false,
            "P3", "agents", "PT1H", "PT24H", false),
        new Case("Rule_SimpleQuestionSelfService", "ORDER_QUERY", "CALM", "NORMAL", 0, 0, false,
            "P4", "agents", "PT2H", "PT24H", true),
        new Case("Rule_SimpleQuestionSelfService", "PAYMENT_REFUND", "CALM", "NORMAL", 499, 1,
            false, "P4", "agents", "PT2H", "PT24H", true),
        new Case("Rule_PaymentRefund", "PAYMENT_REFUND", "UPSET", "NORMAL", 100, 0, false,
            "P3", "agents", "PT1H", "PT24H", false),
        new Case("Rule_PaymentRefund", "PAYMENT_REFUND", "CALM", "NORMAL", 500, 0, false,
            "P3", "agents", "PT1H", "PT24H", false),
        new Case("Rule_SimpleQuestionAgent", "FEATURE_USAGE", "UPSET", "NORMAL", 0, 0, false,
            "P4", "agents", "PT2H", "PT24H", false),
        new Case("Rule_SimpleQuestionAgent", "ORDER_QUERY", "CALM", "NORMAL", 800, 0, false,
            "P4", "agents", "PT2H", "PT24H", false),
        new Case("Rule_Fallback", "SOMETHING_NEW", "CALM", "NORMAL", 0, 0, false,
            "P3", "agents", "PT1H", "PT24H", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decides(Case c) {
    VariableMap input = Variables.createVariables()
        .putValue("category", c.category()).putValue("emotion", c.emotion())
        .putValue("customerTier", c.tier()).putValue("orderAmount", c.amount())
        .putValue("complaints30d", c.complaints()).putValue("accountRisk", c.risk());
    DmnDecisionResultEntries result = triage.evaluate(input);
    assertThat(triage.lastHit()).as("first matching rule").startsWith(c.rule());
    assertThat(Map.copyOf(result.getEntryMap())).containsExactlyInAnyOrderEntriesOf(Map.of(
        "priority", c.priority(), "candidateGroup", c.group(),
        "firstResponseTarget", c.firstResponse(), "resolutionTarget", c.resolution(),
        "selfServiceEligible", c.selfService()));
  }

  @AfterAll
  static void everyRuleWasHit() {
    assertThat(triage.hitRules()).as("rules hit by this test").containsExactlyInAnyOrderElementsOf(allRules);
  }
}
