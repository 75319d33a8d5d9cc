-- Issue 14, items 10 and 12. Written in SQL that SQLite and PostgreSQL both accept.

-- Models whose consensus and flags must be recomputed. A row is written in the same transaction as the
-- document whose claims name the model (and by a document's deletion), so a process killed before it
-- reconciled leaves the work in the database; every start drains the table. `version` goes up each time the
-- model is marked again, so that a reconciliation removes only the marks it has seen (a mark made while it ran
-- stays for the next one).
CREATE TABLE dirty_models (
    model_id TEXT PRIMARY KEY,
    version  INTEGER NOT NULL DEFAULT 1
);

-- A flag is identified by (model, attribute, kind) (SPEC_SCHEMA.md, "A flag's id is stable"): the old
-- fingerprint also held the claim ids, so a claim joining a flag made a new row with a new id. The column now
-- holds the natural key `kind|model_id|attribute` (attribute empty when the flag has none); the reconciler
-- keeps at most one flag per key and model, so the rewrite cannot collide.
ALTER TABLE flags RENAME COLUMN fingerprint TO natural_key;
UPDATE flags SET natural_key = kind || '|' || model_id || '|' || COALESCE(attribute, '');
