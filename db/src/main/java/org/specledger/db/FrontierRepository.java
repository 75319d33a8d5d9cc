package org.specledger.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The crawl frontier, kept in the database so that a killed crawl resumes where it stopped. URLs arrive
 * already normalized (the crawler owns normalization); the table keeps one row per URL.
 */
public final class FrontierRepository {
    private final DataSource ds;
    private final Dialect dialect;

    FrontierRepository(DataSource ds, Dialect dialect) {
        this.ds = ds;
        this.dialect = dialect;
    }

    /** Queues a URL unless it is already known; returns true when it was new. */
    public boolean enqueue(String url, Long sourceId, int depth, Instant notBefore) {
        return Jdbc.inTransaction(ds, "queueing " + url, c -> Jdbc.update(c,
                "INSERT INTO frontier (url, source_id, depth, state, next_fetch_at) VALUES (?,?,?,'queued',?)"
                        + " ON CONFLICT (url) DO NOTHING", url, sourceId, depth, notBefore.toString()) > 0);
    }

    /**
     * Queues many URLs found on one page in one transaction (one commit instead of one per link); URLs
     * already known are left alone. Returns the URLs that were new.
     */
    public List<String> enqueueAll(Collection<String> urls, Long sourceId, int depth, Instant notBefore) {
        if (urls.isEmpty()) {
            return List.of();
        }
        return Jdbc.inTransaction(ds, "queueing " + urls.size() + " URLs", c -> {
            List<String> added = new ArrayList<>();
            for (String url : urls) {
                if (Jdbc.update(c, "INSERT INTO frontier (url, source_id, depth, state, next_fetch_at) VALUES (?,?,?,'queued',?)"
                        + " ON CONFLICT (url) DO NOTHING", url, sourceId, depth, notBefore.toString()) > 0) {
                    added.add(url);
                }
            }
            return added;
        });
    }

    /**
     * Takes a queued entry for fetching. Returns false when another run took it (or it is no longer queued),
     * so that two crawlers sharing the frontier never fetch the same URL at once.
     */
    public boolean claim(long id) {
        return Jdbc.inTransaction(ds, "claiming a frontier entry", c -> Jdbc.update(c,
                "UPDATE frontier SET state = 'fetching' WHERE id = ? AND state = 'queued'", id) > 0);
    }

    /**
     * Takes up to {@code limit} due entries of one origin for fetching in one transaction (one commit for a
     * batch instead of one per URL), oldest due first. Only entries still queued are taken, so two crawlers
     * sharing the frontier never get the same URL. Give back the ones not fetched with {@link #release}.
     */
    public List<FrontierEntry> claimDue(String origin, Instant now, int limit) {
        List<FrontierEntry> out = new ArrayList<>(Jdbc.inTransaction(ds, "claiming frontier entries", c -> Jdbc.list(c,
                "UPDATE frontier SET state = 'fetching' WHERE id IN (SELECT id FROM frontier WHERE url >= ? AND url < ?"
                        + " AND state = 'queued' AND next_fetch_at <= ? ORDER BY next_fetch_at, id LIMIT ?) RETURNING *",
                FrontierRepository::map, origin + "/", origin + "0", now.toString(), limit)));
        // RETURNING gives rows in no promised order (SQLite docs, "The RETURNING Clause", §2 limitations).
        out.sort(java.util.Comparator.comparing(FrontierEntry::nextFetchAt).thenComparingLong(FrontierEntry::id));
        return out;
    }

    /** An entry leased by a worker, with the origin whose politeness lease it holds. */
    public record Lease(FrontierEntry entry, String origin) {
    }

    /** Candidates read per lease attempt: enough to step past a host another worker just took. */
    private static final int LEASE_CANDIDATES = 8;

    /**
     * Leases the next due URL for a crawl worker that shares this frontier with others (PostgreSQL only): a queued
     * entry that is due, or one whose previous worker's lease ran out, on a host that no worker may be fetching
     * from now. In one transaction: candidate rows are locked with {@code FOR UPDATE SKIP LOCKED} (two workers
     * never get the same row); the host's row in {@code crawl_hosts} is moved to {@code now + hostLease} only if
     * its next allowed time has passed (the row lock makes two workers that race for one host take turns, and the
     * second one sees the first one's time); the entry becomes 'fetching' until {@code now + urlLease}.
     *
     * @return the leased entry, or empty when nothing is due on a free host
     * @throws UnsupportedOperationException on SQLite, whose one writer at a time needs no leases
     */
    public Optional<Lease> leaseNext(String worker, Instant now, java.time.Duration urlLease, java.time.Duration hostLease) {
        if (dialect != Dialect.POSTGRESQL) {
            throw new UnsupportedOperationException("crawl workers share a PostgreSQL frontier: pass --db-url jdbc:postgresql://…");
        }
        String origin = dialect.originOf("url");
        String t = now.toString();
        return Jdbc.inTransaction(ds, "leasing a frontier entry", c -> {
            List<Map.Entry<Long, String>> candidates = Jdbc.list(c,
                    "SELECT id, " + origin + " AS origin FROM frontier f WHERE ((state = 'queued' AND next_fetch_at <= ?)"
                            + " OR (state = 'fetching' AND lease_until IS NOT NULL AND lease_until < ?))"
                            + " AND NOT EXISTS (SELECT 1 FROM crawl_hosts h WHERE h.origin = " + dialect.originOf("f.url")
                            + " AND h.next_allowed_at > ?) ORDER BY next_fetch_at, id LIMIT ? FOR UPDATE SKIP LOCKED",
                    rs -> Map.entry(rs.getLong(1), rs.getString(2)), t, t, t, LEASE_CANDIDATES);
            java.util.Set<String> refused = new java.util.HashSet<>();
            for (Map.Entry<Long, String> cand : candidates) {
                if (refused.contains(cand.getValue())) {
                    continue;
                }
                int took = Jdbc.update(c, "INSERT INTO crawl_hosts (origin, next_allowed_at, leased_by) VALUES (?,?,?)"
                                + " ON CONFLICT (origin) DO UPDATE SET next_allowed_at = excluded.next_allowed_at,"
                                + " leased_by = excluded.leased_by WHERE crawl_hosts.next_allowed_at <= ?",
                        cand.getValue(), now.plus(hostLease).toString(), worker, t);
                if (took == 0) {
                    refused.add(cand.getValue());
                    continue;
                }
                Optional<FrontierEntry> e = Jdbc.one(c, "UPDATE frontier SET state = 'fetching', lease_until = ?,"
                                + " leased_by = ? WHERE id = ? RETURNING *", FrontierRepository::map,
                        now.plus(urlLease).toString(), worker, cand.getKey());
                if (e.isPresent()) {
                    return Optional.of(new Lease(e.get(), cand.getValue()));
                }
            }
            return Optional.<Lease>empty();
        });
    }

    /** A worker is done with a host: no worker starts a request to it before {@code nextAllowed}. */
    public void releaseHost(String origin, String worker, Instant nextAllowed) {
        Jdbc.inTransaction(ds, "releasing host " + origin, c -> Jdbc.update(c,
                "UPDATE crawl_hosts SET next_allowed_at = ?, leased_by = NULL WHERE origin = ? AND leased_by = ?",
                nextAllowed.toString(), origin, worker));
    }

    /**
     * How many entries workers hold or held under a lease: live ones may still queue links, run-out ones (a worker
     * died) are to be taken again. Either way the crawl is not over.
     */
    public int leased() {
        return Jdbc.read(ds, "reading the frontier", c -> Jdbc.one(c,
                "SELECT count(*) FROM frontier WHERE state = 'fetching' AND lease_until IS NOT NULL",
                rs -> rs.getInt(1)).orElse(0));
    }

    /** Puts claimed entries that were not fetched back in the queue, unchanged otherwise; returns how many. */
    public int release(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return Jdbc.inTransaction(ds, "releasing frontier entries", c -> {
            int n = 0;
            try (var ps = c.prepareStatement("UPDATE frontier SET state = 'queued' WHERE id = ? AND state = 'fetching'")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    n += ps.executeUpdate();
                }
            }
            return n;
        });
    }

    /** A URL to queue unless known (see {@link #enqueue}). */
    public record NewUrl(String url, Long sourceId, int depth, Instant notBefore) {
    }

    /**
     * How one claimed entry ended, for {@link #record}: {@code fetched} (with validators and the stored
     * document), {@code queued} again for a retry at {@code nextFetchAt}, or {@code failed}/{@code skipped} with the
     * reason in {@code error}.
     */
    public record Ending(long id, String state, Integer status, String etag, String lastModified, Long documentId,
                         String error, Instant nextFetchAt, Instant at) {
        public Ending {
            if (!List.of("fetched", "queued", "failed", "skipped").contains(state)) {
                throw new IllegalArgumentException("an entry ends fetched, queued (retry), failed or skipped, not " + state);
            }
            if (state.equals("queued") && nextFetchAt == null) {
                throw new IllegalArgumentException("a retry needs its next fetch time");
            }
        }
    }

    /**
     * Writes many endings and queues many URLs in one transaction, so that a page's links are queued if and
     * only if its ending is written. Same effect as {@link #markFetched}, {@link #markRetry},
     * {@link #markEnded} and {@link #enqueue} one by one. Returns the URLs that were new.
     */
    public List<String> record(List<Ending> endings, Collection<NewUrl> urls) {
        if (endings.isEmpty() && urls.isEmpty()) {
            return List.of();
        }
        return Jdbc.inTransaction(ds, "updating the frontier (" + endings.size() + " endings, " + urls.size() + " URLs)", c -> {
            List<String> added = new ArrayList<>();
            try (var ps = c.prepareStatement("INSERT INTO frontier (url, source_id, depth, state, next_fetch_at)"
                    + " VALUES (?,?,?,'queued',?) ON CONFLICT (url) DO NOTHING")) {
                for (NewUrl u : urls) {
                    Jdbc.bind(ps, u.url(), u.sourceId(), u.depth(), u.notBefore().toString());
                    if (ps.executeUpdate() > 0) {
                        added.add(u.url());
                    }
                }
            }
            try (var fetched = c.prepareStatement("UPDATE frontier SET state = 'fetched', attempts = attempts + 1,"
                    + " last_status = ?, etag = ?, last_modified = ?, document_id = coalesce(?, document_id), fetched_at = ?,"
                    + " last_error = NULL WHERE id = ?");
                 var retry = c.prepareStatement("UPDATE frontier SET state = 'queued', attempts = attempts + 1,"
                         + " last_status = ?, last_error = ?, next_fetch_at = ? WHERE id = ?");
                 var ended = c.prepareStatement("UPDATE frontier SET state = ?, attempts = attempts + 1, last_status = ?,"
                         + " last_error = ? WHERE id = ?")) {
                for (Ending e : endings) {
                    switch (e.state()) {
                        case "fetched" -> {
                            Jdbc.bind(fetched, e.status(), e.etag(), e.lastModified(), e.documentId(), e.at().toString(), e.id());
                            fetched.executeUpdate();
                        }
                        case "queued" -> {
                            Jdbc.bind(retry, e.status(), e.error(), e.nextFetchAt().toString(), e.id());
                            retry.executeUpdate();
                        }
                        default -> {
                            Jdbc.bind(ended, e.state(), e.status(), e.error(), e.id());
                            ended.executeUpdate();
                        }
                    }
                }
            }
            return added;
        });
    }

    /**
     * Puts entries left in 'fetching' by a run that was killed back in the queue, due now; returns how many.
     * Call it once at start, before any crawler of this database runs.
     */
    public int resetFetching(Instant now) {
        return Jdbc.inTransaction(ds, "recovering interrupted fetches", c -> Jdbc.update(c,
                "UPDATE frontier SET state = 'queued', next_fetch_at = ? WHERE state = 'fetching'", now.toString()));
    }

    /**
     * The distinct origins (scheme://host[:port], as in the normalized URL) that have queued entries. Normalized
     * URLs always have a path, so the origin ends before the first '/' after "://".
     */
    public List<String> queuedOrigins() {
        return Jdbc.read(ds, "reading the frontier", c -> Jdbc.list(c,
                "SELECT DISTINCT " + dialect.originOf("url") + " FROM frontier WHERE state = 'queued'", rs -> rs.getString(1)));
    }

    /**
     * Due entries of one origin (e.g. {@code https://example.com}), oldest due first. A range on the URL index
     * ({@code origin/} up to {@code origin0}, '0' being the character after '/') selects the origin.
     */
    public List<FrontierEntry> dueFrom(String origin, Instant now, int limit) {
        return Jdbc.read(ds, "reading the frontier", c -> Jdbc.list(c,
                "SELECT * FROM frontier WHERE url >= ? AND url < ? AND state = 'queued' AND next_fetch_at <= ?"
                        + " ORDER BY next_fetch_at, id LIMIT ?",
                FrontierRepository::map, origin + "/", origin + "0", now.toString(), limit));
    }

    /** All entries in one state (for reports and tests), in URL order. */
    public List<FrontierEntry> inState(String state) {
        return Jdbc.read(ds, "reading the frontier", c -> Jdbc.list(c,
                "SELECT * FROM frontier WHERE state = ? ORDER BY url", FrontierRepository::map, state));
    }

    /** Puts a known URL back in the queue for a re-check (feeds, sitemaps, recrawls), keeping its validators. */
    public void requeue(String url, Instant notBefore) {
        Jdbc.inTransaction(ds, "requeueing " + url, c -> Jdbc.update(c,
                "UPDATE frontier SET state = 'queued', next_fetch_at = ? WHERE url = ?", notBefore.toString(), url));
    }

    /** Due entries (queued, next fetch time passed), oldest due first. */
    public List<FrontierEntry> due(Instant now, int limit) {
        return Jdbc.read(ds, "reading the frontier", c -> Jdbc.list(c,
                "SELECT * FROM frontier WHERE state = 'queued' AND next_fetch_at <= ? ORDER BY next_fetch_at, id LIMIT ?",
                FrontierRepository::map, now.toString(), limit));
    }

    /** The earliest time any queued entry becomes due, if any is queued. */
    public Optional<Instant> nextDue() {
        return Jdbc.read(ds, "reading the frontier", c -> Jdbc.one(c,
                "SELECT min(next_fetch_at) FROM frontier WHERE state = 'queued'",
                rs -> rs.getString(1) == null ? null : Instant.parse(rs.getString(1))));
    }

    public Optional<FrontierEntry> find(String url) {
        return Jdbc.read(ds, "reading the frontier", c -> Jdbc.one(c, "SELECT * FROM frontier WHERE url = ?",
                FrontierRepository::map, url));
    }

    /** Marks an entry fetched with its validators and the stored document. */
    public void markFetched(long id, int status, String etag, String lastModified, String contentHash, Long documentId) {
        Jdbc.inTransaction(ds, "updating the frontier", c -> Jdbc.update(c,
                "UPDATE frontier SET state = 'fetched', attempts = attempts + 1, last_status = ?, etag = ?,"
                        + " last_modified = ?, content_hash = coalesce(?, content_hash),"
                        + " document_id = coalesce(?, document_id), fetched_at = ?, last_error = NULL WHERE id = ?",
                status, etag, lastModified, contentHash, documentId, Instant.now().toString(), id));
    }

    /** Schedules a retry: stays queued, attempts counted, next fetch time set. */
    public void markRetry(long id, Integer status, String error, Instant nextFetchAt) {
        Jdbc.inTransaction(ds, "updating the frontier", c -> Jdbc.update(c,
                "UPDATE frontier SET state = 'queued', attempts = attempts + 1, last_status = ?, last_error = ?,"
                        + " next_fetch_at = ? WHERE id = ?", status, error, nextFetchAt.toString(), id));
    }

    /** Ends an entry as failed or skipped, with the reason in words. */
    public void markEnded(long id, String state, Integer status, String reason) {
        if (!state.equals("failed") && !state.equals("skipped")) {
            throw new IllegalArgumentException("an ended frontier entry is failed or skipped, not " + state);
        }
        Jdbc.inTransaction(ds, "updating the frontier", c -> Jdbc.update(c,
                "UPDATE frontier SET state = ?, attempts = attempts + 1, last_status = ?, last_error = ? WHERE id = ?",
                state, status, reason, id));
    }

    /** How many entries are in each state. */
    public Map<String, Integer> counts() {
        Map<String, Integer> out = new TreeMap<>();
        Jdbc.read(ds, "counting the frontier", c -> Jdbc.list(c,
                "SELECT state, count(*) FROM frontier GROUP BY state", rs -> out.put(rs.getString(1), rs.getInt(2))));
        return out;
    }

    static FrontierEntry map(ResultSet rs) throws SQLException {
        return new FrontierEntry(rs.getLong("id"), rs.getString("url"), Jdbc.getLong(rs, "source_id"), rs.getInt("depth"),
                rs.getString("state"), rs.getInt("attempts"), rs.getString("next_fetch_at"), rs.getString("etag"),
                rs.getString("last_modified"), (Integer) rs.getObject("last_status"), rs.getString("last_error"),
                rs.getString("fetched_at"), rs.getString("content_hash"), Jdbc.getLong(rs, "document_id"));
    }
}
