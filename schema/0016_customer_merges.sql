-- Schema v16: reversible merges of duplicate customers (docs/schema.md "customer_merges",
-- docs/domain-rules.md "Merging duplicates"). One row per merge with everything needed to undo it;
-- storage::CustomerMergeRepository writes and reads it. kept_id / removed_id carry no foreign key:
-- the removed customer is gone while the merge stands, and the kept one may be merged later.
-- The backup taken before the merge is found by its reason "merge" and time (its path depends on
-- where the database lives, so it is not stored).
CREATE TABLE customer_merges (
    id          INTEGER PRIMARY KEY,
    merged_at   TEXT    NOT NULL,
    merged_by   INTEGER REFERENCES users (id),
    kept_id     INTEGER NOT NULL,
    removed_id  INTEGER NOT NULL CHECK (removed_id <> kept_id),
    -- the removed customer's full row as it was ({column: value}, blobs as {"base64": …})
    removed_row TEXT    NOT NULL CHECK (json_valid(removed_row)),
    -- the kept customer's full row before and after the merge
    kept_before TEXT    NOT NULL CHECK (json_valid(kept_before)),
    kept_after  TEXT    NOT NULL CHECK (json_valid(kept_after)),
    -- per table and column referring to the customer: [{"table","column","moved":[rowid…],
    -- "set_aside":[{"rowid","row"}]}]; set-aside rows clashed with a unique key of the kept
    -- customer (e.g. one campaign invite each) and were deleted, kept here whole
    moved       TEXT    NOT NULL CHECK (json_valid(moved)),
    -- the search_pinyin rows of both customers before the merge ({"kept": {…}, "removed": {…}})
    search_rows TEXT    NOT NULL CHECK (json_valid(search_rows)),
    undone_at   TEXT,
    undone_by   INTEGER REFERENCES users (id)
) STRICT;
CREATE INDEX customer_merges_kept ON customer_merges (kept_id);
CREATE INDEX customer_merges_removed ON customer_merges (removed_id);
