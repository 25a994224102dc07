-- Schema v4: saved report runs (docs/reports.md "Service, exports and CLI"). The ABC run of a
-- period is saved so that the next month's report can flag grade changes and large rank moves
-- against it (domain.md §3 step 4). Saving the same period and kind again replaces the run
-- (INSERT ... ON CONFLICT (period, kind) DO UPDATE, then its rows are rewritten).
-- Conventions as in 0001: STRICT; timestamps 'YYYY-MM-DDTHH:MM:SS' local time; money in fen.

CREATE TABLE report_runs (
    id         INTEGER PRIMARY KEY,
    period     TEXT    NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    kind       TEXT    NOT NULL CHECK (kind IN ('abc')),
    as_of      TEXT    NOT NULL CHECK (as_of GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    total_fen  INTEGER NOT NULL DEFAULT 0,
    created_at TEXT    NOT NULL,
    created_by INTEGER REFERENCES users (id),
    UNIQUE (period, kind)
) STRICT;

CREATE TABLE report_run_rows (
    run_id      INTEGER NOT NULL REFERENCES report_runs (id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL,  -- no foreign key: a saved run outlives merged customers
    rank        INTEGER NOT NULL CHECK (rank >= 1),
    grade       TEXT    NOT NULL CHECK (grade IN ('A', 'B', 'C')),
    amount_fen  INTEGER NOT NULL,
    PRIMARY KEY (run_id, customer_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX report_run_rows_rank ON report_run_rows (run_id, rank);
