package io.kefu.notify;

/**
 * A template rendered for one buyer, per channel.
 *
 * @param subject the e-mail's subject
 * @param body the message: the in-app timeline entry
 * @param email the e-mail's text (the body unless the template has an {@code email} variant)
 * @param sms the text message (the template's {@code sms} variant, else the body)
 * @param voice the script of an automated call (the {@code voice} variant, else the SMS text)
 */
public record RenderedMessage(String subject, String body, String email, String sms,
    String voice) {

  /** The text a channel delivers. */
  public String textFor(Channel channel) {
    return switch (channel) {
      case IN_APP -> body;
      case EMAIL -> email;
      case SMS -> sms;
      case VOICE -> voice;
    };
  }
}
