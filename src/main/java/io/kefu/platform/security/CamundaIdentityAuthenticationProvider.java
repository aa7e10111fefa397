package io.kefu.platform.security;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Authenticates kefu's API callers against Camunda's identity service, the same store the
 * webapps and {@code /engine-rest} use. Camunda's login throttling applies. Group memberships
 * become {@code GROUP_<id>} authorities. Successful authentications are reused for a short time
 * ({@link AuthenticationCache}, {@code kefu.security.authentication-cache.ttl}).
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private static final int MAX_GROUPS = 200;

  private final IdentityService identityService;
  private final AuthenticationCache cache;

  @Autowired
  public CamundaIdentityAuthenticationProvider(IdentityService identityService,
      AuthenticationCacheProperties cacheProperties) {
    this(identityService, new AuthenticationCache(cacheProperties));
  }

  CamundaIdentityAuthenticationProvider(IdentityService identityService,
      AuthenticationCache cache) {
    this.identityService = identityService;
    this.cache = cache;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (user == null || user.isBlank() || credentials == null) {
      throw new BadCredentialsException("Bad credentials");
    }
    String password = credentials.toString();
    Optional<List<String>> cached = cache.groupsIfAuthenticated(user, password);
    List<String> groups;
    if (cached.isPresent()) {
      groups = cached.get();
    } else {
      if (!identityService.checkPassword(user, password)) {
        cache.failed(user);
        throw new BadCredentialsException("Bad credentials");
      }
      groups = identityService.createGroupQuery()
          .groupMember(user).listPage(0, MAX_GROUPS).stream()
          .map(Group::getId)
          .toList();
      cache.succeeded(user, password, groups);
    }
    List<SimpleGrantedAuthority> authorities = groups.stream()
        .map(Authorities::group)
        .map(SimpleGrantedAuthority::new)
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
