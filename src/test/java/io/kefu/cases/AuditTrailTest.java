package io.kefu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.testsupport.KefuSpringTest;
import io.kefu.testsupport.TestDatabase;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit trail on the run's database: H2, or PostgreSQL with {@code -Ppostgres}. */
@KefuSpringTest
class AuditTrailTest {

  @Autowired AuditTrail audit;
  @Autowired CaseRepository cases;
  @Autowired CaseNumbers numbers;
  @Autowired JdbcClient jdbc;

  private long caseId;

  @BeforeEach
  void aCase() {
    caseId = cases.insert(numbers.next(), new NewCase("audit-test", UUID.randomUUID().toString(),
        "fp", "APP", "C00001", "O2026110100001", "屏幕碎了", "REFUND_ONLY", "zh", null,
        List.of()));
  }

  @Test
  void recordsWhoWhenWhatWhyBeforeAfterAndReferenceAndShowsItInTheTimeline() {
    AuditEntry entry = audit.record(caseId, "agent", AuditAction.REFUND, "屏幕碎裂，部分退款",
        "{\"refunded\":\"0.00\"}", "{\"refunded\":\"100.00\"}", "RF-CS-1-1");

    assertThat(entry.id()).isPositive();
    assertThat(entry.occurredAt()).isNotNull();
    assertThat(audit.ofCase(caseId)).singleElement().satisfies(e -> {
      assertThat(e.actor()).isEqualTo("agent");
      assertThat(e.action()).isEqualTo(AuditAction.REFUND);
      assertThat(e.reason()).isEqualTo("屏幕碎裂，部分退款");
      assertThat(e.before()).isEqualTo("{\"refunded\":\"0.00\"}");
      assertThat(e.after()).isEqualTo("{\"refunded\":\"100.00\"}");
      assertThat(e.externalReference()).isEqualTo("RF-CS-1-1");
      assertThat(e.occurredAt()).isEqualTo(entry.occurredAt());
    });
    assertThat(cases.timeline(caseId, false)).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo("AUDIT_REFUND");
      assertThat(e.actor()).isEqualTo("agent");
      assertThat(e.buyerVisible()).isFalse();
      assertThat(e.text()).contains("RF-CS-1-1").contains("100.00");
      assertThat(e.reason()).isEqualTo("屏幕碎裂，部分退款");
    });
    assertThat(cases.timeline(caseId, true)).isEmpty();
  }

  @Test
  void automaticStepsAreRecordedAsKefuAndNeedNoSnapshots() {
    audit.record(caseId, CaseEvent.SYSTEM, AuditAction.SELLER_SCORE_CHANGE,
        "seller did not answer within 72 h", null, null, null);
    audit.record(caseId, CaseEvent.SYSTEM, AuditAction.SELLER_SCORE_CHANGE,
        "second penalty without a reference", null, null, null);
    assertThat(audit.ofCase(caseId)).hasSize(2)
        .allSatisfy(e -> assertThat(e.actor()).isEqualTo("kefu"));
  }

  @Test
  void theSameReferenceRecordedAgainAddsNothing() {
    AuditEntry first = audit.record(caseId, "kefu", AuditAction.RESHIP, "item lost", null,
        "SF9000000000001", "RS-CS-1-1");
    AuditEntry again = audit.record(caseId, "kefu", AuditAction.RESHIP, "item lost", null,
        "SF9000000000001", "RS-CS-1-1");
    assertThat(again).isEqualTo(first);
    assertThat(audit.ofCase(caseId)).hasSize(1);
    assertThat(cases.timeline(caseId, false)).hasSize(1);
  }

  @Test
  void aReasonIsRequired() {
    assertThatThrownBy(() -> audit.record(caseId, "agent", AuditAction.COUPON, " ", null, null,
        null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    assertThatThrownBy(() -> audit.record(caseId, "agent", AuditAction.COUPON, null, null, null,
        null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> audit.record(caseId, "", AuditAction.COUPON, "why", null, null,
        null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actor");
    assertThatThrownBy(() -> audit.record(caseId, "agent", AuditAction.COUPON, "why",
        "x".repeat(AuditTrail.MAX_SNAPSHOT + 1), null, null))
        .isInstanceOf(IllegalArgumentException.class);
    // the database refuses a blank reason too, whoever writes the row
    assertThatThrownBy(() -> jdbc.sql("INSERT INTO kefu_audit (occurred_at, actor, case_id, "
            + "action, reason) VALUES (CURRENT_TIMESTAMP, 'x', :id, 'REFUND', '  ')")
        .param("id", caseId).update())
        .isInstanceOf(DataAccessException.class);
    assertThat(audit.ofCase(caseId)).isEmpty();
  }

  @Test
  void theDatabaseRefusesUpdateAndDelete() {
    AuditEntry entry = audit.record(caseId, "agent", AuditAction.ACCOUNT_FREEZE,
        "abnormal login", "ACTIVE", "FROZEN", null);
    String database = TestDatabase.isPostgres() ? "PostgreSQL" : "H2";

    assertThatThrownBy(() -> jdbc.sql("UPDATE kefu_audit SET reason = 'changed' WHERE id = :id")
        .param("id", entry.id()).update())
        .as("UPDATE on %s", database)
        .isInstanceOf(DataAccessException.class)
        .hasStackTraceContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM kefu_audit WHERE id = :id")
        .param("id", entry.id()).update())
        .as("DELETE on %s", database)
        .isInstanceOf(DataAccessException.class)
        .hasStackTraceContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM kefu_audit").update())
        .isInstanceOf(DataAccessException.class);

    assertThat(audit.ofCase(caseId)).singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo("abnormal login"));
  }

  @Test
  void flywayPickedTheVendorMigrationOfThisDatabase() {
    List<String> scripts = jdbc.sql(
            "SELECT \"script\" FROM \"kefu_schema_history\" WHERE \"version\" = '21'")
        .query(String.class).list();
    assertThat(scripts).containsExactly("V21__audit_append_only.sql");
    String trigger = TestDatabase.isPostgres()
        ? jdbc.sql("SELECT tgname FROM pg_trigger WHERE tgname = 'kefu_audit_no_change'")
            .query(String.class).single()
        : jdbc.sql("SELECT TRIGGER_NAME FROM INFORMATION_SCHEMA.TRIGGERS "
            + "WHERE TRIGGER_NAME = 'KEFU_AUDIT_NO_UPDATE'").query(String.class).single();
    assertThat(trigger).isNotBlank();
  }
}
