-- Schema v10: PIPL erasure (issue 13 item 8, docs/security.md "PIPL requests").
-- A customer erased on request, or anonymised after years without contact, keeps the row (its
-- visits and amounts stay for the statistics) with the personal columns removed or replaced
-- (domain::CustomerAnonymisation, storage::PrivacyRepository); erased_at says when
-- ('YYYY-MM-DDTHH:MM:SS' local time), NULL for a customer who was not erased.
-- Conventions as in 0001: STRICT (kept: ALTER TABLE ADD COLUMN does not change it).
ALTER TABLE customers ADD COLUMN erased_at TEXT;
