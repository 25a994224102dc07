-- Schema v2: search as you type (reception). See docs/search.md.
--
-- Two kinds of lookups answer a keystroke, each bounded by LIMIT 50:
-- 1. indexed prefix ranges (key >= :q AND key < :q || U+10FFFF) on plain b-tree indexes:
--    customers.name, the given name substr(name, 2), phone / phone2 and their last 4 digits,
--    vehicles.plate, the plate without province substr(plate, 2) and without province and letter
--    substr(plate, 3), vehicles.vin, visits.work_order, and the pinyin / pinyin initials below;
-- 2. for fragments of 3 characters or more, substring matches in FTS5 trigram tables
--    (search_customer_fts, search_vehicle_fts).
--
-- Keeping the index current: SQL triggers on customers and vehicles maintain the FTS rows for every
-- writer (services, CLI import, demo). Pinyin cannot be computed in SQL: the triggers mark the
-- customer's row in search_pinyin stale (name_src NULL) and the C++ side (SearchRepository with
-- the ICU "Han-Latin; Latin-ASCII" transliterator) fills it in: a bounded batch before each search
-- and everything at application start (SearchService::rebuildIndex / refreshStale).

-- Expression indexes for the prefix lookups.
CREATE INDEX search_customers_given ON customers (substr(name, 2));
CREATE INDEX search_customers_phone_tail ON customers (substr(phone, -4));
CREATE INDEX search_customers_phone2_tail ON customers (substr(phone2, -4));
CREATE INDEX search_vehicles_plate2 ON vehicles (substr(plate, 2));
CREATE INDEX search_vehicles_plate3 ON vehicles (substr(plate, 3));

-- Pinyin of each customer's name, computed in C++. name_src is the name the pinyin was computed
-- from; NULL means stale (new customer or renamed).
CREATE TABLE search_pinyin (
    customer_id INTEGER PRIMARY KEY,
    name_src    TEXT,
    pinyin      TEXT    NOT NULL DEFAULT '',  -- "liuchunjiang"
    initials    TEXT    NOT NULL DEFAULT ''   -- "lcj"
) STRICT;
CREATE INDEX search_pinyin_full ON search_pinyin (pinyin);
CREATE INDEX search_pinyin_initials ON search_pinyin (initials);
CREATE INDEX search_pinyin_stale ON search_pinyin (customer_id) WHERE name_src IS NULL;

-- Substring search (≥ 3 characters). rowid = customers.id / vehicles.id.
CREATE VIRTUAL TABLE search_customer_fts USING fts5(name, pinyin, phones, tokenize = 'trigram');
CREATE VIRTUAL TABLE search_vehicle_fts USING fts5(plate, vin, tokenize = 'trigram');

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

-- Index the rows that exist already (upgrade from v1); pinyin follows from C++ (stale rows).
INSERT INTO search_customer_fts (rowid, name, pinyin, phones)
SELECT id, name, '',
       trim(coalesce(phone, '') || ' ' || coalesce(phone2, '') || ' '
            || replace(coalesce(phone, ''), '-', ''))
FROM customers;
INSERT INTO search_pinyin (customer_id, name_src) SELECT id, NULL FROM customers;
INSERT INTO search_vehicle_fts (rowid, plate, vin)
SELECT id, coalesce(plate, ''), coalesce(vin, '') FROM vehicles;
