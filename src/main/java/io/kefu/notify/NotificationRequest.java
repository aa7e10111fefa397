package io.kefu.notify;

import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseVariables;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a step wants to tell the buyer: a template and its values, and where it comes from. Its
 * {@link #key()} identifies the notification: derived from the step (case, process instance,
 * activity, template and an optional occurrence), so that the same step running again - a
 * retried job, an operator re-running an activity - finds the notification already recorded.
 *
 * <pre>{@code
 * notifier.send(NotificationRequest.forStep(execution, Templates.HANDOVER)
 *     .timeline("HANDED_TO_AGENT")
 *     .value("firstResponseBy", due));
 * }</pre>
 */
public final class NotificationRequest {

  /** The timeline kind used when the step names none. */
  public static final String DEFAULT_TIMELINE_KIND = "NOTIFICATION";

  private final long caseId;
  private final String template;
  private final String stepKey;
  private final Map<String, Object> values = new LinkedHashMap<>();
  private final Set<Channel> requested = EnumSet.noneOf(Channel.class);
  private String occurrence;
  private String timelineKind = DEFAULT_TIMELINE_KIND;
  private String reason;
  private String actor = CaseEvent.SYSTEM;

  private NotificationRequest(long caseId, String template, String stepKey) {
    this.caseId = caseId;
    this.template = Objects.requireNonNull(template, "template");
    this.stepKey = Objects.requireNonNull(stepKey, "stepKey");
  }

  /**
   * A notification caused by a BPMN step (a delegate or an execution listener): the case is the
   * process's {@code caseId} variable, the step is the process instance and the current activity.
   */
  public static NotificationRequest forStep(DelegateExecution execution, String template) {
    return new NotificationRequest(CaseVariables.caseId(execution), template,
        execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId());
  }

  /**
   * A notification caused by a task listener: the step is the process instance and the task's
   * definition key.
   */
  public static NotificationRequest forTask(DelegateTask task, String template) {
    return new NotificationRequest(CaseVariables.caseId(task), template,
        task.getProcessInstanceId() + "/" + task.getTaskDefinitionKey());
  }

  /**
   * A notification caused by something other than a process step (an API call, a scheduled
   * sweep); {@code stepKey} must identify that cause, e.g. {@code "api/message/<messageId>"}.
   */
  public static NotificationRequest forCase(long caseId, String template, String stepKey) {
    return new NotificationRequest(caseId, template, stepKey);
  }

  /** A value the template uses (see {@link Templates} for each template's values). */
  public NotificationRequest value(String name, Object value) {
    values.put(name, value);
    return this;
  }

  public NotificationRequest values(Map<String, ?> more) {
    values.putAll(more);
    return this;
  }

  /**
   * Distinguishes notifications of the same template from the same step that are meant to be
   * separate, e.g. the round of a clarification loop; without it a step notifies once.
   */
  public NotificationRequest occurrence(String occurrence) {
    this.occurrence = occurrence;
    return this;
  }

  /** The kind of the buyer-visible timeline entry (the in-app message), and its reason. */
  public NotificationRequest timeline(String kind, String reason) {
    this.timelineKind = Objects.requireNonNull(kind, "kind");
    this.reason = reason;
    return this;
  }

  public NotificationRequest timeline(String kind) {
    return timeline(kind, null);
  }

  /** Who the timeline entry names as actor (default: {@value CaseEvent#SYSTEM}). */
  public NotificationRequest actor(String actor) {
    this.actor = Objects.requireNonNull(actor, "actor");
    return this;
  }

  /**
   * Channels wanted in addition to the policy's ({@link ChannelPolicy}); an automated voice call
   * is made only when asked for this way.
   */
  public NotificationRequest alsoBy(Channel... channels) {
    Collections.addAll(requested, channels);
    return this;
  }

  /** The notification's identity: {@code case/<caseId>/<step>/<template>[/<occurrence>]}. */
  public String key() {
    return "case/" + caseId + "/" + stepKey + "/" + template
        + (occurrence == null ? "" : "/" + occurrence);
  }

  public long caseId() {
    return caseId;
  }

  public String template() {
    return template;
  }

  public Map<String, Object> values() {
    return Collections.unmodifiableMap(values);
  }

  public Set<Channel> requested() {
    return Collections.unmodifiableSet(requested);
  }

  public String timelineKind() {
    return timelineKind;
  }

  public String reason() {
    return reason;
  }

  public String actor() {
    return actor;
  }
}
