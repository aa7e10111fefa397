package io.kefu.sla;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The {@link WorkingTimeCalendar} bean, built from {@code kefu.sla.*}. A bad configuration or
 * holiday file stops the application at startup with a {@link SlaConfigurationException} naming
 * the property or file.
 */
@Configuration(proxyBeanMethods = false)
public class SlaCalendarConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(SlaCalendarConfiguration.class);

  @Bean
  public WorkingTimeCalendar workingTimeCalendar(SlaProperties properties,
      ResourcePatternResolver resolver) {
    WorkingTimeCalendar calendar = WorkingTimeCalendar.of(properties, resolver);
    LOG.info("Business calendar: zone {}, holidays for {}; default hours: {}", calendar.zone(),
        calendar.holidays().years(), calendar.describe(null));
    for (String group : calendar.configuredGroups()) {
      LOG.info("Business calendar: {}: {}", group, calendar.describe(group));
    }
    return calendar;
  }
}
