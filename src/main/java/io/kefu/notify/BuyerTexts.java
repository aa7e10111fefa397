package io.kefu.notify;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Short texts from {@code messages/kefu*.properties} (Chinese and English), with times shown in
 * kefu's zone (Asia/Shanghai by default).
 *
 * @deprecated Messages to buyers go through {@link Notifier} with the templates of
 *     {@link TemplateCatalog} ({@code notify/templates/*.yaml}), which records them in the
 *     outbox and delivers them in-app, by e-mail, SMS or voice call. The delegates that used
 *     this class have moved; it stays for code on other branches until they move too.
 */
@Deprecated
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
