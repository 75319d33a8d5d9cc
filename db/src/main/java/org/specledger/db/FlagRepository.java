package org.specledger.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.specledger.claims.Flag;
import org.specledger.claims.FlagKind;
import org.specledger.claims.Model;

/** Reconciliation results: flags (with the claims they rest on) and the consensus per (model, attribute). */
public final class FlagRepository {
    private final DataSource ds;
    private final java.util.function.Consumer<Change> changes;

    FlagRepository(DataSource ds, java.util.function.Consumer<Change> changes) {
        this.ds = ds;
        this.changes = changes;
    }

    /**
     * The natural key of a flag, {@code kind|modelId|attribute} (attribute empty when none): a flag for the
     * same (model, attribute, kind) keeps its id across reconciliations, also when claims join or leave it
     * (SPEC_SCHEMA.md), so permalinks, ClaimReview URLs and Atom entry ids do not change.
     */
    public static String naturalKey(String modelId, FlagKind kind, String attribute) {
        return kind.json() + "|" + modelId + "|" + (attribute == null ? "" : attribute);
    }

    /** {@link #replaceForModels(Collection, List, List, Map)} without dirty marks to clear. */
    public void replaceForModels(Collection<String> modelIds, List<Flag> flags, List<StoredConsensus> consensus) {
        replaceForModels(modelIds, flags, consensus, Map.of());
    }

    /**
     * Replaces, in one transaction, the flags and consensus of the given models with a new reconciliation
     * result, and clears the dirty marks it was computed for ({@link #dirtyModels()}; a mark whose version
     * moved on since is kept). A flag whose natural key was already stored keeps its id and first-raised date;
     * its reason and claims are replaced. Flags of these models that the result no longer has are deleted.
     */
    public void replaceForModels(Collection<String> modelIds, List<Flag> flags, List<StoredConsensus> consensus,
                                 Map<String, Long> marksSeen) {
        String now = Instant.now().toString();
        Jdbc.inTransaction(ds, "storing reconciliation results", c -> {
            Map<String, Long> existing = new HashMap<>();
            for (String modelId : modelIds) {
                for (var row : Jdbc.list(c, "SELECT natural_key, id FROM flags WHERE model_id = ?",
                        rs -> Map.entry(rs.getString(1), rs.getLong(2)), modelId)) {
                    existing.put(row.getKey(), row.getValue());
                }
                Jdbc.update(c, "DELETE FROM consensus WHERE model_id = ?", modelId);
            }
            Set<Long> kept = new HashSet<>();
            for (Flag f : flags) {
                String modelId = Model.idFor(f.model());
                String key = naturalKey(modelId, f.kind(), f.attribute());
                Long id = existing.get(key);
                if (id == null) {
                    // ON CONFLICT: on PostgreSQL two crawl workers may reconcile one model at once; the later
                    // one waits for the first's row and updates it instead of failing on the unique key.
                    id = Jdbc.insert(c, "INSERT INTO flags (kind, model_id, attribute, reason, natural_key, created_at)"
                            + " VALUES (?,?,?,?,?,?) ON CONFLICT (natural_key) DO UPDATE SET reason = excluded.reason",
                            f.kind().json(), modelId, f.attribute(), f.reason(), key, now);
                    Jdbc.update(c, "DELETE FROM flag_claims WHERE flag_id = ?", id);
                } else {
                    Jdbc.update(c, "UPDATE flags SET reason = ? WHERE id = ?", f.reason(), id);
                    Jdbc.update(c, "DELETE FROM flag_claims WHERE flag_id = ?", id);
                }
                kept.add(id);
                for (long claimId : f.claimIds()) {
                    Jdbc.update(c, "INSERT INTO flag_claims (flag_id, claim_id) VALUES (?, ?)"
                            + " ON CONFLICT (flag_id, claim_id) DO NOTHING", id, claimId);
                }
            }
            for (long id : existing.values()) {
                if (!kept.contains(id)) {
                    Jdbc.update(c, "DELETE FROM flags WHERE id = ?", id);
                }
            }
            for (StoredConsensus s : consensus) {
                Jdbc.update(c, "INSERT INTO consensus (model_id, attribute, kind, value, low, high, text_value,"
                                + " precision, spread_low, spread_high, independent_sources, claim_count, hedge,"
                                + " supporting_claims, computed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                                + " ON CONFLICT (model_id, attribute) DO UPDATE SET kind = excluded.kind,"
                                + " value = excluded.value, low = excluded.low, high = excluded.high,"
                                + " text_value = excluded.text_value, precision = excluded.precision,"
                                + " spread_low = excluded.spread_low, spread_high = excluded.spread_high,"
                                + " independent_sources = excluded.independent_sources,"
                                + " claim_count = excluded.claim_count, hedge = excluded.hedge,"
                                + " supporting_claims = excluded.supporting_claims, computed_at = excluded.computed_at",
                        s.modelId(), s.attribute(), s.kind(), s.value(), s.low(), s.high(), s.text(), s.precision(),
                        s.spreadLow(), s.spreadHigh(), s.independentSources(), s.claimCount(), s.hedge(),
                        String.join(",", s.supportingClaimIds().stream().map(String::valueOf).toList()), now);
            }
            for (var mark : marksSeen.entrySet()) {
                Jdbc.update(c, "DELETE FROM dirty_models WHERE model_id = ? AND version = ?", mark.getKey(), mark.getValue());
            }
            return null;
        });
        changes.accept(new Change(Change.Kind.RECONCILIATION, Set.of(), new HashSet<>(modelIds)));
    }

    /**
     * The models waiting for reconciliation (model id → version of its mark), oldest mark first. Marks are
     * written with the documents ({@link DocumentRepository#save}) and cleared by {@link #replaceForModels}.
     */
    public Map<String, Long> dirtyModels() {
        return Jdbc.read(ds, "reading models to reconcile", c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            for (var row : Jdbc.list(c, "SELECT model_id, version FROM dirty_models ORDER BY model_id",
                    rs -> Map.entry(rs.getString(1), rs.getLong(2)))) {
                out.put(row.getKey(), row.getValue());
            }
            return out;
        });
    }

    /** Marks models for reconciliation (after a document was deleted, say); committed at once. */
    public void markDirty(Collection<String> modelIds) {
        if (!modelIds.isEmpty()) {
            Jdbc.inTransaction(ds, "marking models to reconcile", c -> {
                markDirty(c, modelIds);
                return null;
            });
        }
    }

    /** Marks models for reconciliation inside the caller's transaction. */
    static void markDirty(Connection c, Collection<String> modelIds) throws SQLException {
        for (String id : new java.util.TreeSet<>(modelIds)) {
            Jdbc.update(c, "INSERT INTO dirty_models (model_id, version) VALUES (?, 1)"
                    + " ON CONFLICT (model_id) DO UPDATE SET version = dirty_models.version + 1", id);
        }
    }

    /** Flags filtered by model id and kind (null = any), newest first, keyset-paginated by id. */
    public Page<FlagView> list(String modelId, FlagKind kind, String cursor, int limit) {
        long before = Page.decodeCursor(cursor);
        List<FlagView> rows = Jdbc.read(ds, "listing flags", c -> Jdbc.list(c,
                "SELECT f.*, m.name AS model_name FROM flags f JOIN models m ON m.id = f.model_id"
                        + " WHERE (? = 0 OR f.id < ?) AND (CAST(? AS TEXT) IS NULL OR f.model_id = ?) AND (CAST(? AS TEXT) IS NULL OR f.kind = ?)"
                        + " ORDER BY f.id DESC LIMIT ?",
                rs -> map(c, rs), before, before, modelId, modelId, kind == null ? null : kind.json(),
                kind == null ? null : kind.json(), limit + 1));
        return Page.of(rows, limit, v -> v.flag().id());
    }

    /** How many flags {@link #list} pages through with these filters (null = any). */
    public long count(String modelId, FlagKind kind) {
        return Jdbc.read(ds, "counting flags", c -> Jdbc.one(c,
                "SELECT count(*) FROM flags f WHERE (CAST(? AS TEXT) IS NULL OR f.model_id = ?)"
                        + " AND (CAST(? AS TEXT) IS NULL OR f.kind = ?)",
                rs -> rs.getLong(1), modelId, modelId, kind == null ? null : kind.json(),
                kind == null ? null : kind.json()).orElse(0L));
    }

    public Optional<FlagView> find(long id) {
        return Jdbc.read(ds, "reading flag " + id, c -> Jdbc.one(c,
                "SELECT f.*, m.name AS model_name FROM flags f JOIN models m ON m.id = f.model_id WHERE f.id = ?",
                rs -> map(c, rs), id));
    }

    /** Flags of one model, newest first. */
    public List<FlagView> byModel(String modelId) {
        return list(modelId, null, null, Page.MAX_LIMIT).items();
    }

    /** The ids of claims that at least one flag rests on. */
    public List<Long> flaggedClaimIds() {
        return Jdbc.read(ds, "reading flagged claims", c -> Jdbc.list(c,
                "SELECT DISTINCT claim_id FROM flag_claims", rs -> rs.getLong(1)));
    }

    /** The ids of a document's claims that at least one flag rests on (a document page marks them). */
    public List<Long> flaggedClaimIdsOfDocument(long documentId) {
        return Jdbc.read(ds, "reading flagged claims of document " + documentId, c -> Jdbc.list(c,
                "SELECT DISTINCT fc.claim_id FROM flag_claims fc JOIN claims cl ON cl.id = fc.claim_id"
                        + " WHERE cl.document_id = ? ORDER BY fc.claim_id", rs -> rs.getLong(1), documentId));
    }

    public List<StoredConsensus> consensus(String modelId) {
        return Jdbc.read(ds, "reading consensus of " + modelId, c -> Jdbc.list(c,
                "SELECT * FROM consensus WHERE model_id = ? ORDER BY attribute", FlagRepository::mapConsensus, modelId));
    }

    /** Consensus rows of every model for attributes starting with a prefix (e.g. "benchmark:"). */
    public List<StoredConsensus> consensusByAttributePrefix(String prefix) {
        return Jdbc.read(ds, "reading consensus", c -> Jdbc.list(c,
                "SELECT * FROM consensus WHERE substr(attribute, 1, ?) = ? ORDER BY model_id, attribute",
                FlagRepository::mapConsensus, prefix.length(), prefix));
    }

    private static FlagView map(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<Long> claimIds = Jdbc.list(c, "SELECT claim_id FROM flag_claims WHERE flag_id = ? ORDER BY claim_id",
                r -> r.getLong(1), id);
        Flag flag = new Flag(id, FlagKind.parse(rs.getString("kind")), rs.getString("model_name"),
                rs.getString("attribute"), rs.getString("reason"), claimIds);
        return new FlagView(flag, rs.getString("model_id"), rs.getString("created_at"));
    }

    private static StoredConsensus mapConsensus(ResultSet rs) throws SQLException {
        String ids = rs.getString("supporting_claims");
        List<Long> supporting = ids == null || ids.isEmpty() ? List.of()
                : new ArrayList<>(Arrays.stream(ids.split(",")).map(Long::valueOf).toList());
        return new StoredConsensus(rs.getString("model_id"), rs.getString("attribute"), rs.getString("kind"),
                Jdbc.getDouble(rs, "value"), Jdbc.getDouble(rs, "low"), Jdbc.getDouble(rs, "high"),
                rs.getString("text_value"), rs.getString("precision"), Jdbc.getDouble(rs, "spread_low"),
                Jdbc.getDouble(rs, "spread_high"), rs.getInt("independent_sources"), rs.getInt("claim_count"),
                rs.getString("hedge"), supporting, rs.getString("computed_at"));
    }
}
