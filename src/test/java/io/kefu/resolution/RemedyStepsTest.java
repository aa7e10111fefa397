package io.kefu.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.cases.AuditAction;
import io.kefu.cases.AuditEntry;
import io.kefu.notify.Phrase;
import io.kefu.notify.Templates;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Plain unit tests of resolution's helpers: refund amounts, audit snapshots and how they become
 * the buyer's list of actions, and the settings' checks.
 */
class RemedyStepsTest {

  @Test
  void aShareOfTheOrderAmountIsRoundedDownToTheCent() {
    assertThat(RemedySteps.share(new BigDecimal("99.99"), 0.5)).isEqualByComparingTo("49.99");
    assertThat(RemedySteps.share(new BigDecimal("320.00"), 1.0)).isEqualByComparingTo("320.00");
    assertThat(RemedySteps.share(new BigDecimal("0.01"), 0.5)).isEqualByComparingTo("0.00");
    assertThat(RemedySteps.share(new BigDecimal("12999.00"), 0.3333))
        .isEqualByComparingTo("4332.56");
  }

  @Test
  void snapshotsAreJsonObjectsThatReadBack() {
    String json = RemedySteps.snapshot("amount", "60.00", "status", RefundStatus.SUCCEEDED,
        "reference", "SIMPAY-1");
    assertThat(json).isEqualTo(
        "{\"amount\":\"60.00\",\"status\":\"SUCCEEDED\",\"reference\":\"SIMPAY-1\"}");
    assertThat(RemedySteps.readSnapshot(json)).containsEntry("reference", "SIMPAY-1");
    assertThat(RemedySteps.readSnapshot("frozen")).isEmpty();
    assertThat(RemedySteps.readSnapshot("{broken")).isEmpty();
    assertThat(RemedySteps.readSnapshot(null)).isEmpty();
  }

  private static AuditEntry entry(AuditAction action, String after) {
    return new AuditEntry(1, Instant.EPOCH, "agent", 1, action, "why", null, after, "X-1");
  }

  @Test
  void resolutionsActionsBecomePhrasesInTheBuyersLanguageOthersStayAsRecorded() {
    Object refund = CloseResolvedDelegate.describe(entry(AuditAction.REFUND,
        RemedySteps.snapshot("amount", "60.00", "currency", "CNY", "status", "SUCCEEDED",
            "reference", "SIMPAY-1")));
    assertThat(refund).isEqualTo(Phrase.of(Templates.ACTION_REFUND,
        Map.of("amount", "60.00", "currency", "CNY", "reference", "SIMPAY-1")));

    Object coupon = CloseResolvedDelegate.describe(entry(AuditAction.COUPON,
        RemedySteps.snapshot("value", "20.00", "currency", "CNY", "code", "ABC",
            "validUntil", "2026-12-23T00:00:00Z")));
    assertThat(coupon).isInstanceOfSatisfying(Phrase.class, p -> assertThat(p.values())
        .containsEntry("validUntil", Instant.parse("2026-12-23T00:00:00Z")));

    // a snapshot without the phrase's values, or another kind of action: shown as recorded
    assertThat(CloseResolvedDelegate.describe(entry(AuditAction.RESHIP, "{\"carrier\":\"SF\"}")))
        .isEqualTo("RESHIP: {\"carrier\":\"SF\"}");
    assertThat(CloseResolvedDelegate.describe(entry(AuditAction.ACCOUNT_FREEZE, "frozen")))
        .isEqualTo("ACCOUNT_FREEZE: frozen");
  }

  @Test
  void settingsHaveTheDocumentedDefaultsAndRefuseMistakes() {
    ResolutionSettings settings = new ResolutionSettings();
    assertThat(settings.getProposalResponseTimeout()).isEqualTo("wall-clock@PT48H");
    assertThat(settings.getRetryCycle()).isEqualTo("R3/PT5M");
    assertThat(settings.remedyTime("RESHIP")).isEqualTo(Duration.ofHours(72));
    assertThat(settings.remedyTime("SOMETHING_NEW")).isEqualTo(Duration.ofDays(1));

    settings.setProposalResponseTimeout("agents@PT8H");
    assertThat(settings.getProposalResponseTimeout()).isEqualTo("agents@PT8H");
    assertThatThrownBy(() -> settings.setProposalResponseTimeout("two days"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kefu.resolution.proposal-response-timeout");
    assertThatThrownBy(() -> settings.setRetryCycle("PT5M"))
        .hasMessageContaining("kefu.resolution.retry-cycle");
    assertThatThrownBy(() -> settings.setCouponValidity(Duration.ZERO))
        .hasMessageContaining("coupon-validity");
  }
}
