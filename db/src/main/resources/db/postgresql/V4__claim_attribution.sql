-- PostgreSQL twin of db/migration/V4__claim_attribution.sql: how each claim's model was decided (explicit,
-- context or subject). Claims stored before this column existed were all attached by name: explicit.
ALTER TABLE claims ADD COLUMN attribution TEXT NOT NULL DEFAULT 'explicit'
    CHECK (attribution IN ('explicit', 'context', 'subject'));
