package org.specledger.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
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

    FlagRepository(DataSource ds) {
        this.ds = ds;
    }

    /** A flag to store, with the fingerprint that identifies it across reconciliation runs. */
    public record NewFlag(Flag flag, String fingerprint) {
    }

    /**
     * Replaces, in one transaction, the flags and consensus of the given models with a new reconciliation
     * result. A flag whose fingerprint was already stored keeps its id and first-raised date, so "newest
     * first" listings stay stable across runs.
     */
    public void replaceForModels(Collection<String> modelIds, List<NewFlag> flags, List<StoredConsensus> consensus) {
        String now = Instant.now().toString();
        Jdbc.inTransaction(ds, "storing reconciliation results", c -> {
            Map<String, String> createdAt = new HashMap<>();
            for (String modelId : modelIds) {
                for (var row : Jdbc.list(c, "SELECT fingerprint, created_at FROM flags WHERE model_id = ?",
                        rs -> Map.entry(rs.getString(1), rs.getString(2)), modelId)) {
                    createdAt.put(row.getKey(), row.getValue());
                }
                Jdbc.update(c, "DELETE FROM flags WHERE model_id = ?", modelId);
                Jdbc.update(c, "DELETE FROM consensus WHERE model_id = ?", modelId);
            }
            for (NewFlag nf : flags) {
                Flag f = nf.flag();
                String modelId = Model.idFor(f.model());
                long id = Jdbc.insert(c, "INSERT INTO flags (kind, model_id, attribute, reason, fingerprint, created_at)"
                                + " VALUES (?,?,?,?,?,?) ON CONFLICT (fingerprint) DO UPDATE SET reason = excluded.reason",
                        f.kind().json(), modelId, f.attribute(), f.reason(), nf.fingerprint(),
                        createdAt.getOrDefault(nf.fingerprint(), now));
                for (long claimId : f.claimIds()) {
                    Jdbc.update(c, "INSERT INTO flag_claims (flag_id, claim_id) VALUES (?, ?) ON CONFLICT DO NOTHING", id, claimId);
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
            return null;
        });
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
