package io.kefu.cases;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's half of the database guarantee that {@code kefu_audit} is append-only: installed as a
 * {@code BEFORE UPDATE} and a {@code BEFORE DELETE} row trigger by the migration
 * {@code db/vendor/h2/V21__audit_append_only.sql}, it refuses every change. (PostgreSQL uses a
 * PL/pgSQL trigger function instead.) H2 loads this class by name, so it must stay where it is.
 */
public class H2AuditAppendOnlyTrigger implements Trigger {

  private String operation = "change";

  @Override
  public void init(Connection connection, String schemaName, String triggerName,
      String tableName, boolean before, int type) {
    operation = (type & DELETE) != 0 ? "DELETE" : (type & UPDATE) != 0 ? "UPDATE" : "change";
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    // SQLSTATE 23000: integrity constraint violation, as on PostgreSQL
    throw new SQLException("kefu_audit is append-only: " + operation + " refused", "23000");
  }
}
