-- Schema v6: correcting history (issue 9 item 3). A saved visit is never deleted to correct a
-- mistake: it is voided (作废) with a reason, by the manager or by the advisor who entered it on the
-- same day (VisitService::voidVisit, audited with the before state). A voided visit stays in the
-- table — and keeps its work-order number — but every read for analysis, follow-ups, reports,
-- search and the customer's history skips it (`voided_at IS NULL`, see docs/schema.md).
-- Conventions as in 0001: STRICT (kept: ALTER TABLE ADD COLUMN does not change it); timestamps
-- 'YYYY-MM-DDTHH:MM:SS' local time.

-- When it was voided, by whom and why: all three NULL for a valid visit; a voided visit has a time
-- and a non-blank reason (voided_by is NULL for the system user, e.g. the CLI).
ALTER TABLE visits ADD COLUMN voided_at TEXT;
ALTER TABLE visits ADD COLUMN voided_by INTEGER REFERENCES users (id);
ALTER TABLE visits ADD COLUMN void_reason TEXT
    CHECK ((voided_at IS NULL AND void_reason IS NULL) OR
           (voided_at IS NOT NULL AND coalesce(length(trim(void_reason)), 0) > 0));

-- The analysis and follow-up passes read only valid visits: their indexes become partial indexes
-- on them. voided_at is carried as the last column so that the scans stay index-only (SQLite 3.40
-- does not treat a partial index as covering for its own WHERE column otherwise).
DROP INDEX visits_customer_date;
CREATE INDEX visits_customer_date ON visits (customer_id, visit_date, amount_fen, voided_at)
    WHERE voided_at IS NULL;
DROP INDEX visits_date;
CREATE INDEX visits_date ON visits (visit_date, voided_at) WHERE voided_at IS NULL;
