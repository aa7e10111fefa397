package io.kefu.notify;

import io.kefu.marketplace.CustomerDirectory;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * <b>Simulator</b> of an automated voice call service: calls nobody, records in kefu's database
 * ({@code kefu_sim_phone_message}) the script of the call it would have made. Can be told to
 * fail ({@link #setFailing}, {@link #failNext}). On by default;
 * {@code kefu.notify.voice.simulator.enabled=false} removes it for a real
 * {@link VoiceCallGateway}.
 */
@Component
@ConditionalOnProperty(name = "kefu.notify.voice.simulator.enabled", havingValue = "true",
    matchIfMissing = true)
public class SimulatedVoiceCallGateway extends PhoneSimulatorLog implements VoiceCallGateway {

  public SimulatedVoiceCallGateway(JdbcClient jdbc, CustomerDirectory customers, Clock clock) {
    super(Channel.VOICE, jdbc, customers, clock);
  }

  @Override
  public void call(Call call) {
    record(call.reference(), call.customerId(), call.language(), call.script());
  }
}
