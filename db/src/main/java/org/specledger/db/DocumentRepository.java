package org.specledger.db;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.specledger.claims.Claim;
import org.specledger.claims.Document;
import org.specledger.claims.Model;

/** Documents and, written with them in one transaction, their claims. */
public final class DocumentRepository {
    private static final String COLUMNS = "d.id, d.url, d.canonical_url, d.title, p.name AS publisher, d.byline,"
            + " d.published_at, d.published_precision, d.published_source, d.fetched_at, d.language, d.text,"
            + " d.content_hash";
    private static final String FROM = " FROM documents d LEFT JOIN publishers p ON p.id = d.publisher_id";

    private final DataSource ds;
    private final Dialect dialect;
    private final Consumer<Change> changes;

    DocumentRepository(DataSource ds, Dialect dialect, Consumer<Change> changes) {
        this.ds = ds;
        this.dialect = dialect;
        this.changes = changes;
    }

    /**
     * Stores a document and all of its claims in one transaction, with the marks of the models to reconcile
     * ({@link FlagRepository#dirtyModels()}): together or not at all. Idempotent: the
     * same (url, text) again writes nothing. A changed text for a URL that has a live version keeps the
     * earlier version and its claims, marked superseded by the new one.
     *
     * @param models the models the claims name (inserted when new; existing rows are left as they are)
     */
    public SaveResult save(Document doc, List<Claim> claims, Collection<Model> models) {
        java.util.Set<Long> pages = new java.util.TreeSet<>();
        java.util.Set<String> touched = new java.util.TreeSet<>();
        SaveResult r = Jdbc.inTransaction(ds, "storing " + doc.url(), c -> {
            dialect.lockKey(c, doc.url());
            Optional<Long> same = Jdbc.one(c, "SELECT id FROM documents WHERE url = ? AND content_hash = ?",
                    rs -> rs.getLong(1), doc.url(), doc.contentHash());
            if (same.isPresent()) {
                return new SaveResult(SaveResult.Status.UNCHANGED, same.get(), List.of(), null);
            }
            Optional<Long> live = Jdbc.one(c, "SELECT id FROM documents WHERE url = ? AND superseded_at IS NULL",
                    rs -> rs.getLong(1), doc.url());
            String now = Instant.now().toString();
            if (live.isPresent()) {
                Jdbc.update(c, "UPDATE documents SET superseded_at = ? WHERE id = ?", now, live.get());
            }
            Long publisherId = doc.publisher() == null || doc.publisher().isBlank() ? null : publisherId(c, doc);
            long id = Jdbc.insert(c, "INSERT INTO documents (url, canonical_url, title, publisher_id, byline,"
                            + " published_at, published_precision, published_source, fetched_at, language, text,"
                            + " content_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    doc.url(), doc.canonicalUrl(), doc.title(), publisherId, doc.byline(), doc.publishedAt(),
                    doc.publishedPrecision(), doc.publishedSource(), doc.fetchedAt(), doc.language(), doc.text(),
                    doc.contentHash());
            if (live.isPresent()) {
                Jdbc.update(c, "UPDATE documents SET superseded_by = ? WHERE id = ?", id, live.get());
            }
            ModelRepository.insertMissing(c, models);
            // Live claims per model: the superseded version's leave, the new version's come (ModelRepository.SUMMARY).
            java.util.SortedMap<String, Integer> liveDelta = new java.util.TreeMap<>();
            if (live.isPresent()) {
                ClaimRepository.countByModel(c, live.get()).forEach((m, n) -> liveDelta.merge(m, -n, Integer::sum));
            }
            List<Claim> stored = ClaimRepository.insertAll(c, id, claims);
            for (Claim cl : stored) {
                liveDelta.merge(Model.idFor(cl.model()), 1, Integer::sum);
            }
            ModelRepository.addLiveClaims(c, liveDelta);
            // The models to reconcile (both versions' models, the keys of liveDelta), committed with the document:
            // a process killed before it reconciled leaves them marked, and the next start drains them (issue 14,
            // item 10).
            touched.addAll(liveDelta.keySet());
            FlagRepository.markDirty(c, touched);
            // Every version of the URL lists its revisions.
            pages.addAll(Jdbc.list(c, "SELECT id FROM documents WHERE url = ?", rs -> rs.getLong(1), doc.url()));
            return new SaveResult(live.isPresent() ? SaveResult.Status.REVISED : SaveResult.Status.NEW, id, stored,
                    live.orElse(null));
        });
        if (r.status() != SaveResult.Status.UNCHANGED) {
            changes.accept(new Change(Change.Kind.DOCUMENTS, pages, touched));
        }
        return r;
    }

    private static long publisherId(Connection c, Document doc) throws SQLException {
        Optional<Long> id = Jdbc.one(c, "SELECT id FROM publishers WHERE name = ?", rs -> rs.getLong(1), doc.publisher());
        if (id.isPresent()) {
            return id.get();
        }
        // ON CONFLICT: another process may add the same publisher between the look-up and the insert (PostgreSQL).
        Jdbc.update(c, "INSERT INTO publishers (name, host) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                doc.publisher(), hostOf(doc.url()));
        return Jdbc.one(c, "SELECT id FROM publishers WHERE name = ?", rs -> rs.getLong(1), doc.publisher()).orElseThrow();
    }

    private static String hostOf(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public Optional<Document> find(long id) {
        return Jdbc.read(ds, "reading document " + id,
                c -> Jdbc.one(c, "SELECT " + COLUMNS + FROM + " WHERE d.id = ?", DocumentRepository::map, id));
    }

    /** The live (not superseded) version of a URL. */
    public Optional<Document> findLiveByUrl(String url) {
        return Jdbc.read(ds, "reading document " + url, c -> Jdbc.one(c,
                "SELECT " + COLUMNS + FROM + " WHERE d.url = ? AND d.superseded_at IS NULL", DocumentRepository::map, url));
    }

    /** The id of any live document with exactly this text, if one exists. */
    public Optional<Long> findLiveByHash(String contentHash) {
        return Jdbc.read(ds, "looking up a content hash", c -> Jdbc.one(c,
                "SELECT id FROM documents WHERE content_hash = ? AND superseded_at IS NULL ORDER BY id LIMIT 1",
                rs -> rs.getLong(1), contentHash));
    }

    /** Live documents in id order, {@code limit} at most, after the cursor. */
    public Page<DocumentSummary> list(String cursor, int limit) {
        long after = Page.decodeCursor(cursor);
        List<DocumentSummary> rows = Jdbc.read(ds, "listing documents", c -> Jdbc.list(c,
                "SELECT d.id, d.url, d.title, p.name AS publisher, d.published_at, d.language,"
                        + " (SELECT count(*) FROM claims cl WHERE cl.document_id = d.id) AS claim_count" + FROM
                        + " WHERE d.superseded_at IS NULL AND d.id > ? ORDER BY d.id LIMIT ?",
                rs -> new DocumentSummary(rs.getLong("id"), rs.getString("url"), rs.getString("title"),
                        rs.getString("publisher"), rs.getString("published_at"), rs.getString("language"),
                        rs.getInt("claim_count")),
                after, limit + 1));
        return Page.of(rows, limit, DocumentSummary::id);
    }

    /** Every live document, streamed in id order without holding them all in memory (for reindexing). */
    public void forEachLive(Consumer<Document> action) {
        Jdbc.read(ds, "reading all documents", c -> {
            long after = 0;
            while (true) {
                List<Document> batch = Jdbc.list(c, "SELECT " + COLUMNS + FROM
                        + " WHERE d.superseded_at IS NULL AND d.id > ? ORDER BY d.id LIMIT 200", DocumentRepository::map, after);
                if (batch.isEmpty()) {
                    return null;
                }
                batch.forEach(action);
                after = batch.get(batch.size() - 1).id();
            }
        });
    }

    /** Earlier and later versions of the same URL, newest first (revisions of a silently edited story). */
    public List<Revision> revisions(String url) {
        return Jdbc.read(ds, "reading revisions of " + url, c -> Jdbc.list(c,
                "SELECT id, fetched_at, superseded_at, content_hash FROM documents WHERE url = ? ORDER BY id DESC",
                rs -> new Revision(rs.getLong("id"), rs.getString("fetched_at"), rs.getString("superseded_at"),
                        rs.getString("content_hash")), url));
    }

    /** A version of a document: when it was fetched and, if replaced, when. */
    public record Revision(long id, String fetchedAt, String supersededAt, String contentHash) {
    }

    public int countLive() {
        return Jdbc.read(ds, "counting documents", c -> Jdbc.one(c,
                "SELECT count(*) FROM documents WHERE superseded_at IS NULL", rs -> rs.getInt(1)).orElse(0));
    }

    /** Deletes a document with its claims (and, through them, their flag links). */
    public boolean delete(long id) {
        java.util.Set<Long> pages = new java.util.TreeSet<>(List.of(id));
        java.util.Set<String> touched = new java.util.TreeSet<>();
        boolean deleted = Jdbc.inTransaction(ds, "deleting document " + id, c -> {
            java.util.Map<String, Integer> counts = ClaimRepository.countByModel(c, id);
            touched.addAll(counts.keySet());
            FlagRepository.markDirty(c, touched);
            boolean wasLive = Jdbc.one(c, "SELECT id FROM documents WHERE id = ? AND superseded_at IS NULL",
                    rs -> rs.getLong(1), id).isPresent();
            if (wasLive) {
                java.util.SortedMap<String, Integer> liveDelta = new java.util.TreeMap<>();
                counts.forEach((m, n) -> liveDelta.put(m, -n));
                ModelRepository.addLiveClaims(c, liveDelta);
            }
            pages.addAll(Jdbc.list(c, "SELECT o.id FROM documents d JOIN documents o ON o.url = d.url WHERE d.id = ?",
                    rs -> rs.getLong(1), id));
            Jdbc.update(c, "UPDATE documents SET superseded_by = NULL WHERE superseded_by = ?", id);
            return Jdbc.update(c, "DELETE FROM documents WHERE id = ?", id) > 0;
        });
        if (deleted) {
            changes.accept(new Change(Change.Kind.DOCUMENTS, pages, touched));
        }
        return deleted;
    }

    /** Records the syndication group of each document (doc id → group id), clearing the listed ones first. */
    public void setSyndicationGroups(Map<Long, Long> groupByDocument) {
        Jdbc.inTransaction(ds, "storing syndication groups", c -> {
            for (var e : groupByDocument.entrySet()) {
                Jdbc.update(c, "UPDATE documents SET syndication_group = ? WHERE id = ?", e.getValue(), e.getKey());
            }
            return null;
        });
        if (!groupByDocument.isEmpty()) {
            changes.accept(new Change(Change.Kind.RECONCILIATION, groupByDocument.keySet(), java.util.Set.of()));
        }
    }

    /** The ids of the documents in the same syndication group as {@code id}, itself included. */
    public List<Long> syndicationGroupOf(long id) {
        return Jdbc.read(ds, "reading syndication group", c -> {
            List<Long> ids = Jdbc.list(c, "SELECT o.id FROM documents d JOIN documents o"
                    + " ON o.syndication_group = d.syndication_group WHERE d.id = ? ORDER BY o.id", rs -> rs.getLong(1), id);
            return ids.isEmpty() ? List.of(id) : ids;
        });
    }

    /**
     * The documents with these ids, in the order given (missing ids are skipped). One connection and one query
     * per {@value #IN_BATCH} ids: reconciliation reads thousands at a time, and a connection per document cost
     * more than the reading (profiled with JFR on a 5,000-document import).
     */
    public List<Document> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> order = List.copyOf(ids);
        return Jdbc.read(ds, "reading " + order.size() + " documents", c -> {
            Map<Long, Document> byId = new java.util.HashMap<>();
            for (int from = 0; from < order.size(); from += IN_BATCH) {
                List<Long> part = order.subList(from, Math.min(order.size(), from + IN_BATCH));
                String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
                for (Document d : Jdbc.list(c, "SELECT " + COLUMNS + FROM + " WHERE d.id IN (" + marks + ")",
                        DocumentRepository::map, part.toArray())) {
                    byId.put(d.id(), d);
                }
            }
            List<Document> out = new ArrayList<>(order.size());
            for (Long id : order) {
                Document d = byId.get(id);
                if (d != null) {
                    out.add(d);
                }
            }
            return out;
        });
    }

    /** The distinct ids of the documents that hold these claims (missing claims are skipped), in no set order. */
    public List<Long> idsOfClaims(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        List<Long> all = List.copyOf(claimIds);
        return Jdbc.read(ds, "reading the documents of " + all.size() + " claims", c -> {
            java.util.Set<Long> out = new java.util.LinkedHashSet<>();
            for (int from = 0; from < all.size(); from += IN_BATCH) {
                List<Long> part = all.subList(from, Math.min(all.size(), from + IN_BATCH));
                String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
                out.addAll(Jdbc.list(c, "SELECT DISTINCT document_id FROM claims WHERE id IN (" + marks + ")",
                        rs -> rs.getLong(1), part.toArray()));
            }
            return List.copyOf(out);
        });
    }

    /** Ids per IN (…) query: well under SQLite's default limit of 32,766 host parameters. */
    static final int IN_BATCH = 500;

    static Document map(ResultSet rs) throws SQLException {
        return new Document(rs.getLong("id"), rs.getString("url"), rs.getString("canonical_url"), rs.getString("title"),
                rs.getString("publisher"), rs.getString("byline"), rs.getString("published_at"),
                rs.getString("published_precision"), rs.getString("published_source"), rs.getString("fetched_at"),
                rs.getString("language"), rs.getString("text"), rs.getString("content_hash"));
    }
}
