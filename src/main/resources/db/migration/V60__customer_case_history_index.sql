-- A customer's cases, newest first, page by page (GET /api/v1/customers/{id}/cases) and the
-- customer history of triage and the Diagnose form: the index now also holds the id, the
-- tie-breaker of "ORDER BY created_at DESC, id DESC", so PostgreSQL reads a page straight from
-- the index (scanned backwards) without sorting the customer's cases, and counts them from the
-- index alone. It replaces ix_case_customer (customer_id, created_at), its prefix.
-- Portable SQL for H2 2.3 and PostgreSQL 15.
CREATE INDEX ix_case_customer_created ON kefu_case (customer_id, created_at, id);
DROP INDEX ix_case_customer;
