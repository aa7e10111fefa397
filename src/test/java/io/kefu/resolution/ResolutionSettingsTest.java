package io.kefu.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** kefu.resolution.returns.* and seller-after-sales.*: defaults, and mistakes stop the start. */
class ResolutionSettingsTest {

  @Test
  void defaultsAreTheAgreedDeadlines() {
    ReturnSettings returns = new ReturnSettings();
    assertThat(returns.getTrackingNumberDeadline()).isEqualTo("wall-clock@P7D");
    assertThat(returns.getTrackingNumberReminderAfter()).isEqualTo("wall-clock@P3D");
    assertThat(returns.getReturnReceivedDeadline()).isEqualTo("wall-clock@P15D");
    SellerAfterSalesSettings sellers = new SellerAfterSalesSettings();
    assertThat(sellers.getResponseTime()).isEqualTo("sellers@PT72H");
    assertThat(sellers.getUnansweredPenaltyPoints()).isEqualTo(2);
  }

  @Test
  void engineDurationsWithOrWithoutCalendarGroupAreAccepted() {
    ReturnSettings returns = new ReturnSettings();
    returns.setTrackingNumberDeadline(" P5D ");
    returns.setTrackingNumberReminderAfter("agents@PT24H");
    returns.setReturnReceivedDeadline("wall-clock@P2W");
    assertThat(returns.getTrackingNumberDeadline()).isEqualTo("P5D");
    assertThat(returns.getTrackingNumberReminderAfter()).isEqualTo("agents@PT24H");
    SellerAfterSalesSettings sellers = new SellerAfterSalesSettings();
    sellers.setResponseTime("sellers@PT48H");
    sellers.setUnansweredPenaltyPoints(100);
    assertThat(sellers.getResponseTime()).isEqualTo("sellers@PT48H");
  }

  @Test
  void aMistakeNamesTheProperty() {
    ReturnSettings returns = new ReturnSettings();
    assertThatThrownBy(() -> returns.setTrackingNumberDeadline("7 days"))
        .hasMessageContaining("kefu.resolution.returns.tracking-number-deadline");
    assertThatThrownBy(() -> returns.setReturnReceivedDeadline("wall-clock@P1M"))
        .hasMessageContaining("return-received-deadline");
    assertThatThrownBy(() -> returns.setTrackingNumberReminderAfter("PT0S"))
        .hasMessageContaining("tracking-number-reminder-after");
    assertThatThrownBy(() -> returns.setTrackingNumberReminderAfter(""))
        .hasMessageContaining("tracking-number-reminder-after");
    SellerAfterSalesSettings sellers = new SellerAfterSalesSettings();
    assertThatThrownBy(() -> sellers.setResponseTime("sellers@"))
        .hasMessageContaining("seller-after-sales.response-time");
    assertThatThrownBy(() -> sellers.setUnansweredPenaltyPoints(0))
        .hasMessageContaining("unanswered-penalty-points");
    assertThatThrownBy(() -> sellers.setUnansweredPenaltyPoints(101))
        .hasMessageContaining("unanswered-penalty-points");
  }
}
