-- How each claim's model was decided (SPEC_SCHEMA.md, "Evidence and hedging"): named in its clause (explicit),
-- resolved from a pronoun, a short name or the paragraph (context), or the document's subject (subject).
-- Claims stored before this column existed were all attached by name in their sentence: explicit.
ALTER TABLE claims ADD COLUMN attribution TEXT NOT NULL DEFAULT 'explicit'
    CHECK (attribution IN ('explicit', 'context', 'subject'));
