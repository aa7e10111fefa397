package io.kefu.platform.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure kefu's groups, their authorizations and the Tasklist filters exist (every profile:
 * they hold no credentials), and on the embedded default also one demo user per group.
 * Idempotent: it only adds what is missing, so an administrator's changes in the Admin webapp
 * are kept.
 */
@Component
@Order(20) // after the starter's admin-user plugin, whose user owns the filters
public class IdentitySeeder extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(IdentitySeeder.class);
  static final String FILTER_MY_TASKS = "我的任务 My tasks";
  static final String FILTER_GROUP_TASKS = "我组的任务 My groups' tasks";
  static final String FILTER_ALL_OPEN = "全部待办 All open tasks";

  private final boolean demo;
  private final String demoPassword;
  private IdentityService identity;
  private AuthorizationService authorizations;
  private FilterService filters;
  private TaskService tasks;

  public IdentitySeeder(@Value("${kefu.demo.enabled:false}") boolean demo,
      @Value("${kefu.demo.password:demo}") String demoPassword) {
    this.demo = demo;
    this.demoPassword = demoPassword;
  }

  /** Runs once the engine is built, before its job executor starts and before any request. */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    identity = engine.getIdentityService();
    authorizations = engine.getAuthorizationService();
    filters = engine.getFilterService();
    tasks = engine.getTaskService();
    for (KefuGroups.GroupSpec spec : KefuGroups.ALL) {
      ensureGroup(spec);
      if (demo) {
        ensureUser(spec.demoUser(), spec.id());
      }
    }
    for (String group : KefuGroups.WORK_GROUPS) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    }
    grantManagers(KefuGroups.MANAGERS);
    ensureFilters();
    log.info("Identity ready: {} groups{}", KefuGroups.ALL.size(),
        demo ? ", demo users (password documented in README)" : "");
  }

  private void grantManagers(String g) {
    grant(g, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(g, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(g, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
        Permissions.READ_HISTORY, Permissions.READ_TASK);
    grant(g, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
    grant(g, Resources.TASK, "*", Permissions.READ);
    grant(g, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
    grant(g, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
    grant(g, Resources.DEPLOYMENT, "*", Permissions.READ);
    grant(g, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ);
    grant(g, Resources.HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ);
  }

  private void ensureGroup(KefuGroups.GroupSpec spec) {
    if (identity.createGroupQuery().groupId(spec.id()).count() == 0) {
      Group group = identity.newGroup(spec.id());
      group.setName(spec.name());
      group.setType(spec.type());
      identity.saveGroup(group);
    }
  }

  private void ensureUser(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName(userId);
      user.setLastName("(demo)");
      user.setEmail(userId + "@kefu.example");
      user.setPassword(demoPassword);
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
    Authorization authorization = existing != null ? existing
        : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    boolean changed = existing == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }

  private void ensureFilters() {
    List<Map<String, String>> columns = List.of(
        Map.of("name", "caseNumber", "label", "工单 Case"),
        Map.of("name", "priority", "label", "优先级 Priority"),
        Map.of("name", "category", "label", "类别 Category"),
        Map.of("name", "customerTier", "label", "客户等级 Tier"));
    ensureFilter(FILTER_GROUP_TASKS, -10, "#3b82f6",
        "待认领：我所在组的任务 Unclaimed tasks of my groups",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .taskUnassigned().orderByTaskPriority().desc().orderByDueDate().asc(), columns,
        KefuGroups.WORK_GROUPS);
    ensureFilter(FILTER_MY_TASKS, -20, "#16a34a", "我认领的任务 Tasks assigned to me",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")
            .orderByTaskPriority().desc().orderByDueDate().asc(), columns,
        KefuGroups.WORK_GROUPS);
    ensureFilter(FILTER_ALL_OPEN, 0, "#6b7280", "主管视图：全部待办 All open tasks (managers)",
        tasks.createTaskQuery().orderByDueDate().asc(), columns, List.of(KefuGroups.MANAGERS));
  }

  private void ensureFilter(String name, int priority, String color, String description,
      TaskQuery query, List<Map<String, String>> columns, List<String> readers) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name);
      filter.setOwner("admin");
      filter.setQuery(query);
      filter.setProperties(Map.of("priority", priority, "color", color,
          "description", description, "refresh", true, "variables", columns));
      filters.saveFilter(filter);
    }
    for (String group : readers) {
      grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
