-- Schema v1: the customer archive (domain.md §1), users, audit log and settings.
-- Conventions: STRICT tables; dates ISO 'YYYY-MM-DD' (TEXT); timestamps ISO 'YYYY-MM-DDTHH:MM:SS'
-- in local time; money in integer fen; booleans 0/1. Dates are computed in C++ and bound.

CREATE TABLE users (
    id                  INTEGER PRIMARY KEY,
    username            TEXT    NOT NULL UNIQUE CHECK (length(trim(username)) > 0),
    display_name        TEXT    NOT NULL DEFAULT '',
    role                TEXT    NOT NULL CHECK (role IN ('advisor', 'callback', 'manager')),
    password_hash       BLOB    NOT NULL,
    password_salt       BLOB    NOT NULL,
    password_iterations INTEGER NOT NULL CHECK (password_iterations >= 10000),
    active              INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_logins       INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until        TEXT,
    created_at          TEXT    NOT NULL
) STRICT;

CREATE TABLE customers (
    id                INTEGER PRIMARY KEY,
    name              TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    kind              TEXT    NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'company')),
    phone             TEXT,
    phone2            TEXT,
    id_number         TEXT,
    address           TEXT,
    postal_code       TEXT,
    birthday          TEXT,
    gender            TEXT    CHECK (gender IN ('male', 'female')),
    region            TEXT,
    source            TEXT,
    attribute         TEXT    CHECK (attribute IN ('official', 'insurance', 'private', 'taxi')),
    behaviour         TEXT    CHECK (behaviour IN ('demanding', 'confused', 'agitated')),
    decision_style    TEXT    CHECK (decision_style IN ('rational', 'emotional')),
    marketing_opt_out INTEGER NOT NULL DEFAULT 0 CHECK (marketing_opt_out IN (0, 1)),
    invalid_reason    TEXT    CHECK (invalid_reason IN ('wrong_number', 'vehicle_sold', 'unreachable', 'other')),
    invalid_note      TEXT,
    invalid_since     TEXT,
    invalid_by        INTEGER REFERENCES users (id),
    verified_at       TEXT,
    verified_by       INTEGER REFERENCES users (id),
    note              TEXT,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    CHECK ((invalid_reason IS NULL) = (invalid_since IS NULL))
) STRICT;
CREATE INDEX customers_phone ON customers (phone);
CREATE INDEX customers_phone2 ON customers (phone2);
CREATE INDEX customers_id_number ON customers (id_number);
CREATE INDEX customers_name ON customers (name);

CREATE TABLE vehicles (
    id                    INTEGER PRIMARY KEY,
    customer_id           INTEGER NOT NULL REFERENCES customers (id),  -- current owner
    plate                 TEXT,
    vin                   TEXT,
    engine_no             TEXT,
    brand                 TEXT,
    model                 TEXT,
    displacement          TEXT,
    transmission          TEXT    CHECK (transmission IN ('manual', 'automatic')),
    colour                TEXT,
    key_no                TEXT,
    plate_date            TEXT,
    purchase_date         TEXT,
    first_service_date    TEXT,
    first_service_mileage INTEGER CHECK (first_service_mileage >= 0),
    grade                 TEXT    CHECK (grade IN ('high', 'mid', 'mid_low', 'low')),
    insurance_due         TEXT,
    inspection_due        TEXT,
    created_at            TEXT    NOT NULL,
    updated_at            TEXT    NOT NULL
) STRICT;
CREATE UNIQUE INDEX vehicles_plate ON vehicles (plate) WHERE plate IS NOT NULL;
CREATE UNIQUE INDEX vehicles_vin ON vehicles (vin) WHERE vin IS NOT NULL;
CREATE INDEX vehicles_customer ON vehicles (customer_id);

-- Ownership history: one row per owner period; the open period has to_date NULL.
CREATE TABLE vehicle_owners (
    id          INTEGER PRIMARY KEY,
    vehicle_id  INTEGER NOT NULL REFERENCES vehicles (id),
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    from_date   TEXT    NOT NULL,
    to_date     TEXT,
    note        TEXT,
    CHECK (to_date IS NULL OR to_date >= from_date)
) STRICT;
CREATE INDEX vehicle_owners_vehicle ON vehicle_owners (vehicle_id, from_date);
CREATE INDEX vehicle_owners_customer ON vehicle_owners (customer_id);
CREATE UNIQUE INDEX vehicle_owners_open ON vehicle_owners (vehicle_id) WHERE to_date IS NULL;

-- Visits / work orders (seed 001 维修信息). customer_id is the owner at the time of the visit.
CREATE TABLE visits (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customers (id),
    vehicle_id      INTEGER REFERENCES vehicles (id),
    visit_date      TEXT    NOT NULL CHECK (visit_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    work_order      TEXT,
    appraisal_no    TEXT,
    mileage         INTEGER CHECK (mileage >= 0),
    category        TEXT    NOT NULL DEFAULT 'other'
                    CHECK (category IN ('maintenance', 'repair', 'accident', 'warranty', 'insurance', 'other')),
    fault_date      TEXT,
    fault_mileage   INTEGER CHECK (fault_mileage >= 0),
    work_done       TEXT,
    recommendations TEXT,
    labour_fen      INTEGER NOT NULL DEFAULT 0 CHECK (labour_fen >= 0),
    parts_fen       INTEGER NOT NULL DEFAULT 0 CHECK (parts_fen >= 0),
    other_fen       INTEGER NOT NULL DEFAULT 0 CHECK (other_fen >= 0),
    discount_fen    INTEGER NOT NULL DEFAULT 0 CHECK (discount_fen >= 0),
    amount_fen      INTEGER NOT NULL CHECK (amount_fen >= 0),
    advisor         TEXT,
    technician      TEXT,
    source          TEXT    NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import', 'demo')),
    created_at      TEXT    NOT NULL,
    created_by      INTEGER REFERENCES users (id)
) STRICT;
CREATE UNIQUE INDEX visits_work_order ON visits (work_order) WHERE work_order IS NOT NULL;
-- Covering index for the analysis pass (per customer: first/last date, window sums).
CREATE INDEX visits_customer_date ON visits (customer_id, visit_date, amount_fen);
CREATE INDEX visits_vehicle_date ON visits (vehicle_id, visit_date);
CREATE INDEX visits_date ON visits (visit_date);

-- Append-only audit log: who, when, what, on which entity, before/after as JSON.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT    NOT NULL,
    user_id     INTEGER REFERENCES users (id),
    action      TEXT    NOT NULL,
    entity      TEXT    NOT NULL,
    entity_id   INTEGER,
    before_json TEXT    CHECK (before_json IS NULL OR json_valid(before_json)),
    after_json  TEXT    CHECK (after_json IS NULL OR json_valid(after_json))
) STRICT;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- Typed settings, stored as JSON values under dotted keys (e.g. 'analysis').
CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value_json TEXT NOT NULL CHECK (json_valid(value_json)),
    updated_at TEXT NOT NULL,
    updated_by INTEGER REFERENCES users (id)
) STRICT;
