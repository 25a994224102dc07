-- Schema v17: the audit chain covers a hash of each row's content instead of the content itself,
-- so personal data in old rows can be redacted after a PIPL erasure (issue 13 item 6).
--   content_hash = SHA-256 over the row's before_json and after_json (AuditRepository::contentHash)
--   hash         = SHA-256 over the previous row's hash, content_hash and the fixed fields
--                  (id, at, user_id, action, entity, entity_id, legacy_hash) (chainHash)
--   legacy_hash  = the v7 hash of a row written before this version, kept so anchors noted
--                  earlier (audit verify --expect) still match and the old chain is still checked
--   redacted_by  = the id of the later 'audit.redact' row that replaced this row's content
-- The existing rows are given content_hash, legacy_hash and their new hash by the runner right
-- after this script, in the same transaction (AuditRepository::upgradeChain, Database::migrate).
ALTER TABLE audit_log ADD COLUMN content_hash TEXT
    CHECK (content_hash IS NULL OR length(content_hash) = 64);
ALTER TABLE audit_log ADD COLUMN legacy_hash TEXT
    CHECK (legacy_hash IS NULL OR length(legacy_hash) = 64);
ALTER TABLE audit_log ADD COLUMN redacted_by INTEGER
    CHECK (redacted_by IS NULL OR redacted_by > id);

-- Still append-only. Two updates are allowed, each once per row and changing nothing else:
-- 1. the upgrade above: a row without a content hash gets it, its legacy hash and its new hash;
-- 2. a redaction: before_json/after_json replaced and redacted_by set; the hashes stay.
DROP TRIGGER IF EXISTS audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (NEW.id = OLD.id AND NEW.at IS OLD.at AND NEW.user_id IS OLD.user_id
          AND NEW.action IS OLD.action AND NEW.entity IS OLD.entity
          AND NEW.entity_id IS OLD.entity_id
          AND ((OLD.content_hash IS NULL AND NEW.content_hash IS NOT NULL
                AND NEW.before_json IS OLD.before_json AND NEW.after_json IS OLD.after_json
                AND OLD.redacted_by IS NULL AND NEW.redacted_by IS NULL)
               OR (OLD.redacted_by IS NULL AND NEW.redacted_by IS NOT NULL
                   AND OLD.content_hash IS NOT NULL AND NEW.content_hash IS OLD.content_hash
                   AND NEW.hash IS OLD.hash AND NEW.legacy_hash IS OLD.legacy_hash)))
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
