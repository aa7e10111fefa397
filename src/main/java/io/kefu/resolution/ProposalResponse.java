package io.kefu.resolution;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The buyer's answer to the remedy kefu proposed (template "apology + options").
 *
 * @param accepted whether the buyer accepts it
 * @param reason why not, in the buyer's words (optional; personal data is masked)
 */
public record ProposalResponse(
    @Schema(example = "false") @NotNull Boolean accepted,
    @Schema(example = "优惠券不够，我要退款 The coupon is not enough, I want a refund")
    @Size(max = 1000) String reason) {}
