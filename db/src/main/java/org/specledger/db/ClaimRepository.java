package org.specledger.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.specledger.claims.Claim;
import org.specledger.claims.Attribution;
import org.specledger.claims.Hedge;
import org.specledger.claims.Model;
import org.specledger.claims.ValueKind;

/** Claims: written only together with their document ({@link DocumentRepository#save}), read many ways. */
public final class ClaimRepository {
    private static final String SELECT = "SELECT cl.*, m.name AS model_name, d.url, d.title, d.published_at,"
            + " p.name AS publisher FROM claims cl JOIN models m ON m.id = cl.model_id"
            + " JOIN documents d ON d.id = cl.document_id LEFT JOIN publishers p ON p.id = d.publisher_id";

    private final DataSource ds;

    ClaimRepository(DataSource ds) {
        this.ds = ds;
    }

    static List<Claim> insertAll(Connection c, long documentId, List<Claim> claims) throws SQLException {
        List<Claim> stored = new ArrayList<>(claims.size());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO claims (document_id, model_id, attribute, kind,"
                + " value, low, high, text_value, precision, unit_text, quote, start_offset, end_offset, hedge, attribution)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id")) {
            for (Claim cl : claims) {
                Jdbc.bind(ps, documentId, Model.idFor(cl.model()), cl.attribute(), cl.kind().json(), cl.value(),
                        cl.low(), cl.high(), cl.text(), cl.precision(), cl.unitText(), cl.quote(), cl.start(), cl.end(),
                        cl.hedge().json(), cl.attribution().json());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    stored.add(cl.withIds(rs.getLong(1), documentId));
                }
            }
        }
        return stored;
    }

    public List<ClaimView> byDocument(long documentId) {
        return Jdbc.read(ds, "reading claims of document " + documentId, c -> Jdbc.list(c,
                SELECT + " WHERE cl.document_id = ? ORDER BY cl.start_offset, cl.id", ClaimRepository::map, documentId));
    }

    /**
     * The first {@code limit} claims of each document, in text order, over one connection (what a page of search
     * hits lists under each hit).
     */
    public Map<Long, List<ClaimView>> byDocuments(Collection<Long> documentIds, int limit) {
        Map<Long, List<ClaimView>> out = new java.util.LinkedHashMap<>();
        Jdbc.read(ds, "reading claims of documents", c -> {
            for (long id : documentIds) {
                out.put(id, Jdbc.list(c, SELECT + " WHERE cl.document_id = ? ORDER BY cl.start_offset, cl.id LIMIT ?",
                        ClaimRepository::map, id, limit));
            }
            return null;
        });
        return out;
    }

    /** Claims of live documents about one model (by id), optionally one attribute, in id order. */
    public List<ClaimView> byModel(String modelId, String attribute) {
        return Jdbc.read(ds, "reading claims of " + modelId, c -> attribute == null
                ? Jdbc.list(c, SELECT + " WHERE cl.model_id = ? AND d.superseded_at IS NULL ORDER BY cl.id",
                ClaimRepository::map, modelId)
                : Jdbc.list(c, SELECT + " WHERE cl.model_id = ? AND cl.attribute = ? AND d.superseded_at IS NULL"
                + " ORDER BY cl.id", ClaimRepository::map, modelId, attribute));
    }

    /**
     * Claims of one model in the listed documents that are live, in id order: what {@link #byModel} would list
     * from those documents (a cached list brought up to date after writes touched them).
     */
    public List<ClaimView> byModelInDocuments(String modelId, Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(documentIds.size(), "?"));
        Object[] args = new Object[documentIds.size() + 1];
        args[0] = modelId;
        int i = 1;
        for (long id : documentIds) {
            args[i++] = id;
        }
        return Jdbc.read(ds, "reading claims of " + modelId, c -> Jdbc.list(c, SELECT
                + " WHERE cl.model_id = ? AND cl.document_id IN (" + marks + ") AND d.superseded_at IS NULL ORDER BY cl.id",
                ClaimRepository::map, args));
    }

    /** Claims of live documents, filtered by model id and/or attribute (null = any), keyset-paginated. */
    public Page<ClaimView> list(String modelId, String attribute, String cursor, int limit) {
        long after = Page.decodeCursor(cursor);
        List<ClaimView> rows = Jdbc.read(ds, "listing claims", c -> Jdbc.list(c, SELECT
                        + " WHERE d.superseded_at IS NULL AND cl.id > ? AND (CAST(? AS TEXT) IS NULL OR cl.model_id = ?)"
                        + " AND (CAST(? AS TEXT) IS NULL OR cl.attribute = ?) ORDER BY cl.id LIMIT ?",
                ClaimRepository::map, after, modelId, modelId, attribute, attribute, limit + 1));
        return Page.of(rows, limit, v -> v.claim().id());
    }

    /** Every claim of live documents in id order, streamed in batches (bulk export). */
    public void forEachLive(Consumer<ClaimView> action) {
        Jdbc.read(ds, "exporting claims", c -> {
            long after = 0;
            while (true) {
                List<ClaimView> batch = Jdbc.list(c, SELECT + " WHERE d.superseded_at IS NULL AND cl.id > ?"
                        + " ORDER BY cl.id LIMIT 500", ClaimRepository::map, after);
                if (batch.isEmpty()) {
                    return null;
                }
                batch.forEach(action);
                after = batch.get(batch.size() - 1).claim().id();
            }
        });
    }

    /** The claims with these ids (any order). */
    public List<ClaimView> findAll(Collection<Long> ids) {
        List<ClaimView> out = new ArrayList<>();
        Jdbc.read(ds, "reading claims", c -> {
            for (long id : ids) {
                Jdbc.one(c, SELECT + " WHERE cl.id = ?", ClaimRepository::map, id).ifPresent(out::add);
            }
            return null;
        });
        return out;
    }

    /** The model ids that claims of this document name. */
    public List<String> modelIdsOfDocument(long documentId) {
        return Jdbc.read(ds, "reading models of document " + documentId, c -> modelIdsOf(c, documentId));
    }

    static List<String> modelIdsOf(java.sql.Connection c, long documentId) throws java.sql.SQLException {
        return Jdbc.list(c, "SELECT DISTINCT model_id FROM claims WHERE document_id = ?", rs -> rs.getString(1), documentId);
    }

    /** Claims of one document per model id. */
    static Map<String, Integer> countByModel(java.sql.Connection c, long documentId) throws java.sql.SQLException {
        Map<String, Integer> out = new java.util.TreeMap<>();
        for (Object[] row : Jdbc.list(c, "SELECT model_id, count(*) FROM claims WHERE document_id = ? GROUP BY model_id",
                rs -> new Object[] {rs.getString(1), rs.getInt(2)}, documentId)) {
            out.put((String) row[0], (Integer) row[1]);
        }
        return out;
    }

    /** Every model id that at least one claim of a live document names. */
    public List<String> modelIdsWithClaims() {
        return Jdbc.read(ds, "listing claimed models", c -> Jdbc.list(c,
                "SELECT DISTINCT cl.model_id FROM claims cl JOIN documents d ON d.id = cl.document_id"
                        + " WHERE d.superseded_at IS NULL ORDER BY cl.model_id", rs -> rs.getString(1)));
    }

    static ClaimView map(ResultSet rs) throws SQLException {
        Claim claim = new Claim(rs.getLong("id"), rs.getLong("document_id"), rs.getString("model_name"),
                rs.getString("attribute"), ValueKind.parse(rs.getString("kind")), Jdbc.getDouble(rs, "value"),
                Jdbc.getDouble(rs, "low"), Jdbc.getDouble(rs, "high"), rs.getString("text_value"),
                rs.getString("precision"), rs.getString("unit_text"), rs.getString("quote"),
                rs.getInt("start_offset"), rs.getInt("end_offset"), Hedge.parse(rs.getString("hedge")),
                Attribution.parse(rs.getString("attribution")));
        return new ClaimView(claim, rs.getString("model_id"), rs.getString("url"), rs.getString("title"),
                rs.getString("published_at"), rs.getString("publisher"));
    }
}
