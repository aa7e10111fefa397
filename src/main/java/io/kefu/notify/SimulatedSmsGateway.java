package io.kefu.notify;

import io.kefu.marketplace.CustomerDirectory;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * <b>Simulator</b> of an SMS provider: sends nothing, records in kefu's database
 * ({@code kefu_sim_phone_message}) what would have been sent, with the last four digits of the
 * bound phone. Can be told to fail ({@link #setFailing}, {@link #failNext}). On by default;
 * {@code kefu.notify.sms.simulator.enabled=false} removes it for a real {@link SmsGateway}.
 */
@Component
@ConditionalOnProperty(name = "kefu.notify.sms.simulator.enabled", havingValue = "true",
    matchIfMissing = true)
public class SimulatedSmsGateway extends PhoneSimulatorLog implements SmsGateway {

  public SimulatedSmsGateway(JdbcClient jdbc, CustomerDirectory customers, Clock clock) {
    super(Channel.SMS, jdbc, customers, clock);
  }

  @Override
  public void send(TextMessage message) {
    record(message.reference(), message.customerId(), message.language(), message.text());
  }
}
