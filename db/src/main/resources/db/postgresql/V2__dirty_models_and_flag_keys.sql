-- PostgreSQL twin of db/migration/V2__dirty_models_and_flag_keys.sql (issue 14, items 10 and 12): same tables and
-- meaning. Differences, as in V1: text the code compares is COLLATE "C"; the version is a BIGINT (read as a long).

-- Models whose consensus and flags must be recomputed, written in the same transaction as the document whose
-- claims name the model; every start drains the table. `version` goes up each time the model is marked again.
CREATE TABLE dirty_models (
    model_id TEXT COLLATE "C" PRIMARY KEY,
    version  BIGINT NOT NULL DEFAULT 1
);

-- A flag is identified by (model, attribute, kind): the column now holds the natural key
-- `kind|model_id|attribute` (attribute empty when the flag has none). The column keeps its UNIQUE constraint
-- and its "C" collation through the rename.
ALTER TABLE flags RENAME COLUMN fingerprint TO natural_key;
UPDATE flags SET natural_key = kind || '|' || model_id || '|' || COALESCE(attribute, '');
