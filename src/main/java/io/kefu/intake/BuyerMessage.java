package io.kefu.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A buyer's follow-up message on an existing case. */
public record BuyerMessage(
    @NotBlank @Size(max = 128) @Pattern(regexp = "[A-Za-z0-9._:-]*",
        message = "may contain only letters, digits and . _ : -")
    String messageId,
    @NotBlank @Size(max = 4000) String text,
    @Pattern(regexp = "SOLVED|NOT_SOLVED", message = "must be SOLVED or NOT_SOLVED")
    String confirmation) {}
