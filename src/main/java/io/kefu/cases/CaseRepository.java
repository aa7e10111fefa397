package io.kefu.cases;

import io.kefu.platform.database.DatabaseProduct;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** kefu's case records, their attachments and timelines. Joins the caller's transaction. */
@Repository
public class CaseRepository {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final DatabaseProduct database;

  public CaseRepository(JdbcClient jdbc, Clock clock, DatabaseProduct database) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.database = database;
  }

  /** Inserts the case; a second case for the same (channel account, request id) fails. */
  public long insert(String caseNumber, NewCase c) {
    OffsetDateTime now = now();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO kefu_case (case_number, channel_account, request_id, request_fingerprint,
          channel, customer_id, order_number, description, desired_outcome, language, pii_masked,
          status, created_at, updated_at)
        VALUES (:caseNumber, :account, :requestId, :fingerprint, :channel, :customerId,
          :orderNumber, :description, :desiredOutcome, :language, :pii, :status, :now, :now)
        """)
        .param("caseNumber", caseNumber)
        .param("account", c.channelAccount())
        .param("requestId", c.requestId())
        .param("fingerprint", c.requestFingerprint())
        .param("channel", c.channel())
        .param("customerId", c.customerId())
        .param("orderNumber", c.orderNumber())
        .param("description", c.description())
        .param("desiredOutcome", c.desiredOutcome())
        .param("language", c.language())
        .param("pii", c.piiMasked())
        .param("status", CaseStatus.RECEIVED.name())
        .param("now", now)
        .update(key, "id");
    long id = key.getKey().longValue();
    for (NewCase.Attachment a : c.attachments()) {
      jdbc.sql("INSERT INTO kefu_case_attachment (case_id, type, name, url) "
              + "VALUES (:caseId, :type, :name, :url)")
          .param("caseId", id).param("type", a.type()).param("name", a.name())
          .param("url", a.url())
          .update();
    }
    return id;
  }

  public Optional<CaseRecord> findByNumber(String caseNumber) {
    return jdbc.sql("SELECT * FROM kefu_case WHERE case_number = :n")
        .param("n", caseNumber).query(CASE).optional();
  }

  public Optional<CaseRecord> findById(long id) {
    return jdbc.sql("SELECT * FROM kefu_case WHERE id = :id").param("id", id).query(CASE)
        .optional();
  }

  public Optional<CaseRecord> findByRequest(String channelAccount, String requestId) {
    return jdbc.sql("SELECT * FROM kefu_case WHERE channel_account = :a AND request_id = :r")
        .param("a", channelAccount).param("r", requestId).query(CASE).optional();
  }

  public List<NewCase.Attachment> attachments(long caseId) {
    return jdbc.sql("SELECT type, name, url FROM kefu_case_attachment WHERE case_id = :id "
            + "ORDER BY id")
        .param("id", caseId)
        .query((rs, i) -> new NewCase.Attachment(rs.getString(1), rs.getString(2),
            rs.getString(3)))
        .list();
  }

  public void setProcessInstance(long caseId, String processInstanceId) {
    jdbc.sql("UPDATE kefu_case SET process_instance_id = :pi WHERE id = :id")
        .param("pi", processInstanceId).param("id", caseId).update();
  }

  /** Records the outcome of classification and triage. */
  public void recordTriage(long caseId, Triage t) {
    jdbc.sql("""
        UPDATE kefu_case SET category = :category, emotion = :emotion, priority = :priority,
          candidate_group = :group, self_service = :selfService,
          first_response_due = :firstResponseDue, resolution_due = :resolutionDue,
          updated_at = :now
        WHERE id = :id""")
        .param("category", t.category())
        .param("emotion", t.emotion())
        .param("priority", t.priority())
        .param("group", t.candidateGroup())
        .param("selfService", t.selfService())
        .param("firstResponseDue", utc(t.firstResponseDue()))
        .param("resolutionDue", utc(t.resolutionDue()))
        .param("now", now())
        .param("id", caseId)
        .update();
  }

  /** Classification and triage results as stored on the case. */
  public record Triage(String category, String emotion, String priority, String candidateGroup,
      boolean selfService, Instant firstResponseDue, Instant resolutionDue) {}

  public void updateStatus(long caseId, CaseStatus status) {
    jdbc.sql("UPDATE kefu_case SET status = :s, updated_at = :now, closed_at = "
            + "CASE WHEN :closed THEN :now ELSE closed_at END WHERE id = :id")
        .param("s", status.name()).param("now", now())
        .param("closed", status == CaseStatus.DEFLECTED || status == CaseStatus.RESOLVED
            || status == CaseStatus.CLOSED_NO_REPLY || status == CaseStatus.CLOSED_NO_RETURN)
        .param("id", caseId).update();
  }

  public void markDeflected(long caseId) {
    jdbc.sql("UPDATE kefu_case SET deflected = TRUE WHERE id = :id").param("id", caseId).update();
    updateStatus(caseId, CaseStatus.DEFLECTED);
  }

  public void markSlaWarned(long caseId) {
    jdbc.sql("UPDATE kefu_case SET sla_warned_at = :now, updated_at = :now WHERE id = :id "
            + "AND sla_warned_at IS NULL")
        .param("now", now()).param("id", caseId).update();
  }

  /** Records the breach once; returns false if it was already recorded (a retried job). */
  public boolean markSlaBreached(long caseId, String newPriority) {
    return jdbc.sql("UPDATE kefu_case SET sla_breached_at = :now, priority = :p, updated_at = :now "
            + "WHERE id = :id AND sla_breached_at IS NULL")
        .param("now", now()).param("p", newPriority).param("id", caseId).update() == 1;
  }

  /** What the agent established; the case's status is left to the step that follows. */
  public void recordDiagnosis(long caseId, Diagnosis d) {
    jdbc.sql("""
        UPDATE kefu_case SET category = :c, diagnosis_summary = :s, diagnosed_by = :a,
          buyer_expectation = :e, root_cause = :r, fault_party = :f, updated_at = :now
        WHERE id = :id""")
        .param("c", d.category()).param("s", d.summary()).param("a", d.agent())
        .param("e", d.buyerExpectation()).param("r", d.rootCause()).param("f", d.faultParty())
        .param("now", now()).param("id", caseId).update();
  }

  /** An agent's diagnosis of a case. */
  public record Diagnosis(String category, String buyerExpectation, String rootCause,
      String faultParty, String summary, String agent) {}

  public void updateCandidateGroup(long caseId, String group) {
    jdbc.sql("UPDATE kefu_case SET candidate_group = :g, updated_at = :now WHERE id = :id")
        .param("g", group).param("now", now()).param("id", caseId).update();
  }

  public void updateDeadlines(long caseId, Instant firstResponseDue, Instant resolutionDue) {
    jdbc.sql("UPDATE kefu_case SET first_response_due = :f, resolution_due = :r, "
            + "updated_at = :now WHERE id = :id")
        .param("f", utc(firstResponseDue)).param("r", utc(resolutionDue)).param("now", now())
        .param("id", caseId).update();
  }

  /** Complaints (cases) a customer raised since the given time. */
  public int countCasesSince(String customerId, Instant since) {
    return jdbc.sql("SELECT COUNT(*) FROM kefu_case WHERE customer_id = :c AND created_at >= :t")
        .param("c", customerId).param("t", utc(since)).query(Integer.class).single();
  }

  /** The customer's earlier cases, newest first. */
  public List<CaseRecord> recentCasesOf(String customerId, long exceptCaseId, int limit) {
    return jdbc.sql("SELECT * FROM kefu_case WHERE customer_id = :c AND id <> :id "
            + "ORDER BY created_at DESC, id DESC LIMIT :limit")
        .param("c", customerId).param("id", exceptCaseId).param("limit", limit)
        .query(CASE).list();
  }

  /**
   * Appends to the timeline. Returns false if this message id was recorded already: one
   * insert-if-absent on the unique (case, message id), which the caller's transaction survives.
   * Entries without a message id never collide (the key's NULLs are distinct).
   */
  public boolean addEvent(long caseId, String kind, String actor, boolean buyerVisible,
      String text, String reason, String messageId) {
    return database.insertUnlessDuplicate("""
        INSERT INTO kefu_case_event (case_id, occurred_at, kind, actor, buyer_visible, text,
          reason, message_id)
        VALUES (:id, :at, :kind, :actor, :visible, :text, :reason, :messageId)""",
        "case_id, message_id", sql -> jdbc.sql(sql)
            .param("id", caseId).param("at", now()).param("kind", kind).param("actor", actor)
            .param("visible", buyerVisible).param("text", text).param("reason", reason)
            .param("messageId", messageId)
            .update()) == 1;
  }

  public void addEvent(long caseId, String kind, String actor, boolean buyerVisible,
      String text, String reason) {
    addEvent(caseId, kind, actor, buyerVisible, text, reason, null);
  }

  public List<CaseEvent> timeline(long caseId, boolean buyerVisibleOnly) {
    return jdbc.sql("SELECT id, occurred_at, kind, actor, buyer_visible, text, reason "
            + "FROM kefu_case_event WHERE case_id = :id"
            + (buyerVisibleOnly ? " AND buyer_visible = TRUE" : "")
            + " ORDER BY occurred_at, id")
        .param("id", caseId)
        .query((rs, i) -> new CaseEvent(rs.getLong("id"), instant(rs, "occurred_at"),
            rs.getString("kind"), rs.getString("actor"), rs.getBoolean("buyer_visible"),
            rs.getString("text"), rs.getString("reason")))
        .list();
  }

  private OffsetDateTime now() {
    return utc(clock.instant());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static final RowMapper<CaseRecord> CASE = (rs, i) -> new CaseRecord(
      rs.getLong("id"), rs.getString("case_number"), rs.getString("channel_account"),
      rs.getString("request_id"), rs.getString("request_fingerprint"), rs.getString("channel"),
      rs.getString("customer_id"), rs.getString("order_number"), rs.getString("description"),
      rs.getString("desired_outcome"), rs.getString("language"), rs.getString("pii_masked"),
      rs.getString("category"), rs.getString("emotion"), rs.getString("priority"),
      rs.getString("candidate_group"), CaseStatus.valueOf(rs.getString("status")),
      rs.getBoolean("self_service"), rs.getBoolean("deflected"),
      instant(rs, "first_response_due"), instant(rs, "resolution_due"),
      instant(rs, "sla_warned_at"), instant(rs, "sla_breached_at"),
      rs.getString("diagnosis_summary"), rs.getString("diagnosed_by"),
      rs.getString("buyer_expectation"), rs.getString("root_cause"), rs.getString("fault_party"),
      rs.getString("process_instance_id"), instant(rs, "created_at"), instant(rs, "updated_at"),
      instant(rs, "closed_at"));

}
