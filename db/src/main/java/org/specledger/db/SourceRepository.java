package org.specledger.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Crawl sources and the crawl log. */
public final class SourceRepository {
    private final DataSource ds;

    SourceRepository(DataSource ds) {
        this.ds = ds;
    }

    /** Adds a source, or returns the existing one with the same URL (idempotent). */
    public Source add(String url, String kind, String urlPrefix, int maxDepth, String articlePattern) {
        return Jdbc.inTransaction(ds, "adding source " + url, c -> {
            Jdbc.update(c, "INSERT INTO sources (url, kind, url_prefix, max_depth, article_pattern, added_at)"
                            + " VALUES (?,?,?,?,?,?) ON CONFLICT (url) DO NOTHING",
                    url, kind, urlPrefix, maxDepth, articlePattern, Instant.now().toString());
            return Jdbc.one(c, "SELECT * FROM sources WHERE url = ?", SourceRepository::map, url).orElseThrow();
        });
    }

    public List<Source> all() {
        return Jdbc.read(ds, "listing sources", c -> Jdbc.list(c, "SELECT * FROM sources ORDER BY id", SourceRepository::map));
    }

    public Optional<Source> find(long id) {
        return Jdbc.read(ds, "reading source " + id, c -> Jdbc.one(c, "SELECT * FROM sources WHERE id = ?",
                SourceRepository::map, id));
    }

    public Optional<Source> findByUrl(String url) {
        return Jdbc.read(ds, "reading source " + url, c -> Jdbc.one(c, "SELECT * FROM sources WHERE url = ?",
                SourceRepository::map, url));
    }

    /** Corrects a source's kind once its content showed what it is (a URL guessed as a page that serves a feed). */
    public void updateKind(long sourceId, String kind) {
        Jdbc.inTransaction(ds, "updating source " + sourceId, c -> Jdbc.update(c,
                "UPDATE sources SET kind = ? WHERE id = ?", kind, sourceId));
    }

    /** Records the outcome of one fetch for a source: counts, last fetch time and last error. */
    public void recordFetch(long sourceId, boolean ok, String error) {
        Jdbc.inTransaction(ds, "updating source " + sourceId, c -> Jdbc.update(c,
                "UPDATE sources SET last_fetch_at = ?, fetched_count = fetched_count + ?, error_count = error_count + ?,"
                        + " last_error = CASE WHEN ? = 1 THEN last_error ELSE ? END WHERE id = ?",
                Instant.now().toString(), ok ? 1 : 0, ok ? 0 : 1, ok, error, sourceId));
    }

    /** One line of the crawl log. */
    public record LogEntry(long id, String at, Long sourceId, String url, String event, Integer status, String message) {
    }

    public void log(Long sourceId, String url, String event, Integer status, String message) {
        Jdbc.inTransaction(ds, "writing crawl log", c -> Jdbc.update(c,
                "INSERT INTO crawl_log (at, source_id, url, event, status, message) VALUES (?,?,?,?,?,?)",
                Instant.now().toString(), sourceId, url, event, status, message));
    }

    /** A crawl log line to write, for {@link #record}. */
    public record NewLogLine(Instant at, Long sourceId, String url, String event, Integer status, String message) {
    }

    /**
     * Fetch outcomes of one source added up, for {@link #record}: {@code lastError} is the newest error, or null
     * when there was none.
     */
    public record FetchCounts(long sourceId, int ok, int errors, String lastError, Instant lastFetchAt) {
    }

    /**
     * Writes many crawl log lines and source counters in one transaction; the same effect as {@link #log} and
     * {@link #recordFetch} one by one.
     */
    public void record(List<NewLogLine> lines, Collection<FetchCounts> counts) {
        if (lines.isEmpty() && counts.isEmpty()) {
            return;
        }
        Jdbc.inTransaction(ds, "writing the crawl log (" + lines.size() + " lines)", c -> {
            try (var ps = c.prepareStatement(
                    "INSERT INTO crawl_log (at, source_id, url, event, status, message) VALUES (?,?,?,?,?,?)")) {
                for (NewLogLine l : lines) {
                    Jdbc.bind(ps, l.at().toString(), l.sourceId(), l.url(), l.event(), l.status(), l.message());
                    ps.executeUpdate();
                }
            }
            try (var ps = c.prepareStatement("UPDATE sources SET last_fetch_at = ?, fetched_count = fetched_count + ?,"
                    + " error_count = error_count + ?, last_error = coalesce(?, last_error) WHERE id = ?")) {
                for (FetchCounts f : counts) {
                    Jdbc.bind(ps, f.lastFetchAt().toString(), f.ok(), f.errors(), f.lastError(), f.sourceId());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The newest crawl log lines, newest first. */
    public List<LogEntry> recentLog(int limit) {
        return Jdbc.read(ds, "reading crawl log", c -> Jdbc.list(c,
                "SELECT * FROM crawl_log ORDER BY id DESC LIMIT ?",
                rs -> new LogEntry(rs.getLong("id"), rs.getString("at"), Jdbc.getLong(rs, "source_id"),
                        rs.getString("url"), rs.getString("event"), (Integer) rs.getObject("status"),
                        rs.getString("message")), limit));
    }

    static Source map(ResultSet rs) throws SQLException {
        return new Source(rs.getLong("id"), rs.getString("url"), rs.getString("kind"), rs.getString("url_prefix"),
                rs.getInt("max_depth"), rs.getString("article_pattern"), rs.getString("added_at"),
                rs.getString("last_fetch_at"), rs.getString("last_error"), rs.getInt("fetched_count"),
                rs.getInt("error_count"));
    }
}
