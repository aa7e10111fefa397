package io.kefu.notify;

/** How a notification reaches the buyer. */
public enum Channel {
  /** The buyer-visible timeline of the case, shown by the channel's app; always used. */
  IN_APP,
  /** E-mail over SMTP to the account's address, when it has one. */
  EMAIL,
  /** A text message to the account's bound phone ({@link SmsGateway}). */
  SMS,
  /** An automated voice call to the account's bound phone ({@link VoiceCallGateway}). */
  VOICE
}
