-- Schema v3: callbacks, satisfaction questionnaire, complaints (2123), campaigns and call scripts
-- (domain.md §6–8, docs/followups.md). Depends only on 0001 (customers, vehicles, visits, users).
-- Conventions as in 0001: STRICT; dates 'YYYY-MM-DD'; timestamps 'YYYY-MM-DDTHH:MM:SS' local time;
-- money in integer fen; booleans 0/1.

-- Complaints (客户投诉): one form per complaint with the 2123 step times.
CREATE TABLE complaints (
    id                 INTEGER PRIMARY KEY,
    customer_id        INTEGER NOT NULL REFERENCES customers (id),
    vehicle_id         INTEGER REFERENCES vehicles (id),
    visit_id           INTEGER REFERENCES visits (id),
    channel            TEXT    NOT NULL DEFAULT 'phone'
                       CHECK (channel IN ('phone', 'visit', 'online', 'letter', 'other')),
    severity           TEXT    NOT NULL DEFAULT 'normal' CHECK (severity IN ('normal', 'major')),
    description        TEXT    NOT NULL CHECK (length(trim(description)) > 0),
    responsible_user   INTEGER REFERENCES users (id),
    responsible_person TEXT,
    received_at        TEXT    NOT NULL,
    contacted_at       TEXT,
    answered_at        TEXT,
    senior_answered_at TEXT,
    resolved_at        TEXT,
    followed_up_at     TEXT,
    resolution         TEXT,
    status             TEXT    NOT NULL DEFAULT 'received'
                       CHECK (status IN ('received', 'contacted', 'answered', 'resolved', 'closed')),
    created_by         INTEGER REFERENCES users (id),
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    CHECK (senior_answered_at IS NULL OR severity = 'major'),
    CHECK (followed_up_at IS NULL OR resolved_at IS NOT NULL)
) STRICT;
CREATE INDEX complaints_customer ON complaints (customer_id);
CREATE INDEX complaints_received ON complaints (received_at);
-- Open complaints (not followed up yet): the overdue list and the daily call list.
CREATE INDEX complaints_open ON complaints (received_at) WHERE followed_up_at IS NULL;

-- Status history of a complaint (append-only by convention; the audit log has the full trail).
CREATE TABLE complaint_events (
    id           INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints (id),
    at           TEXT    NOT NULL,
    user_id      INTEGER REFERENCES users (id),
    from_status  TEXT,
    to_status    TEXT    NOT NULL,
    note         TEXT
) STRICT;
CREATE INDEX complaint_events_complaint ON complaint_events (complaint_id, at);

-- Retention campaigns (domain.md §6) and who was invited.
CREATE TABLE campaigns (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    target_stage          TEXT    CHECK (target_stage IN ('active', 'not_lost', 'quasi_lost', 'lost',
                                                          'trending_lost', 'completely_lost')),
    target_segment        TEXT,
    offer                 TEXT    NOT NULL DEFAULT '',
    cost_per_customer_fen INTEGER NOT NULL DEFAULT 0 CHECK (cost_per_customer_fen >= 0),
    start_date            TEXT    NOT NULL
                          CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    window_days           INTEGER NOT NULL DEFAULT 30 CHECK (window_days BETWEEN 1 AND 365),
    created_by            INTEGER REFERENCES users (id),
    created_at            TEXT    NOT NULL
) STRICT;

CREATE TABLE campaign_invites (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id),
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    invited_at  TEXT    NOT NULL,
    UNIQUE (campaign_id, customer_id)
) STRICT;
CREATE INDEX campaign_invites_customer ON campaign_invites (customer_id);

-- Follow-up calls made (客户回访): every attempt is one row.
CREATE TABLE calls (
    id               INTEGER PRIMARY KEY,
    customer_id      INTEGER NOT NULL REFERENCES customers (id),
    vehicle_id       INTEGER REFERENCES vehicles (id),
    visit_id         INTEGER REFERENCES visits (id),
    complaint_id     INTEGER REFERENCES complaints (id),
    campaign_id      INTEGER REFERENCES campaigns (id),
    kind             TEXT    NOT NULL
                     CHECK (kind IN ('post_service', 'maintenance', 'winback', 'care', 'complaint')),
    due_date         TEXT,
    called_at        TEXT    NOT NULL,
    call_date        TEXT    NOT NULL
                     CHECK (call_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    caller_id        INTEGER REFERENCES users (id),
    outcome          TEXT    NOT NULL
                     CHECK (outcome IN ('reached', 'no_answer', 'wrong_number', 'vehicle_sold',
                                        'will_come', 'refuses')),
    appointment_date TEXT,
    churn_reason     TEXT    CHECK (churn_reason IN ('price', 'quality', 'waiting', 'attitude',
                                                     'distance', 'friend_garage', 'vehicle_sold',
                                                     'low_mileage', 'out_of_town', 'other')),
    note             TEXT,
    attempt          INTEGER NOT NULL DEFAULT 1 CHECK (attempt >= 1),
    CHECK (outcome <> 'will_come' OR appointment_date IS NOT NULL),
    CHECK (kind <> 'complaint' OR complaint_id IS NOT NULL)
) STRICT;
CREATE INDEX calls_customer_date ON calls (customer_id, call_date);
CREATE INDEX calls_date ON calls (call_date);
CREATE INDEX calls_complaint ON calls (complaint_id) WHERE complaint_id IS NOT NULL;
CREATE INDEX calls_campaign ON calls (campaign_id) WHERE campaign_id IS NOT NULL;

-- Satisfaction questionnaire of the post-service callback: items configured by the manager.
CREATE TABLE satisfaction_items (
    id     INTEGER PRIMARY KEY,
    key    TEXT    NOT NULL UNIQUE CHECK (length(trim(key)) > 0),
    label  TEXT    NOT NULL CHECK (length(trim(label)) > 0),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort   INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO satisfaction_items (key, label, sort) VALUES
    ('reception', '接待服务', 1),
    ('quality', '维修质量', 2),
    ('timeliness', '交车及时', 3),
    ('price', '收费合理', 4),
    ('cleanliness', '车辆清洁', 5);

CREATE TABLE satisfaction_answers (
    call_id INTEGER NOT NULL REFERENCES calls (id),
    item_id INTEGER NOT NULL REFERENCES satisfaction_items (id),
    score   INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    PRIMARY KEY (call_id, item_id)
) STRICT;
CREATE INDEX satisfaction_answers_item ON satisfaction_answers (item_id);

-- Scripts (话术) edited by the manager; keys 'stage.<stage>', 'reason.<churn reason>', 'greeting'.
-- Without a row the domain default (CallScripts) applies.
CREATE TABLE call_scripts (
    key        TEXT PRIMARY KEY CHECK (key GLOB 'stage.*' OR key GLOB 'reason.*' OR key = 'greeting'),
    text       TEXT NOT NULL,
    updated_by INTEGER REFERENCES users (id),
    updated_at TEXT NOT NULL
) STRICT;
