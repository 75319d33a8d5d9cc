-- PostgreSQL twin of db/migration/V5__model_live_claims.sql: each model's count of claims in live documents,
-- kept by the transaction that stores, revises or deletes a document.
ALTER TABLE models ADD COLUMN live_claims INTEGER NOT NULL DEFAULT 0;
UPDATE models SET live_claims = (SELECT count(*) FROM claims cl JOIN documents d ON d.id = cl.document_id
                                 WHERE cl.model_id = models.id AND d.superseded_at IS NULL);
