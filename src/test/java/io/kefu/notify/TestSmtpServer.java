package io.kefu.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * An in-process SMTP server (GreenMail) for the whole test JVM, on a free port chosen when the
 * first test context starts; sets {@code spring.mail.port} to it. Registered as a
 * {@link ContextCustomizerFactory} in {@code src/test/resources/META-INF/spring.factories}, so
 * it applies to the shared context whichever test class starts it. Tests may stop it ("SMTP
 * down") and start it again on the same port.
 */
public class TestSmtpServer implements ContextCustomizerFactory {

  private static GreenMail server;
  private static int port;
  private static boolean hooked;

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass,
      List<ContextConfigurationAttributes> configAttributes) {
    return new PortCustomizer();
  }

  /** Equal to every other instance: it does not split the context cache. */
  private static final class PortCustomizer implements ContextCustomizer {
    @Override
    public void customizeContext(ConfigurableApplicationContext context,
        MergedContextConfiguration config) {
      start();
      context.getEnvironment().getPropertySources().addFirst(
          new MapPropertySource("kefu-test-smtp", Map.of("spring.mail.port", port)));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof PortCustomizer;
    }

    @Override
    public int hashCode() {
      return PortCustomizer.class.hashCode();
    }
  }

  /** Starts the server if it is not running (on its first port after the first start). */
  public static synchronized GreenMail start() {
    if (server == null) {
      ServerSetup setup = port == 0
          ? new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort()
          : new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
      server = new GreenMail(setup);
      server.start();
      port = server.getSmtp().getPort();
      if (!hooked) {
        Runtime.getRuntime().addShutdownHook(new Thread(TestSmtpServer::stop));
        hooked = true;
      }
    }
    return server;
  }

  /** Stops the server: connections to its port are refused until {@link #start()}. */
  public static synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /** The messages received so far whose Message-ID is the given one. */
  public static List<MimeMessage> received(String messageId) {
    return Arrays.stream(start().getReceivedMessages()).filter(m -> {
      try {
        return messageId.equals(m.getMessageID());
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }
}
