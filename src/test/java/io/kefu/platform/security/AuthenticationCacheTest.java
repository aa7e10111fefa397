package io.kefu.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Successful API authentications are reused for the time to live, and only those. */
class AuthenticationCacheTest {

  private final AtomicLong nanos = new AtomicLong();
  private final Ticker ticker = nanos::get;
  private IdentityService identity;
  private GroupQuery groups;

  @BeforeEach
  void identityStore() {
    identity = mock(IdentityService.class);
    groups = mock(GroupQuery.class);
    when(identity.createGroupQuery()).thenReturn(groups);
    when(groups.groupMember(anyString())).thenReturn(groups);
    Group channels = mock(Group.class);
    when(channels.getId()).thenReturn("channels");
    when(groups.listPage(anyInt(), anyInt())).thenReturn(List.of(channels));
    when(identity.checkPassword("channel-app", "right")).thenReturn(true);
    when(identity.checkPassword("channel-app", "wrong")).thenReturn(false);
  }

  private CamundaIdentityAuthenticationProvider provider(Duration ttl) {
    return new CamundaIdentityAuthenticationProvider(identity,
        new AuthenticationCache(new AuthenticationCacheProperties(ttl, 100), ticker));
  }

  private static Authentication login(String user, String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
  }

  private static List<String> authorities(Authentication a) {
    return a.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
  }

  @Test
  void aRepeatedRightPasswordIsNotCheckedAgainWithinTheTimeToLive() {
    CamundaIdentityAuthenticationProvider provider = provider(Duration.ofSeconds(30));

    Authentication first = provider.authenticate(login("channel-app", "right"));
    nanos.addAndGet(Duration.ofSeconds(29).toNanos());
    Authentication second = provider.authenticate(login("channel-app", "right"));

    assertThat(second.isAuthenticated()).isTrue();
    assertThat(second.getName()).isEqualTo("channel-app");
    assertThat(second.getCredentials()).isNull();
    assertThat(authorities(second)).isEqualTo(authorities(first))
        .containsExactly(Authorities.group("channels"));
    verify(identity, times(1)).checkPassword("channel-app", "right");
    verify(identity, times(1)).createGroupQuery();
  }

  @Test
  void afterTheTimeToLiveThePasswordAndGroupsAreReadAgain() {
    CamundaIdentityAuthenticationProvider provider = provider(Duration.ofSeconds(30));

    provider.authenticate(login("channel-app", "right"));
    nanos.addAndGet(Duration.ofSeconds(31).toNanos());
    provider.authenticate(login("channel-app", "right"));

    verify(identity, times(2)).checkPassword("channel-app", "right");
    verify(identity, times(2)).createGroupQuery();
  }

  @Test
  void aWrongPasswordIsRefusedAfterTheRightOneWasCachedAndDropsTheEntry() {
    CamundaIdentityAuthenticationProvider provider = provider(Duration.ofSeconds(30));
    provider.authenticate(login("channel-app", "right"));

    assertThatThrownBy(() -> provider.authenticate(login("channel-app", "wrong")))
        .isInstanceOf(BadCredentialsException.class);
    verify(identity).checkPassword("channel-app", "wrong");

    // the next right attempt goes to the identity service again (its login throttling applies)
    provider.authenticate(login("channel-app", "right"));
    verify(identity, times(2)).checkPassword("channel-app", "right");
  }

  @Test
  void aWrongPasswordIsNeverCached() {
    CamundaIdentityAuthenticationProvider provider = provider(Duration.ofSeconds(30));

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> provider.authenticate(login("channel-app", "wrong")))
          .isInstanceOf(BadCredentialsException.class);
    }
    verify(identity, times(2)).checkPassword("channel-app", "wrong");
  }

  @Test
  void anotherUsersCachedPasswordDoesNotAuthenticate() {
    when(identity.checkPassword("agent", "right")).thenReturn(false);
    CamundaIdentityAuthenticationProvider provider = provider(Duration.ofSeconds(30));
    provider.authenticate(login("channel-app", "right"));

    assertThatThrownBy(() -> provider.authenticate(login("agent", "right")))
        .isInstanceOf(BadCredentialsException.class);
    verify(identity).checkPassword("agent", "right");
  }

  @Test
  void aZeroTimeToLiveSwitchesTheCacheOff() {
    CamundaIdentityAuthenticationProvider provider = provider(Duration.ZERO);

    provider.authenticate(login("channel-app", "right"));
    provider.authenticate(login("channel-app", "right"));

    verify(identity, times(2)).checkPassword("channel-app", "right");
  }

  @Test
  void missingCredentialsAreRefusedWithoutAskingTheIdentityService() {
    CamundaIdentityAuthenticationProvider provider = provider(Duration.ofSeconds(30));

    assertThatThrownBy(() -> provider.authenticate(login("channel-app", null)))
        .isInstanceOf(BadCredentialsException.class);
    assertThatThrownBy(() -> provider.authenticate(login(" ", "right")))
        .isInstanceOf(BadCredentialsException.class);
    verify(identity, times(0)).checkPassword(anyString(), anyString());
  }
}
