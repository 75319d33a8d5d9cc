-- How a document's dates were found (issue 12): the last-modified date the page states (never taken as the
-- publication date), how far the publication date is trusted (0..1), the other sources that name a different
-- day ("url 2023-11-08; text 2023-11-07"), and the original publication a republished text names.
-- One row per stored document, written by the ingest stage right after the document; documents stored before
-- this migration have none. (V2 is another branch's migration; Flyway accepts the gap.)
CREATE TABLE document_dates (
    document_id  INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    modified_at  TEXT,
    confidence   REAL,
    disagreement TEXT,
    original     TEXT
);
