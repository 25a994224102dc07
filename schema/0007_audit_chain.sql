-- Schema v7: tamper-evident audit log (issue 13 item 6).
-- Every row carries hash = SHA-256 (hex) over the previous row's hash and its own content,
-- computed in C++ at insert (AuditRepository::append). The rows written before this version are
-- chained by the runner right after this script, in the same transaction
-- (AuditRepository::sealUnchained, see Database::migrate and docs/schema.md).
ALTER TABLE audit_log ADD COLUMN hash TEXT CHECK (hash IS NULL OR length(hash) = 64);

-- Still append-only; the one update allowed gives a row without a hash its hash (the sealing
-- above), changing nothing else.
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (OLD.hash IS NULL AND NEW.hash IS NOT NULL AND NEW.id = OLD.id AND NEW.at IS OLD.at
          AND NEW.user_id IS OLD.user_id AND NEW.action IS OLD.action
          AND NEW.entity IS OLD.entity AND NEW.entity_id IS OLD.entity_id
          AND NEW.before_json IS OLD.before_json AND NEW.after_json IS OLD.after_json)
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
