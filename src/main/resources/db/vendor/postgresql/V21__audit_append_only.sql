-- PostgreSQL: kefu_audit is append-only. UPDATE, DELETE and TRUNCATE raise an exception.
-- The H2 twin of this migration is in db/vendor/h2 (Flyway location classpath:db/vendor/{vendor}).
-- Production should also grant kefu's database user only INSERT and SELECT on kefu_audit.
CREATE FUNCTION kefu_audit_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'kefu_audit is append-only: % refused', TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER kefu_audit_no_change BEFORE UPDATE OR DELETE ON kefu_audit
    FOR EACH ROW EXECUTE FUNCTION kefu_audit_refuse_change();
CREATE TRIGGER kefu_audit_no_truncate BEFORE TRUNCATE ON kefu_audit
    FOR EACH STATEMENT EXECUTE FUNCTION kefu_audit_refuse_change();
