package org.specledger.db;

import java.util.Optional;
import javax.sql.DataSource;

/** The {@code document_dates} table: one row per document, keyed by its id (a repeated save replaces the row). */
public final class DocumentDateRepository {
    private final DataSource ds;

    DocumentDateRepository(DataSource ds) {
        this.ds = ds;
    }

    /** Stores the row for {@code dates.documentId()}, replacing any earlier one. */
    public void save(DocumentDates dates) {
        Jdbc.inTransaction(ds, "storing the dates of document " + dates.documentId(), c -> Jdbc.update(c,
                "INSERT INTO document_dates (document_id, modified_at, confidence, disagreement, original) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (document_id) DO UPDATE SET modified_at = excluded.modified_at,"
                        + " confidence = excluded.confidence, disagreement = excluded.disagreement, original = excluded.original",
                dates.documentId(), dates.modifiedAt(), dates.confidence(), dates.disagreement(), dates.original()));
    }

    public Optional<DocumentDates> find(long documentId) {
        return Jdbc.read(ds, "reading the dates of document " + documentId, c -> Jdbc.one(c,
                "SELECT document_id, modified_at, confidence, disagreement, original FROM document_dates WHERE document_id = ?",
                rs -> new DocumentDates(rs.getLong("document_id"), rs.getString("modified_at"), rs.getDouble("confidence"),
                        rs.getString("disagreement"), rs.getString("original")), documentId));
    }
}
