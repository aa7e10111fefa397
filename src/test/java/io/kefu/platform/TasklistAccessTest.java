package io.kefu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.intake.IntakeRequest;
import io.kefu.intake.IntakeService;
import io.kefu.platform.identity.KefuGroups;
import io.kefu.testsupport.DemoCustomers;
import io.kefu.testsupport.KefuSpringTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What each group sees of the "Diagnose request" task through the REST API that Tasklist uses:
 * exactly its own group's tasks, with their form, and nothing for channel accounts.
 */
@KefuSpringTest
class TasklistAccessTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  @Autowired TestRestTemplate http;
  @Autowired IntakeService intake;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FilterService filters;
  @Autowired JdbcClient jdbc;
  @Autowired AuthorizationService authorizations;
  @Autowired IdentityService identity;
  @Autowired ProcessEngineConfiguration engineConfiguration;

  String agentsCase;
  String securityCase;

  @BeforeEach
  void twoCases() {
    agentsCase = submit("买到的鞋子是假货，卖家不承认，要求退款");
    securityCase = submit("我的账号被盗了，有人在异地登录还改了密码");
  }

  private String submit(String description) {
    return intake.submit("channel-app", new IntakeRequest("acl-" + UUID.randomUUID(), "WEB",
        DemoCustomers.normal(jdbc), null, description, null, null)).response().caseNumber();
  }

  private String taskOf(String caseNumber) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
  }

  private List<String> visibleCases(String user) {
    JsonNode list = get(user, "/engine-rest/task?firstResult=0&maxResults=500").body();
    List<String> ids = new ArrayList<>();
    list.forEach(t -> ids.add(t.get("id").asText()));
    List<String> result = new ArrayList<>();
    if (ids.contains(taskOf(agentsCase))) {
      result.add(agentsCase);
    }
    if (ids.contains(taskOf(securityCase))) {
      result.add(securityCase);
    }
    return result;
  }

  @Test
  void eachGroupSeesExactlyItsOwnTasks() {
    assertThat(visibleCases("agent")).containsExactly(agentsCase);
    assertThat(visibleCases("security")).containsExactly(securityCase);
    assertThat(visibleCases("senior")).isEmpty();
    assertThat(visibleCases("channel-app")).isEmpty();
    assertThat(visibleCases("manager")).containsExactly(agentsCase, securityCase);
  }

  @Test
  void anAgentOpensTheFormClaimsAndCompletesTheTask() {
    String task = taskOf(agentsCase);
    Rest form = get("agent", "/engine-rest/task/" + task + "/deployed-form");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body().get("id").asText()).isEqualTo("diagnose-request");
    Rest variables = get("agent", "/engine-rest/task/" + task + "/form-variables");
    assertThat(variables.status()).isEqualTo(200);
    assertThat(variables.body().get("caseNumber").get("value").asText()).isEqualTo(agentsCase);
    assertThat(variables.body().has("slaDueText")).isTrue();

    assertThat(post("agent", "/engine-rest/task/" + task + "/claim",
        "{\"userId\":\"agent\"}").status()).isEqualTo(204);
    assertThat(post("agent", "/engine-rest/task/" + task + "/submit-form",
        "{\"variables\":{\"confirmedCategory\":{\"value\":\"TRANSACTION_DISPUTE\"},"
            + "\"action\":{\"value\":\"RESOLVE\"},\"buyerExpectation\":{\"value\":\"REFUND_ONLY\"},"
            + "\"rootCause\":{\"value\":\"EXTERNAL_FACTOR\"},\"faultParty\":{\"value\":\"SELLER\"},"
            + "\"diagnosisSummary\":{\"value\":\"Counterfeit; ask seller for proof\"}}}")
        .status()).isEqualTo(204);
    // diagnosed: the case moved on to resolution (it now waits for the buyer's answer)
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(agentsCase)
        .processDefinitionKey("resolve-request").count()).isEqualTo(1);
    assertThat(jdbc.sql("SELECT diagnosed_by FROM kefu_case WHERE case_number = :n")
        .param("n", agentsCase).query(String.class).single()).isEqualTo("agent");
  }

  @Test
  void anAgentCannotWorkAnotherGroupsTask() {
    String task = taskOf(securityCase);
    assertThat(post("agent", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"agent\"}")
        .status()).isIn(403, 404);
    assertThat(get("agent", "/engine-rest/task/" + task + "/form-variables").status())
        .isIn(403, 404);
  }

  /**
   * An administrator can take one task away from one agent (a REVOKE authorization in Admin,
   * e.g. the buyer is the agent's relative) while the rest of the group keeps it. Task lists are
   * checked with the revoke-aware query on every call ({@code authorization-check-revokes:
   * always}), which is also the form that stays fast with thousands of open tasks.
   */
  @Test
  void aRevokedTaskLeavesOneAgentsListButNotTheGroups() {
    assertThat(engineConfiguration.getAuthorizationCheckRevokes())
        .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_ALWAYS);
    String task = taskOf(agentsCase);
    Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId("agent");
    revoke.setResource(Resources.TASK);
    revoke.setResourceId(task);
    revoke.removePermission(Permissions.READ);
    revoke.removePermission(TaskPermissions.TASK_WORK);
    authorizations.saveAuthorization(revoke);
    User colleague = identity.newUser("agent-revoke-test");
    colleague.setPassword("demo");
    identity.saveUser(colleague);
    identity.createMembership(colleague.getId(), KefuGroups.AGENTS);
    try {
      assertThat(visibleCases("agent")).doesNotContain(agentsCase);
      assertThat(post("agent", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"agent\"}")
          .status()).isIn(403, 404);
      assertThat(visibleCases(colleague.getId())).containsExactly(agentsCase);
    } finally {
      authorizations.deleteAuthorization(revoke.getId());
      identity.deleteUser(colleague.getId());
    }
    assertThat(visibleCases("agent")).containsExactly(agentsCase);
  }

  @Test
  void theGroupFilterListsTheGroupsUnclaimedTasks() {
    String filterId = filters.createFilterQuery().filterName("我组的任务 My groups' tasks")
        .singleResult().getId();
    Rest list = get("agent", "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=500");
    assertThat(list.status()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    list.body().forEach(t -> ids.add(t.get("id").asText()));
    assertThat(ids).contains(taskOf(agentsCase)).doesNotContain(taskOf(securityCase));
    assertThat(get("channel-app", "/engine-rest/filter/" + filterId).status()).isIn(403, 404);
  }

  record Rest(int status, JsonNode body) {}

  private Rest get(String user, String path) {
    return rest(http.withBasicAuth(user, "demo").getForEntity(path, String.class));
  }

  private Rest post(String user, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest(http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST,
        new HttpEntity<>(json, headers), String.class));
  }

  private static Rest rest(ResponseEntity<String> r) {
    try {
      return new Rest(r.getStatusCode().value(),
          r.getBody() == null ? null : JSON.readTree(r.getBody()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
