package io.kefu.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The mail health check counts only where an SMTP server is configured. */
class MailHealthDefaultTest {

  @Test
  void withoutAnSmtpHostTheMailHealthCheckIsOff() {
    // the production profile without KEFU_SMTP_HOST: spring.mail.host is empty
    MockEnvironment env = new MockEnvironment().withProperty("spring.mail.host", "");
    new MailHealthDefault().postProcessEnvironment(env, null);
    assertThat(env.getProperty("management.health.mail.enabled")).isEqualTo("false");
  }

  @Test
  void withAnSmtpHostItStaysOn() {
    MockEnvironment env = new MockEnvironment().withProperty("spring.mail.host", "smtp.example");
    new MailHealthDefault().postProcessEnvironment(env, null);
    assertThat(env.getProperty("management.health.mail.enabled")).isNull();
  }

  @Test
  void anExplicitSettingWins() {
    MockEnvironment env = new MockEnvironment().withProperty("spring.mail.host", "")
        .withProperty("management.health.mail.enabled", "true");
    new MailHealthDefault().postProcessEnvironment(env, null);
    assertThat(env.getProperty("management.health.mail.enabled")).isEqualTo("true");
  }
}
