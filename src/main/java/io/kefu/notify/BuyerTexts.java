package io.kefu.notify;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Texts a buyer sees, from the templates in {@code messages/kefu*.properties} (Chinese and
 * English), with times shown in kefu's zone (Asia/Shanghai by default).
 */
@Component
public class BuyerTexts {

  private final MessageSource messages;
  private final DateTimeFormatter time;

  public BuyerTexts(MessageSource messages, @Value("${kefu.zone:Asia/Shanghai}") String zone) {
    this.messages = messages;
    this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of(zone));
  }

  public String text(String language, String key, Object... args) {
    return messages.getMessage(key, args, Locale.forLanguageTag(language == null ? "zh" : language));
  }

  public String time(Instant instant) {
    return instant == null ? "" : time.format(instant);
  }
}
