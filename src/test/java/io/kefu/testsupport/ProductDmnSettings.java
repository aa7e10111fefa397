package io.kefu.testsupport;

import java.util.Properties;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.FileSystemResource;

/**
 * The DMN settings kefu's engine runs with, read from src/main/resources/application.yaml, so
 * that decision tests evaluated by a stand-alone DMN engine evaluate as the product does.
 */
public final class ProductDmnSettings {

  public static final String LEGACY_FEEL =
      "camunda.bpm.generic-properties.properties.dmn-feel-enable-legacy-behavior";

  private ProductDmnSettings() {
  }

  public static boolean legacyFeel() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new FileSystemResource("src/main/resources/application.yaml"));
    Properties properties = yaml.getObject();
    return Boolean.parseBoolean(properties.getProperty(LEGACY_FEEL, "false"));
  }

  /** A DMN engine configuration with the product's FEEL setting. */
  public static DefaultDmnEngineConfiguration configuration() {
    DefaultDmnEngineConfiguration config = new DefaultDmnEngineConfiguration();
    config.enableFeelLegacyBehavior(legacyFeel());
    return config;
  }
}
