package io.kefu.notify;

/**
 * Port to an SMS provider. kefu never holds a buyer's full phone number: the provider (usually
 * the marketplace's own messaging service) sends to the phone bound to the customer's account.
 * The built-in implementation is {@link SimulatedSmsGateway}; a deployment with a real provider
 * provides its own bean and sets {@code kefu.notify.sms.simulator.enabled=false}.
 */
public interface SmsGateway {

  /**
   * A text message.
   *
   * @param reference unique per delivery; a provider should ignore a reference it has seen
   * @param customerId the marketplace's customer id
   * @param language {@code zh} or {@code en}
   * @param text the message
   */
  record TextMessage(String reference, String customerId, String language, String text) {}

  /**
   * Sends the message, or throws: {@link UndeliverableException} when it can never be sent (it
   * is not retried), any other exception for a failure worth retrying.
   */
  void send(TextMessage message);
}
