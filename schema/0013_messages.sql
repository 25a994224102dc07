-- Schema v13: message templates, consent per customer and purpose, message log (issue 11 items 4-6,
-- docs/followups.md "Messages and consent"). Conventions as in 0001: STRICT; dates 'YYYY-MM-DD';
-- timestamps 'YYYY-MM-DDTHH:MM:SS' local time.

-- The shop's own copies of the message templates; no row = the domain default
-- (domain::MessageTemplates::defaultText). Bodies only: the signature 【门店名】 and, for marketing
-- templates, the unsubscribe line 回T退订 are added when a message is rendered.
CREATE TABLE message_templates (
    key        TEXT PRIMARY KEY CHECK (key = 'post_service' OR key = 'maintenance_due' OR
                                       key = 'appointment_reminder' OR key = 'holiday' OR
                                       key = 'winback' OR key = 'campaign'),
    text       TEXT NOT NULL CHECK (length(trim(text)) > 0),
    updated_by INTEGER REFERENCES users (id),
    updated_at TEXT NOT NULL
) STRICT;

-- Consent history (append-only): the latest row per (customer, purpose) by (at, id) is the state.
-- Service messages go out unless refused, marketing only when granted (domain::ConsentRule).
CREATE TABLE consent_events (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    purpose     TEXT    NOT NULL CHECK (purpose IN ('service', 'marketing')),
    state       TEXT    NOT NULL CHECK (state IN ('granted', 'refused')),
    source      TEXT    NOT NULL CHECK (source = 'reception_form' OR source = 'call' OR
                                        source = 'message_reply' OR source = 'import' OR
                                        source = 'migration'),
    at          TEXT    NOT NULL,
    user_id     INTEGER REFERENCES users (id),
    note        TEXT
) STRICT;
CREATE INDEX consent_events_customer ON consent_events (customer_id, purpose, at, id);

-- Every message handed to the SMS platform (CSV export) or sent through the gateway, per customer.
-- result: 'exported' (written to the export file), 'sent' (the gateway accepted it), 'failed'
-- (the gateway refused it or did not answer; error says why). 'exported' and 'sent' count as a
-- contact for the follow-up item of the template (storage::FollowUpRepository).
CREATE TABLE message_log (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (id),
    vehicle_id   INTEGER REFERENCES vehicles (id),
    campaign_id  INTEGER REFERENCES campaigns (id),
    template_key TEXT    NOT NULL CHECK (template_key = 'post_service' OR
                                         template_key = 'maintenance_due' OR
                                         template_key = 'appointment_reminder' OR
                                         template_key = 'holiday' OR template_key = 'winback' OR
                                         template_key = 'campaign'),
    purpose      TEXT    NOT NULL CHECK (purpose IN ('service', 'marketing')),
    phone        TEXT    NOT NULL,
    text         TEXT    NOT NULL,
    segments     INTEGER NOT NULL CHECK (segments >= 0),
    channel      TEXT    NOT NULL CHECK (channel IN ('export', 'gateway')),
    result       TEXT    NOT NULL CHECK (result = 'exported' OR result = 'sent' OR
                                         result = 'failed'),
    error        TEXT,
    sent_at      TEXT    NOT NULL,
    sent_date    TEXT    NOT NULL
                 CHECK (sent_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    user_id      INTEGER REFERENCES users (id),
    CHECK ((result = 'failed') = (error IS NOT NULL))
) STRICT;
CREATE INDEX message_log_customer ON message_log (customer_id, sent_at);
CREATE INDEX message_log_contacts ON message_log (sent_date) WHERE result <> 'failed';

-- The former 0/1 flag customers.marketing_opt_out becomes a marketing refusal (source 'migration',
-- at the customer's last update). The column stays, kept equal to "latest marketing consent is
-- refused" by ConsentService, because the follow-up planner reads it for marketing calls.
INSERT INTO consent_events (customer_id, purpose, state, source, at, user_id, note)
SELECT id, 'marketing', 'refused', 'migration', updated_at, NULL, 'customers.marketing_opt_out'
FROM customers WHERE marketing_opt_out = 1;
