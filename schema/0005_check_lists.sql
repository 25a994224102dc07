-- Schema v5: the same tables, with CHECK lists of more than two values written as comparisons.
--
-- Why: SQLite (3.40, Debian 12) evaluates `CHECK (col IN ('a', 'b', 'c', ...))` by building a
-- temporary lookup table for every inserted row; `col = 'a' OR col = 'b' OR ...` is a few
-- comparisons. Measured on 200 000 visit rows: the two lists of `visits` (category, source) cost
-- 0.25 s of a 0.39 s insert, the comparisons 0.01 s (docs/performance.md). Lists of one or two
-- values are already compiled to comparisons and stay as they are. The constraints accept exactly
-- the same values as before (NULL gives NULL in both forms, which a CHECK lets pass).
--
-- SQLite cannot change a CHECK constraint in place, so customers, vehicles and visits are rebuilt
-- the documented way (https://www.sqlite.org/lang_altertable.html#otheralter): new table, copy,
-- drop, rename, then their indexes and triggers again (0001, 0002). The migration runner runs this
-- script with foreign keys off (the marker below), checks PRAGMA foreign_key_check before committing
-- and turns them on again; one transaction, a backup of the file is taken before any upgrade.
--
-- huichang-migration: foreign-keys-off

-- customers
CREATE TABLE customers_v5 (
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
    attribute         TEXT    CHECK (attribute = 'official' OR
                                     attribute = 'insurance' OR
                                     attribute = 'private' OR
                                     attribute = 'taxi'),
    behaviour         TEXT    CHECK (behaviour = 'demanding' OR
                                     behaviour = 'confused' OR
                                     behaviour = 'agitated'),
    decision_style    TEXT    CHECK (decision_style IN ('rational', 'emotional')),
    marketing_opt_out INTEGER NOT NULL DEFAULT 0 CHECK (marketing_opt_out IN (0, 1)),
    invalid_reason    TEXT    CHECK (invalid_reason = 'wrong_number' OR
                                     invalid_reason = 'vehicle_sold' OR
                                     invalid_reason = 'unreachable' OR
                                     invalid_reason = 'other'),
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
INSERT INTO customers_v5 SELECT * FROM customers;
DROP TABLE customers;
ALTER TABLE customers_v5 RENAME TO customers;

CREATE INDEX customers_phone ON customers (phone);
CREATE INDEX customers_phone2 ON customers (phone2);
CREATE INDEX customers_id_number ON customers (id_number);
CREATE INDEX customers_name ON customers (name);
CREATE INDEX search_customers_given ON customers (substr(name, 2));
CREATE INDEX search_customers_phone_tail ON customers (substr(phone, -4));
CREATE INDEX search_customers_phone2_tail ON customers (substr(phone2, -4));

-- vehicles
CREATE TABLE vehicles_v5 (
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
    grade                 TEXT    CHECK (grade = 'high' OR
                                         grade = 'mid' OR
                                         grade = 'mid_low' OR
                                         grade = 'low'),
    insurance_due         TEXT,
    inspection_due        TEXT,
    created_at            TEXT    NOT NULL,
    updated_at            TEXT    NOT NULL
) STRICT;
INSERT INTO vehicles_v5 SELECT * FROM vehicles;
DROP TABLE vehicles;
ALTER TABLE vehicles_v5 RENAME TO vehicles;

CREATE UNIQUE INDEX vehicles_plate ON vehicles (plate) WHERE plate IS NOT NULL;
CREATE UNIQUE INDEX vehicles_vin ON vehicles (vin) WHERE vin IS NOT NULL;
CREATE INDEX vehicles_customer ON vehicles (customer_id);
CREATE INDEX search_vehicles_plate2 ON vehicles (substr(plate, 2));
CREATE INDEX search_vehicles_plate3 ON vehicles (substr(plate, 3));

-- visits
CREATE TABLE visits_v5 (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customers (id),
    vehicle_id      INTEGER REFERENCES vehicles (id),
    visit_date      TEXT    NOT NULL CHECK (visit_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    work_order      TEXT,
    appraisal_no    TEXT,
    mileage         INTEGER CHECK (mileage >= 0),
    category        TEXT    NOT NULL DEFAULT 'other'
                    CHECK (category = 'maintenance' OR
                           category = 'repair' OR
                           category = 'accident' OR
                           category = 'warranty' OR
                           category = 'insurance' OR
                           category = 'other'),
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
    source          TEXT    NOT NULL DEFAULT 'manual' CHECK (source = 'manual' OR
                                                             source = 'import' OR
                                                             source = 'demo'),
    created_at      TEXT    NOT NULL,
    created_by      INTEGER REFERENCES users (id)
) STRICT;
INSERT INTO visits_v5 SELECT * FROM visits;
DROP TABLE visits;
ALTER TABLE visits_v5 RENAME TO visits;

CREATE UNIQUE INDEX visits_work_order ON visits (work_order) WHERE work_order IS NOT NULL;
CREATE INDEX visits_customer_date ON visits (customer_id, visit_date, amount_fen);
CREATE INDEX visits_vehicle_date ON visits (vehicle_id, visit_date);
CREATE INDEX visits_date ON visits (visit_date);

-- The search triggers of 0002 (dropped with their tables), word for word: BulkWriter recognises
-- the insert triggers by their text.
CREATE TRIGGER search_customers_ai AFTER INSERT ON customers
BEGIN
    INSERT INTO search_customer_fts (rowid, name, pinyin, phones)
    VALUES (new.id, new.name, '',
            trim(coalesce(new.phone, '') || ' ' || coalesce(new.phone2, '') || ' '
                 || replace(coalesce(new.phone, ''), '-', '')));
    INSERT INTO search_pinyin (customer_id, name_src) VALUES (new.id, NULL)
        ON CONFLICT (customer_id) DO UPDATE SET name_src = NULL, pinyin = '', initials = '';
END;

CREATE TRIGGER search_customers_au AFTER UPDATE OF name, phone, phone2 ON customers
BEGIN
    DELETE FROM search_customer_fts WHERE rowid = old.id;
    INSERT INTO search_customer_fts (rowid, name, pinyin, phones)
    VALUES (new.id, new.name,
            coalesce((SELECT p.pinyin || ' ' || p.initials FROM search_pinyin p
                      WHERE p.customer_id = new.id AND p.name_src = new.name), ''),
            trim(coalesce(new.phone, '') || ' ' || coalesce(new.phone2, '') || ' '
                 || replace(coalesce(new.phone, ''), '-', '')));
    UPDATE search_pinyin SET name_src = NULL, pinyin = '', initials = ''
        WHERE customer_id = new.id AND name_src IS NOT new.name;
END;

CREATE TRIGGER search_customers_ad AFTER DELETE ON customers
BEGIN
    DELETE FROM search_customer_fts WHERE rowid = old.id;
    DELETE FROM search_pinyin WHERE customer_id = old.id;
END;

CREATE TRIGGER search_vehicles_ai AFTER INSERT ON vehicles
BEGIN
    INSERT INTO search_vehicle_fts (rowid, plate, vin)
    VALUES (new.id, coalesce(new.plate, ''), coalesce(new.vin, ''));
END;

CREATE TRIGGER search_vehicles_au AFTER UPDATE OF plate, vin ON vehicles
BEGIN
    DELETE FROM search_vehicle_fts WHERE rowid = old.id;
    INSERT INTO search_vehicle_fts (rowid, plate, vin)
    VALUES (new.id, coalesce(new.plate, ''), coalesce(new.vin, ''));
END;

CREATE TRIGGER search_vehicles_ad AFTER DELETE ON vehicles
BEGIN
    DELETE FROM search_vehicle_fts WHERE rowid = old.id;
END;
