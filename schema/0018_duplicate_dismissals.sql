-- Schema v18: "not the same customer" marks for the duplicate finder (docs/schema.md
-- "duplicate_dismissals", docs/domain-rules.md "Duplicate customers"). One row per pair of
-- customers a manager marked as two different people (DuplicateService::dismiss), lower id
-- first; domain::DuplicateFinder skips the pair. Deleting a customer deletes its marks (cascade).
-- A merge sets the removed customer's marks aside in its merge record and an undo puts them back
-- (storage::CustomerMergeRepository); a PIPL erasure deletes the erased customer's marks
-- (storage::PrivacyRepository). Timestamps 'YYYY-MM-DDTHH:MM:SS' local time as in 0001.
CREATE TABLE duplicate_dismissals (
    low_id       INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    high_id      INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    dismissed_at TEXT    NOT NULL,
    dismissed_by INTEGER REFERENCES users (id),
    PRIMARY KEY (low_id, high_id),
    CHECK (low_id < high_id)
) STRICT;
CREATE INDEX duplicate_dismissals_high ON duplicate_dismissals (high_id);
