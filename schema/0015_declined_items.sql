-- Schema v15: declined work as tracked items (建议项目, issue 12 item 7; docs/domain-rules.md
-- "Declined work", docs/followups.md "Declined work").
-- Each piece of work the customer declined at a visit is a row: what, estimated amount (fen),
-- urgency, due by date and/or at an odometer reading (whichever first, domain DeclinedWorkDue),
-- status. Written with the visit in one transaction (VisitService::registerVisit); closed as done
-- by a later visit (closed_by_visit_id, ticked at visit entry) or dropped with a reason. Items of a
-- voided visit are ignored like the visit itself. Conventions as in 0001: STRICT; dates
-- 'YYYY-MM-DD'; timestamps 'YYYY-MM-DDTHH:MM:SS' local time; money in fen.
-- The follow-up list gains the kind declined_work: calls.kind accepts it. SQLite cannot change a
-- CHECK constraint in place, so calls is rebuilt as in 0012 (new table, copy with the column list,
-- drop, rename, indexes again) with foreign keys off (marker below); the columns are unchanged.
--
-- huichang-migration: foreign-keys-off

CREATE TABLE calls_v15 (
    id               INTEGER PRIMARY KEY,
    customer_id      INTEGER NOT NULL REFERENCES customers (id),
    vehicle_id       INTEGER REFERENCES vehicles (id),
    visit_id         INTEGER REFERENCES visits (id),
    complaint_id     INTEGER REFERENCES complaints (id),
    campaign_id      INTEGER REFERENCES campaigns (id),
    kind             TEXT    NOT NULL
                     CHECK (kind = 'post_service' OR
                            kind = 'maintenance' OR
                            kind = 'winback' OR
                            kind = 'care' OR
                            kind = 'complaint' OR
                            kind = 'appointment_reminder' OR
                            kind = 'no_show' OR
                            kind = 'declined_work'),
    due_date         TEXT,
    called_at        TEXT    NOT NULL,
    call_date        TEXT    NOT NULL
                     CHECK (call_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    caller_id        INTEGER REFERENCES users (id),
    outcome          TEXT    NOT NULL
                     CHECK (outcome = 'reached' OR
                            outcome = 'no_answer' OR
                            outcome = 'wrong_number' OR
                            outcome = 'vehicle_sold' OR
                            outcome = 'will_come' OR
                            outcome = 'refuses'),
    appointment_date TEXT,
    churn_reason     TEXT    CHECK (churn_reason = 'price' OR
                                    churn_reason = 'quality' OR
                                    churn_reason = 'waiting' OR
                                    churn_reason = 'attitude' OR
                                    churn_reason = 'distance' OR
                                    churn_reason = 'friend_garage' OR
                                    churn_reason = 'vehicle_sold' OR
                                    churn_reason = 'low_mileage' OR
                                    churn_reason = 'out_of_town' OR
                                    churn_reason = 'other'),
    note             TEXT,
    attempt          INTEGER NOT NULL DEFAULT 1 CHECK (attempt >= 1),
    CHECK (outcome <> 'will_come' OR appointment_date IS NOT NULL),
    CHECK (kind <> 'complaint' OR complaint_id IS NOT NULL)
) STRICT;
INSERT INTO calls_v15 (id, customer_id, vehicle_id, visit_id, complaint_id, campaign_id, kind,
                       due_date, called_at, call_date, caller_id, outcome, appointment_date,
                       churn_reason, note, attempt)
    SELECT id, customer_id, vehicle_id, visit_id, complaint_id, campaign_id, kind, due_date,
           called_at, call_date, caller_id, outcome, appointment_date, churn_reason, note, attempt
    FROM calls;
DROP TABLE calls;
ALTER TABLE calls_v15 RENAME TO calls;
CREATE INDEX calls_customer_date ON calls (customer_id, call_date);
CREATE INDEX calls_date ON calls (call_date);
CREATE INDEX calls_complaint ON calls (complaint_id) WHERE complaint_id IS NOT NULL;
CREATE INDEX calls_campaign ON calls (campaign_id) WHERE campaign_id IS NOT NULL;

-- One row per declined item. customer_id / vehicle_id: those of the visit it was declined at.
-- closed_date: done — the date of the visit that did it; dropped — the day it was dropped.
CREATE TABLE declined_items (
    id                 INTEGER PRIMARY KEY,
    visit_id           INTEGER NOT NULL REFERENCES visits (id),
    customer_id        INTEGER NOT NULL REFERENCES customers (id),
    vehicle_id         INTEGER REFERENCES vehicles (id),
    what               TEXT    NOT NULL CHECK (length(trim(what)) > 0),
    amount_fen         INTEGER NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),
    urgency            TEXT    NOT NULL CHECK (urgency IN ('safety', 'soon', 'later')),
    due_date           TEXT    CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    due_mileage        INTEGER CHECK (due_mileage >= 0),
    status             TEXT    NOT NULL DEFAULT 'open'
                       CHECK (status IN ('open', 'done', 'dropped')),
    closed_by_visit_id INTEGER REFERENCES visits (id),
    closed_date        TEXT    CHECK (closed_date GLOB
                                      '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    drop_reason        TEXT,
    created_at         TEXT    NOT NULL,
    created_by         INTEGER REFERENCES users (id),
    closed_at          TEXT,
    closed_by          INTEGER REFERENCES users (id),
    CHECK ((status = 'done') = (closed_by_visit_id IS NOT NULL)),
    CHECK ((status = 'dropped') = (drop_reason IS NOT NULL AND length(trim(drop_reason)) > 0)),
    CHECK ((status = 'open') = (closed_at IS NULL AND closed_date IS NULL))
) STRICT;
-- The customer card and the CLI list; the visit form's open items of a vehicle.
CREATE INDEX declined_items_customer ON declined_items (customer_id, status);
CREATE INDEX declined_items_vehicle ON declined_items (vehicle_id, status)
    WHERE vehicle_id IS NOT NULL;
-- The receipt (items of a visit); deleting or voiding a visit.
CREATE INDEX declined_items_visit ON declined_items (visit_id);
CREATE INDEX declined_items_closed_by ON declined_items (closed_by_visit_id)
    WHERE closed_by_visit_id IS NOT NULL;
