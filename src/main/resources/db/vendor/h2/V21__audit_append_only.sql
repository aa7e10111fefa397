-- H2: kefu_audit is append-only. The trigger class is part of kefu
-- (io.kefu.cases.H2AuditAppendOnlyTrigger) and raises an error for every UPDATE and DELETE.
-- The PostgreSQL twin of this migration is in db/vendor/postgresql (Flyway location
-- classpath:db/vendor/{vendor}).
CREATE TRIGGER kefu_audit_no_update BEFORE UPDATE ON kefu_audit FOR EACH ROW
    CALL 'io.kefu.cases.H2AuditAppendOnlyTrigger';
CREATE TRIGGER kefu_audit_no_delete BEFORE DELETE ON kefu_audit FOR EACH ROW
    CALL 'io.kefu.cases.H2AuditAppendOnlyTrigger';
