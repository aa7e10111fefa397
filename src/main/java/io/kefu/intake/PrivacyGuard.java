package io.kefu.intake;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Masks personal data that kefu must never keep (DOMAIN.md, intake: privacy) from a buyer's free
 * text before anything is stored, logged or put in a process variable: Chinese national ID
 * numbers (18 characters with a valid ISO 7064 MOD 11-2 check digit), bank card numbers (13-19
 * digits, separated or not, passing the Luhn check) and mainland mobile numbers.
 */
@Component
public class PrivacyGuard {

  /** What was found and masked. */
  public enum Kind {
    NATIONAL_ID("[身份证号已隐藏 ID number hidden]"),
    BANK_CARD("[银行卡号已隐藏 card number hidden]"),
    MOBILE("[手机号已隐藏 phone number hidden]");

    final String mask;

    Kind(String mask) {
      this.mask = mask;
    }
  }

  /** The redacted text and the kinds of data that were masked in it. */
  public record Redaction(String text, Set<Kind> masked) {
    public boolean changed() {
      return !masked.isEmpty();
    }
  }

  // Letters or digits around a number make it part of something else (order or tracking number).
  private static final Pattern NATIONAL_ID =
      Pattern.compile("(?<![A-Za-z0-9])(\\d{17}[0-9Xx])(?![A-Za-z0-9])");
  private static final Pattern CARD =
      Pattern.compile("(?<![A-Za-z0-9])(\\d(?:[ -]?\\d){12,18})(?![A-Za-z0-9])");
  private static final Pattern MOBILE = Pattern.compile(
      "(?<![A-Za-z0-9])(?:(?:\\+|00)?86[ -]?)?(1[3-9]\\d(?:[ -]?\\d){8})(?![A-Za-z0-9])");
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] ID_CHECK = "10X98765432".toCharArray();

  public Redaction redact(String text) {
    if (text == null || text.isEmpty()) {
      return new Redaction(text, Set.of());
    }
    Set<Kind> masked = EnumSet.noneOf(Kind.class);
    String result = replace(NATIONAL_ID, text, Kind.NATIONAL_ID, PrivacyGuard::isNationalId, masked);
    // mobile before card: "86" + a mobile number is 13 digits and may pass Luhn
    result = replace(MOBILE, result, Kind.MOBILE, candidate -> true, masked);
    result = replace(CARD, result, Kind.BANK_CARD, PrivacyGuard::isCardNumber, masked);
    return new Redaction(result, masked);
  }

  private interface Check {
    boolean test(String candidate);
  }

  private static String replace(Pattern pattern, String text, Kind kind, Check check,
      Set<Kind> masked) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      if (check.test(m.group(1))) {
        masked.add(kind);
        m.appendReplacement(out, Matcher.quoteReplacement(kind.mask));
      } else {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
      }
    }
    m.appendTail(out);
    return out.toString();
  }

  static boolean isNationalId(String id) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return Character.toUpperCase(id.charAt(17)) == ID_CHECK[sum % 11];
  }

  static boolean isCardNumber(String candidate) {
    String digits = candidate.replaceAll("[ -]", "");
    if (digits.length() < 13 || digits.length() > 19) {
      return false;
    }
    int sum = 0;
    boolean dbl = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }
}
