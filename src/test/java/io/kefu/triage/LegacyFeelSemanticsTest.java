package io.kefu.triage;

import io.kefu.testsupport.ProductDmnSettings;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * kefu evaluates DMN with legacy FEEL (application.yaml). The cells kefu's decision tables use
 * must decide as they do with the Scala FEEL engine: a string cell never matches a null input,
 * a comparison on a double input does not match (and does not fail) when the input is null, an
 * empty cell matches anything including null, and outputs keep their types.
 */
class LegacyFeelSemanticsTest {

  private static final String DMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Cells"
          name="cells" namespace="http://kefu.io/dmn">
        <decision id="cells" name="cells">
          <decisionTable id="DecisionTable_Cells" hitPolicy="FIRST">
            <input id="Input_FaultParty">
              <inputExpression id="Input_FaultParty_Expression" typeRef="string"><text>faultParty</text></inputExpression>
            </input>
            <input id="Input_OrderAmount">
              <inputExpression id="Input_OrderAmount_Expression" typeRef="double"><text>orderAmount</text></inputExpression>
            </input>
            <output id="Output_Remedy" name="remedy" typeRef="string" />
            <output id="Output_Coupon" name="couponValue" typeRef="double" />
            <output id="Output_Approval" name="approval" typeRef="boolean" />
            <rule id="Rule_SellerLarge">
              <inputEntry id="Rule_SellerLarge_In1"><text>"SELLER"</text></inputEntry>
              <inputEntry id="Rule_SellerLarge_In2"><text>&gt; 500</text></inputEntry>
              <outputEntry id="Rule_SellerLarge_Out1"><text>"FULL_REFUND"</text></outputEntry>
              <outputEntry id="Rule_SellerLarge_Out2"><text>0</text></outputEntry>
              <outputEntry id="Rule_SellerLarge_Out3"><text>true</text></outputEntry>
            </rule>
            <rule id="Rule_Seller">
              <inputEntry id="Rule_Seller_In1"><text>"SELLER"</text></inputEntry>
              <inputEntry id="Rule_Seller_In2"><text></text></inputEntry>
              <outputEntry id="Rule_Seller_Out1"><text>"COUPON"</text></outputEntry>
              <outputEntry id="Rule_Seller_Out2"><text>20</text></outputEntry>
              <outputEntry id="Rule_Seller_Out3"><text>false</text></outputEntry>
            </rule>
            <rule id="Rule_NotSeller">
              <inputEntry id="Rule_NotSeller_In1"><text>not("SELLER")</text></inputEntry>
              <inputEntry id="Rule_NotSeller_In2"><text>[100..500]</text></inputEntry>
              <outputEntry id="Rule_NotSeller_Out1"><text>"PARTIAL"</text></outputEntry>
              <outputEntry id="Rule_NotSeller_Out2"><text>10.5</text></outputEntry>
              <outputEntry id="Rule_NotSeller_Out3"><text>false</text></outputEntry>
            </rule>
            <rule id="Rule_Fallback">
              <inputEntry id="Rule_Fallback_In1"><text></text></inputEntry>
              <inputEntry id="Rule_Fallback_In2"><text></text></inputEntry>
              <outputEntry id="Rule_Fallback_Out1"><text>"APOLOGY"</text></outputEntry>
              <outputEntry id="Rule_Fallback_Out2"><text>0</text></outputEntry>
              <outputEntry id="Rule_Fallback_Out3"><text>false</text></outputEntry>
            </rule>
          </decisionTable>
        </decision>
      </definitions>
      """.strip();

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("SELLER", 600.0, "FULL_REFUND"),
        Arguments.of("SELLER", 500.01, "FULL_REFUND"),
        Arguments.of("SELLER", 500.0, "COUPON"),
        Arguments.of("SELLER", null, "COUPON"),
        Arguments.of(null, 600.0, "APOLOGY"),
        Arguments.of(null, null, "APOLOGY"),
        Arguments.of("CARRIER", 300.0, "PARTIAL"),
        Arguments.of("CARRIER", 99.99, "APOLOGY"),
        Arguments.of("seller", 600.0, "APOLOGY"));
  }

  @Test
  void productRunsLegacyFeel() {
    assertThat(ProductDmnSettings.legacyFeel()).as(ProductDmnSettings.LEGACY_FEEL).isTrue();
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @MethodSource("cases")
  void legacyAndScalaFeelDecideAlike(String faultParty, Double orderAmount, String remedy) {
    DmnDecisionResultEntries legacy = evaluate(ProductDmnSettings.configuration(), faultParty,
        orderAmount);
    DmnDecisionResultEntries scala = evaluate(
        new DefaultDmnEngineConfiguration().enableFeelLegacyBehavior(false), faultParty,
        orderAmount);

    assertThat((String) legacy.get("remedy")).isEqualTo(remedy);
    assertThat(legacy.getEntryMap()).isEqualTo(scala.getEntryMap());
    assertThat(legacy.get("couponValue")).isInstanceOf(Double.class);
    assertThat(legacy.get("approval")).isInstanceOf(Boolean.class);
  }

  private static DmnDecisionResultEntries evaluate(DefaultDmnEngineConfiguration config,
      String faultParty, Double orderAmount) {
    DmnEngine engine = config.buildEngine();
    DmnDecision decision = engine.parseDecision("cells",
        new ByteArrayInputStream(DMN.getBytes(StandardCharsets.UTF_8)));
    VariableMap input = Variables.createVariables()
        .putValue("faultParty", faultParty).putValue("orderAmount", orderAmount);
    return engine.evaluateDecision(decision, input).getSingleResult();
  }
}
