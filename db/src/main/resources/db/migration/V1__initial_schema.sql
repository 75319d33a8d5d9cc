-- SpecLedger's system of record. Everything else (the Lucene index) is rebuilt from these tables.
-- Dates and instants are ISO-8601 text; ids are INTEGER PRIMARY KEY (SQLite rowids).

CREATE TABLE publishers (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    host TEXT
);

-- What the crawler was asked to follow: a page, a feed or a sitemap, with its scope rules.
CREATE TABLE sources (
    id              INTEGER PRIMARY KEY,
    url             TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL CHECK (kind IN ('page', 'feed', 'sitemap')),
    url_prefix      TEXT,
    max_depth       INTEGER NOT NULL DEFAULT 2,
    article_pattern TEXT,
    added_at        TEXT NOT NULL,
    last_fetch_at   TEXT,
    last_error      TEXT,
    fetched_count   INTEGER NOT NULL DEFAULT 0,
    error_count     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE documents (
    id                  INTEGER PRIMARY KEY,
    url                 TEXT NOT NULL,
    canonical_url       TEXT,
    title               TEXT,
    publisher_id        INTEGER REFERENCES publishers (id),
    byline              TEXT,
    published_at        TEXT,
    published_precision TEXT CHECK (published_precision IN ('day', 'month', 'year')),
    published_source    TEXT,
    fetched_at          TEXT NOT NULL,
    language            TEXT,
    text                TEXT NOT NULL,
    content_hash        TEXT NOT NULL,
    source_id           INTEGER REFERENCES sources (id) ON DELETE SET NULL,
    -- Revisions: a re-fetched article whose text changed keeps its earlier version, marked superseded.
    superseded_at       TEXT,
    superseded_by       INTEGER REFERENCES documents (id),
    -- Set by reconciliation: the smallest document id of the syndication group this one belongs to.
    syndication_group   INTEGER,
    UNIQUE (url, content_hash)
);
-- At most one live (not superseded) version per URL.
CREATE UNIQUE INDEX documents_live_url ON documents (url) WHERE superseded_at IS NULL;
CREATE INDEX documents_published ON documents (published_at);
CREATE INDEX documents_hash ON documents (content_hash);

CREATE TABLE models (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    organization TEXT,
    family       TEXT
);

CREATE TABLE model_aliases (
    alias_key TEXT PRIMARY KEY,  -- normalized form used for lookups
    alias     TEXT NOT NULL,     -- as written
    model_id  TEXT NOT NULL REFERENCES models (id) ON DELETE CASCADE
);
CREATE INDEX model_aliases_model ON model_aliases (model_id);

CREATE TABLE claims (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    model_id     TEXT NOT NULL REFERENCES models (id),
    attribute    TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('number', 'date', 'boolean', 'enum', 'text')),
    value        REAL,
    low          REAL,
    high         REAL,
    text_value   TEXT,
    precision    TEXT,
    unit_text    TEXT,
    quote        TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    hedge        TEXT NOT NULL CHECK (hedge IN ('stated', 'reported', 'rumoured', 'speculative'))
);
CREATE INDEX claims_document ON claims (document_id);
CREATE INDEX claims_model_attribute ON claims (model_id, attribute);

-- Reconciliation results, recomputed per model; the web and API read them directly.
CREATE TABLE consensus (
    model_id            TEXT NOT NULL REFERENCES models (id) ON DELETE CASCADE,
    attribute           TEXT NOT NULL,
    kind                TEXT NOT NULL,
    value               REAL,
    low                 REAL,
    high                REAL,
    text_value          TEXT,
    precision           TEXT,
    spread_low          REAL,
    spread_high         REAL,
    independent_sources INTEGER NOT NULL,
    claim_count         INTEGER NOT NULL,
    hedge               TEXT NOT NULL,
    supporting_claims   TEXT NOT NULL,  -- comma-separated claim ids
    computed_at         TEXT NOT NULL,
    PRIMARY KEY (model_id, attribute)
);

CREATE TABLE flags (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('conflict', 'implausible', 'inconsistent', 'temporal')),
    model_id    TEXT NOT NULL REFERENCES models (id) ON DELETE CASCADE,
    attribute   TEXT,
    reason      TEXT NOT NULL,
    fingerprint TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);
CREATE INDEX flags_model ON flags (model_id);

CREATE TABLE flag_claims (
    flag_id  INTEGER NOT NULL REFERENCES flags (id) ON DELETE CASCADE,
    claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    PRIMARY KEY (flag_id, claim_id)
);
CREATE INDEX flag_claims_claim ON flag_claims (claim_id);

-- The crawl frontier: one row per normalized URL.
CREATE TABLE frontier (
    id            INTEGER PRIMARY KEY,
    url           TEXT NOT NULL UNIQUE,
    source_id     INTEGER REFERENCES sources (id) ON DELETE CASCADE,
    depth         INTEGER NOT NULL DEFAULT 0,
    state         TEXT NOT NULL CHECK (state IN ('queued', 'fetching', 'fetched', 'failed', 'skipped')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    next_fetch_at TEXT NOT NULL,
    etag          TEXT,
    last_modified TEXT,
    last_status   INTEGER,
    last_error    TEXT,
    fetched_at    TEXT,
    content_hash  TEXT,
    document_id   INTEGER REFERENCES documents (id) ON DELETE SET NULL
);
CREATE INDEX frontier_due ON frontier (state, next_fetch_at);

CREATE TABLE crawl_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    source_id INTEGER REFERENCES sources (id) ON DELETE CASCADE,
    url       TEXT,
    event     TEXT NOT NULL,
    status    INTEGER,
    message   TEXT
);
CREATE INDEX crawl_log_at ON crawl_log (at);
