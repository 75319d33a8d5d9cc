-- PostgreSQL twin of db/migration/V3__document_dates.sql (issue 12): how a document's dates were found, one row
-- per stored document. Differences, as in V1: the id is a BIGINT, the confidence a DOUBLE PRECISION (0..1).
CREATE TABLE document_dates (
    document_id  BIGINT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    modified_at  TEXT COLLATE "C",
    confidence   DOUBLE PRECISION,
    disagreement TEXT,
    original     TEXT
);
