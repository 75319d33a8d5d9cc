-- Each model's count of claims in live (not superseded) documents, kept by the transaction that stores, revises
-- or deletes a document: the model list showed it by counting every claim of every model per request (10 ms a
-- request on the load bench's 20,000 claims, invalidated by every stored document).
ALTER TABLE models ADD COLUMN live_claims INTEGER NOT NULL DEFAULT 0;
UPDATE models SET live_claims = (SELECT count(*) FROM claims cl JOIN documents d ON d.id = cl.document_id
                                 WHERE cl.model_id = models.id AND d.superseded_at IS NULL);
