package io.kefu.notify;

/**
 * Port to an automated voice call service (text-to-speech outbound calls), for buyers who do not
 * answer other channels. Like {@link SmsGateway} it calls the phone bound to the customer's
 * account. The built-in implementation is {@link SimulatedVoiceCallGateway}; a deployment with a
 * real service provides its own bean and sets {@code kefu.notify.voice.simulator.enabled=false}.
 */
public interface VoiceCallGateway {

  /**
   * An automated call.
   *
   * @param reference unique per delivery; a service should ignore a reference it has seen
   * @param customerId the marketplace's customer id
   * @param language {@code zh} or {@code en}: the voice to use
   * @param script what the call says
   */
  record Call(String reference, String customerId, String language, String script) {}

  /**
   * Places the call, or throws: {@link UndeliverableException} when it can never be placed,
   * any other exception for a failure worth retrying.
   */
  void call(Call call);
}
