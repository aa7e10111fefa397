package io.kefu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.KefuApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.io.ClassPathResource;

/** The postgres (production) profile: what it turns on and off. */
class ProductionProfileTest {

  @Test
  void theProductionProfileRefusesToStartWithoutAnAdminPassword() {
    SpringApplication app = new SpringApplication(KefuApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setAdditionalProfiles("postgres");
    assertThatThrownBy(() -> app.run("--camunda.bpm.admin-user.password="))
        .hasMessageContaining("KEFU_ADMIN_PASSWORD");
  }

  @Test
  void theProductionProfileHardensCookiesAndDropsDemoData() throws Exception {
    var yaml = new org.springframework.boot.env.YamlPropertySourceLoader()
        .load("prod", new ClassPathResource("application-postgres.yaml")).get(0);
    assertThat(yaml.getProperty("kefu.demo.enabled")).hasToString("false");
    assertThat(yaml.getProperty("kefu.identity.require-admin-password")).hasToString("true");
    assertThat(yaml.getProperty("server.servlet.session.cookie.secure")).hasToString("true");
    assertThat(yaml.getProperty("camunda.bpm.webapp.header-security.hsts-disabled"))
        .hasToString("false");
    assertThat(yaml.getProperty("camunda.bpm.webapp.session-cookie.enable-secure-cookie"))
        .hasToString("true");
  }

}
