package io.kefu.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A buyer's request as a channel integration sends it. Enumerations are validated as text so
 * that one answer lists every invalid field. Unknown JSON fields are ignored.
 */
public record IntakeRequest(
    @Schema(description = "The client's idempotency key: the same key again returns the same case",
        example = "app-7f3c9a")
    @NotBlank @Size(max = 128) @Pattern(regexp = "[A-Za-z0-9._:-]*",
        message = "may contain only letters, digits and . _ : -")
    String requestId,

    @Schema(allowableValues = {"APP", "WEB", "WECHAT", "PHONE", "EMAIL", "SOCIAL"})
    @NotBlank @Pattern(regexp = "APP|WEB|WECHAT|PHONE|EMAIL|SOCIAL",
        message = "must be one of APP, WEB, WECHAT, PHONE, EMAIL, SOCIAL")
    String channel,

    @Schema(example = "C00001") @NotBlank @Size(max = 32) String customerId,

    @Schema(example = "O2026110100001") @Size(max = 32) String orderNumber,

    @Schema(description = "The buyer's words (text, voice transcript or image caption)")
    @NotBlank @Size(max = 4000) String description,

    @Schema(allowableValues = {"REFUND_ONLY", "RETURN_REFUND", "EXCHANGE", "COMPENSATION",
        "INFORMATION"})
    @Pattern(regexp = "REFUND_ONLY|RETURN_REFUND|EXCHANGE|COMPENSATION|INFORMATION",
        message = "must be one of REFUND_ONLY, RETURN_REFUND, EXCHANGE, COMPENSATION, INFORMATION")
    String desiredOutcome,

    @Size(max = 10) List<@Valid Attachment> attachments) {

  /** Metadata of a file the buyer attached. kefu never fetches the URL. */
  public record Attachment(
      @NotBlank @Pattern(regexp = "IMAGE|VIDEO|AUDIO|DOCUMENT|CHAT_LOG",
          message = "must be one of IMAGE, VIDEO, AUDIO, DOCUMENT, CHAT_LOG")
      String type,
      @NotBlank @Size(max = 255) String name,
      @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
      String url) {}

  public List<Attachment> attachmentsOrEmpty() {
    return attachments == null ? List.of() : attachments;
  }
}
