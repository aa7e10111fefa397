package io.kefu.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.platform.identity.AdminPasswordGuard;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** Production never starts with a default or empty administrator password. */
class AdminPasswordGuardTest {

  private final AdminPasswordGuard guard = new AdminPasswordGuard();

  @Test
  void productionWithoutAnAdminPasswordRefusesToStart() {
    MockEnvironment env = new MockEnvironment()
        .withProperty("kefu.identity.require-admin-password", "true")
        .withProperty("camunda.bpm.admin-user.password", "");
    assertThatThrownBy(() -> guard.postProcessEnvironment(env, new SpringApplication()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("KEFU_ADMIN_PASSWORD");
  }

  @Test
  void productionWithAnAdminPasswordStarts() {
    MockEnvironment env = new MockEnvironment()
        .withProperty("kefu.identity.require-admin-password", "true")
        .withProperty("camunda.bpm.admin-user.password", "s3cret-from-env");
    assertThatCode(() -> guard.postProcessEnvironment(env, new SpringApplication()))
        .doesNotThrowAnyException();
  }

  @Test
  void theEmbeddedDemoDoesNotRequireIt() {
    assertThatCode(() -> guard.postProcessEnvironment(new MockEnvironment(),
        new SpringApplication())).doesNotThrowAnyException();
  }
}
