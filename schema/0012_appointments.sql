-- Schema v12: appointments (预约, issue 11 item 3; docs/followups.md "Appointments").
-- A "will come" call outcome (FollowUpService::recordOutcome) or a booking at reception
-- (AppointmentService::book) stores an appointment: day, time slot, purpose, advisor. Only the
-- explicit states are stored (booked, cancelled); "arrived" and "no_show" follow from the visits
-- (domain AppointmentStatus: a non-voided visit of the customer or the vehicle on the day), so that
-- voiding a visit or registering it late gives the right status without a second write.
-- The follow-up list gains two kinds, the reminder call before the day (appointment_reminder) and
-- the call after a missed appointment (no_show): calls.kind accepts them. SQLite cannot change a
-- CHECK constraint in place, so calls is rebuilt the documented way (new table, copy, drop,
-- rename, indexes again) with foreign keys off (marker below; the runner checks
-- PRAGMA foreign_key_check before the commit). Its lists of more than two values are written as
-- comparisons (0005). Conventions as in 0001: STRICT; dates 'YYYY-MM-DD'; timestamps
-- 'YYYY-MM-DDTHH:MM:SS' local time.
--
-- huichang-migration: foreign-keys-off

CREATE TABLE calls_v12 (
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
                            kind = 'no_show'),
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
INSERT INTO calls_v12 SELECT * FROM calls;
DROP TABLE calls;
ALTER TABLE calls_v12 RENAME TO calls;
CREATE INDEX calls_customer_date ON calls (customer_id, call_date);
CREATE INDEX calls_date ON calls (call_date);
CREATE INDEX calls_complaint ON calls (complaint_id) WHERE complaint_id IS NOT NULL;
CREATE INDEX calls_campaign ON calls (campaign_id) WHERE campaign_id IS NOT NULL;

-- One row per appointment. appt_time is the start of the time slot ('HH:MM'), NULL when the call
-- fixed only the day. call_id: the "will come" call that made it (NULL for a booking at
-- reception). cancelled: with the time, the user and a reason.
CREATE TABLE appointments (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers (id),
    vehicle_id    INTEGER REFERENCES vehicles (id),
    appt_date     TEXT    NOT NULL
                  CHECK (appt_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    appt_time     TEXT    CHECK (appt_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    purpose       TEXT    NOT NULL DEFAULT '',
    advisor_id    INTEGER REFERENCES users (id),
    call_id       INTEGER REFERENCES calls (id),
    status        TEXT    NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled')),
    cancelled_at  TEXT,
    cancelled_by  INTEGER REFERENCES users (id),
    cancel_reason TEXT,
    created_at    TEXT    NOT NULL,
    created_by    INTEGER REFERENCES users (id),
    CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
) STRICT;
-- Reception's today / tomorrow panel, the follow-up list's window, the monthly report.
CREATE INDEX appointments_date ON appointments (appt_date);
-- The customer's appointments (card, arrival matching).
CREATE INDEX appointments_customer ON appointments (customer_id, appt_date);
