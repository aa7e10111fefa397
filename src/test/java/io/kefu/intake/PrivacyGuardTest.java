package io.kefu.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.intake.PrivacyGuard.Kind;
import org.junit.jupiter.api.Test;

class PrivacyGuardTest {

  private final PrivacyGuard guard = new PrivacyGuard();

  @Test
  void masksValidNationalIdNumbers() {
    // 11010519491231002X is the textbook example with a valid check digit
    var r = guard.redact("我的身份证是11010519491231002X，帮我查一下");
    assertThat(r.text()).doesNotContain("11010519491231002X").contains("身份证号已隐藏");
    assertThat(r.masked()).containsExactly(Kind.NATIONAL_ID);
  }

  @Test
  void leavesEighteenDigitsWithAWrongCheckDigitToTheOtherChecks() {
    var r = guard.redact("编号110105194912310021");
    assertThat(r.masked()).doesNotContain(Kind.NATIONAL_ID);
  }

  @Test
  void masksCardNumbersPassingLuhnWithOrWithoutSeparators() {
    var plain = guard.redact("card 4111111111111111 please refund");
    assertThat(plain.text()).isEqualTo("card [银行卡号已隐藏 card number hidden] please refund");
    var spaced = guard.redact("退到 6222 0200 0000 0000 000 这张卡");
    assertThat(spaced.masked()).containsExactly(Kind.BANK_CARD);
    assertThat(spaced.text()).doesNotContain("6222");
  }

  @Test
  void keepsDigitRunsThatFailLuhn() {
    var r = guard.redact("quantity 4111111111111112");
    assertThat(r.masked()).isEmpty();
    assertThat(r.text()).isEqualTo("quantity 4111111111111112");
  }

  @Test
  void masksMobileNumbersInCommonNotations() {
    for (String phone : new String[] {"13812345678", "138-1234-5678", "+86 138 1234 5678",
        "8613812345678"}) {
      var r = guard.redact("电话 " + phone + " 联系我");
      assertThat(r.masked()).as(phone).containsExactly(Kind.MOBILE);
      assertThat(r.text()).as(phone).isEqualTo("电话 [手机号已隐藏 phone number hidden] 联系我");
    }
  }

  @Test
  void leavesOrderAndTrackingNumbersAlone() {
    String text = "订单 O2026110100001 运单 SF1234567890123 金额 12999";
    var r = guard.redact(text);
    assertThat(r.text()).isEqualTo(text);
    assertThat(r.changed()).isFalse();
  }

  @Test
  void masksSeveralKindsInOneText() {
    var r = guard.redact("ID 11010519491231002X card 4111-1111-1111-1111 tel 13912345678");
    assertThat(r.masked()).containsExactlyInAnyOrder(Kind.NATIONAL_ID, Kind.BANK_CARD, Kind.MOBILE);
    assertThat(r.text()).doesNotContainPattern("\\d{6,}");
  }

  @Test
  void emptyTextStaysEmpty() {
    assertThat(guard.redact("").changed()).isFalse();
    assertThat(guard.redact(null).text()).isNull();
  }
}
