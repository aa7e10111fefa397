package io.kefu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.testsupport.KefuSpringTest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@KefuSpringTest
class SecurityTest {

  @Autowired TestRestTemplate http;

  @Test
  void healthIsOpenButNothingElse() {
    assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/api/v1/requests/CS-1", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void wrongPasswordIsRejected() {
    assertThat(http.withBasicAuth("risk", "wrong")
        .getForEntity("/api/v1/requests/CS-1", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // (a user other than the ones below: Camunda delays a user's next login after a failure)
    assertThat(http.withBasicAuth("knowledge", "wrong")
        .getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void onlyChannelAccountsUseKefusApi() {
    assertThat(http.withBasicAuth("agent", "demo")
        .getForEntity("/api/v1/requests/CS-1", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("channel-app", "demo")
        .getForEntity("/api/v1/requests/CS-1", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void adminSetupPageIsRefusedEvenWithoutAdmins() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response = http.exchange("/camunda/api/admin/setup/default/user/create",
        HttpMethod.POST, new HttpEntity<>("{\"profile\":{\"id\":\"evil\"},\"credentials\":"
            + "{\"password\":\"evil12345\"}}", headers), String.class);
    assertThat(response.getStatusCode().is4xxClientError()).isTrue();
    assertThat(http.withBasicAuth("admin", "admin")
        .getForEntity("/engine-rest/user/evil/profile", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theWebappsLogInWithTheirOwnLoginPage() {
    // the login page's plugins load without credentials
    assertThat(http.getForEntity("/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js",
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    // as the browser does: the webapp hands out its CSRF token first
    ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
    assertThat(token).isNotBlank();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("X-XSRF-TOKEN", token);
    headers.set(HttpHeaders.COOKIE, String.join("; ",
        page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
            .map(c -> c.split(";", 2)[0]).toList()));
    ResponseEntity<String> login = http.exchange(
        "/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>("username=agent&password=demo", headers), String.class);
    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(login.getBody()).contains("\"userId\":\"agent\"").contains("tasklist");
    ResponseEntity<String> wrong = http.exchange(
        "/camunda/api/admin/auth/user/default/login/cockpit", HttpMethod.POST,
        new HttpEntity<>("username=agent&password=demo", headers), String.class);
    assertThat(wrong.getStatusCode()).as("agents have no Cockpit").isEqualTo(HttpStatus.FORBIDDEN);
    // the engine API behind the webapps is Camunda's: no kefu Basic challenge there
    ResponseEntity<String> engineApi = http.getForEntity("/camunda/api/engine/engine/", String.class);
    assertThat(engineApi.getHeaders().getFirst("WWW-Authenticate")).isNull();
  }

  @Test
  void queryExpressionsAreRefusedBeforeTheEngine() {
    ResponseEntity<String> get = http.withBasicAuth("admin", "admin")
        .getForEntity(URI.create(http.getRootUri()
            + "/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D"), String.class);
    assertThat(get.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> orQuery = http.withBasicAuth("admin", "admin").exchange(
        "/engine-rest/task", HttpMethod.POST, new HttpEntity<>(
            "{\"orQueries\":[{\"candidateGroupExpression\":\"${'x'}\"}]}", headers), String.class);
    assertThat(orQuery.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(orQuery.getBody()).contains("candidateGroupExpression");

    ResponseEntity<String> plain = http.withBasicAuth("admin", "admin").exchange(
        "/engine-rest/task", HttpMethod.POST, new HttpEntity<>(
            "{\"orQueries\":[{\"candidateGroup\":\"agents\"}]}", headers), String.class);
    assertThat(plain.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void channelAccountsGetNothingFromTheEngine() {
    ResponseEntity<String> definitions = http.withBasicAuth("channel-app", "demo")
        .getForEntity("/engine-rest/process-definition", String.class);
    assertThat(definitions.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(definitions.getBody()).isEqualTo("[]");
  }
}
