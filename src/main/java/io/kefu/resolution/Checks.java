package io.kefu.resolution;

import java.math.BigDecimal;

/** Argument checks of the ports' records: a violation is the caller's bug. */
final class Checks {
  private Checks() {}

  static void text(String value, String name, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    if (value.length() > max) {
      throw new IllegalArgumentException(name + " is longer than " + max + " characters");
    }
  }

  static void money(BigDecimal value, String name) {
    if (value == null || value.signum() <= 0) {
      throw new IllegalArgumentException(name + " must be positive");
    }
    if (value.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(name + " has more than two decimals");
    }
  }
}
