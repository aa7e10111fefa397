package io.kefu.platform.simulator;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A failure to inject: which calls fail, how, and how often.
 *
 * @param simulator the simulator's name, e.g. {@code payment-gateway}
 * @param operation the operation, e.g. {@code refund}; {@code null} for any
 * @param key fail only calls about this key (a refund id, order number, tracking number...);
 *     {@code null} for any call
 * @param kind technical failure or business refusal
 * @param refusalCode the refusal code for {@link FailureKind#REFUSAL}; {@code null} for the
 *     operation's default; must be {@code null} for {@link FailureKind#TECHNICAL}
 * @param times how many matching calls fail; {@code null} for every matching call until the rule
 *     is removed
 */
public record FailureSpec(
    @Schema(example = "payment-gateway") @NotBlank @Size(max = 40) String simulator,
    @Schema(example = "refund") @Size(max = 40) String operation,
    @Schema(example = "O2026110100001") @Size(max = 128) String key,
    @NotNull FailureKind kind,
    @Schema(example = "ACCOUNT_CLOSED") @Size(max = 40) String refusalCode,
    @Schema(example = "1") @Min(1) Integer times) {

  /** The next {@code times} calls of any operation of the simulator fail. */
  public static FailureSpec next(String simulator, int times, FailureKind kind) {
    return new FailureSpec(simulator, null, null, kind, null, times);
  }

  /** Every call of the simulator about {@code key} fails, until the rule is removed. */
  public static FailureSpec forKey(String simulator, String key, FailureKind kind) {
    return new FailureSpec(simulator, null, key, kind, null, null);
  }
}
