package io.kefu.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.platform.identity.KefuGroups;
import io.kefu.testsupport.KefuSpringTest;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * kefu's API caches successful authentications: a wrong password is still refused after the
 * right one was cached, and Camunda's login throttling still applies afterwards.
 */
@KefuSpringTest
class CachedAuthenticationHttpTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;

  // an own channel user: a failed login delays the user's next login (Camunda's throttling)
  private final String user = "cache-test-" + UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void channelUser() {
    User u = identity.newUser(user);
    u.setPassword("right-password");
    u.setFirstName("Cache");
    u.setLastName("Test");
    identity.saveUser(u);
    identity.createMembership(user, KefuGroups.CHANNELS);
  }

  @AfterEach
  void removeUser() {
    identity.deleteMembership(user, KefuGroups.CHANNELS);
    identity.deleteUser(user);
  }

  private int status(String password) {
    return http.withBasicAuth(user, password)
        .getForEntity("/api/v1/requests/CS-DOES-NOT-EXIST", String.class).getStatusCode().value();
  }

  @Test
  void aWrongPasswordGets401AfterTheRightOneWasCached() {
    assertThat(status("right-password")).as("authenticated: unknown case").isEqualTo(404);
    assertThat(status("right-password")).as("from the cache").isEqualTo(404);

    assertThat(status("wrong-password")).isEqualTo(401);
    assertThat(status("")).isEqualTo(401);
    // the failure dropped the cached entry: the right password goes to Camunda again, which
    // delays this user's next login after a failed one
    assertThat(status("right-password")).as("Camunda's login delay applies").isEqualTo(401);
  }
}
