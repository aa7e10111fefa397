-- The dispatcher claims due deliveries with
--   WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY next_attempt_at, id
--   FETCH FIRST n ROWS ONLY FOR UPDATE SKIP LOCKED
-- (and the same for SENDING rows whose lease ran out). With id in the index that is a plain
-- index scan in the query's order that stops after n rows, and a plain index scan marks the
-- entries of rows that have since moved on (to SENT) as dead, so the next claim skips them
-- instead of visiting them again until the next vacuum.
DROP INDEX ix_notification_delivery_due;
CREATE INDEX ix_notification_delivery_due ON kefu_notification_delivery (status, next_attempt_at, id);
