package io.kefu.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OperationIdsTest {

  @Test
  void derivedFromCaseNumberPurposeAndSequence() {
    String c = "CS-20261123-000042";
    assertThat(OperationIds.refund(c, 1)).isEqualTo("RF-CS-20261123-000042-1");
    assertThat(OperationIds.refund(c, 2)).isEqualTo("RF-CS-20261123-000042-2");
    assertThat(OperationIds.coupon(c, 1)).isEqualTo("CP-CS-20261123-000042-1");
    assertThat(OperationIds.reship(c, 1)).isEqualTo("RS-CS-20261123-000042-1");
    assertThat(OperationIds.expedite(c, 1)).isEqualTo("EX-CS-20261123-000042-1");
    assertThat(OperationIds.carrierClaim(c, 1)).isEqualTo("CL-CS-20261123-000042-1");
    assertThat(OperationIds.afterSales(c, 1)).isEqualTo("AS-CS-20261123-000042-1");
    assertThat(OperationIds.storePenalty(c, 1)).isEqualTo("SP-CS-20261123-000042-1");
  }

  @Test
  void needACaseAndAPositiveSequence() {
    assertThatThrownBy(() -> OperationIds.refund(" ", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OperationIds.refund("CS-1", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
