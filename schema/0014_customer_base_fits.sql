-- Schema v14: stored fits of the customer-base model (issue 12 items 4-5, docs/customer-base.md
-- "The stored model"). Append-only history; the newest row (by fitted_at, id) is the model in use.
-- Conventions as in 0001: STRICT; dates 'YYYY-MM-DD'; timestamps 'YYYY-MM-DDTHH:MM:SS' local time.
CREATE TABLE customer_base_fits (
    id               INTEGER PRIMARY KEY,
    fitted_at        TEXT    NOT NULL,
    fitted_by        INTEGER REFERENCES users (id),  -- NULL: the system (monthly refit)
    data_from        TEXT    NOT NULL,                -- first visit day used
    calibration_end  TEXT    NOT NULL,                -- visits up to this day were used
    r                REAL    NOT NULL CHECK (r > 0),
    alpha            REAL    NOT NULL CHECK (alpha > 0),
    a                REAL    NOT NULL CHECK (a > 0),
    b                REAL    NOT NULL CHECK (b > 0),
    log_likelihood   REAL    NOT NULL,
    p                REAL CHECK (p IS NULL OR p > 0),  -- gamma-gamma; NULL when not fitted
    q                REAL CHECK (q IS NULL OR q > 0),
    gamma            REAL CHECK (gamma IS NULL OR gamma > 0),
    customers        INTEGER NOT NULL CHECK (customers >= 0),
    repeat_customers INTEGER NOT NULL CHECK (repeat_customers >= 0),
    settings_json    TEXT    NOT NULL,                -- the customer_base settings used
    value_cuts_json  TEXT    NOT NULL DEFAULT '[]'    -- percentile cuts of the 12-month value
) STRICT;
CREATE INDEX customer_base_fits_latest ON customer_base_fits (fitted_at, id);
