package io.kefu.cases;

import java.util.List;

/** What intake knows about a request before triage. Free texts are already redacted. */
public record NewCase(
    String channelAccount,
    String requestId,
    String requestFingerprint,
    String channel,
    String customerId,
    String orderNumber,
    String description,
    String desiredOutcome,
    String language,
    String piiMasked,
    List<Attachment> attachments) {

  /** Metadata of a file the buyer attached; kefu never fetches it. */
  public record Attachment(String type, String name, String url) {}
}
