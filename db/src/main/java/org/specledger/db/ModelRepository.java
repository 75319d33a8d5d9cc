package org.specledger.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.specledger.claims.Model;

/** Models and their aliases. */
public final class ModelRepository {
    /**
     * A model with its counts. {@code live_claims} is kept by the transactions that store, revise and delete
     * documents ({@link #addLiveClaims}); counting every claim of every model here made the model list cost
     * O(all claims) per request.
     */
    private static final String SUMMARY = "SELECT m.id, m.name, m.organization, m.family, m.live_claims AS claim_count,"
            + " (SELECT count(*) FROM flags f WHERE f.model_id = m.id) AS flag_count FROM models m";

    private final DataSource ds;

    ModelRepository(DataSource ds) {
        this.ds = ds;
    }

    /** The lookup form of an alias: NFKC, lower case, every run of non-alphanumerics removed. */
    public static String aliasKey(String alias) {
        return Normalizer.normalize(alias, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    static void insertMissing(Connection c, Collection<Model> models) throws SQLException {
        // In id order, as addLiveClaims: concurrent transactions lock model rows in one order (no deadlock).
        for (Model m : models.stream().sorted(java.util.Comparator.comparing(Model::id)).toList()) {
            Jdbc.update(c, "INSERT INTO models (id, name, organization, family) VALUES (?,?,?,?)"
                    + " ON CONFLICT (id) DO UPDATE SET organization = coalesce(models.organization, excluded.organization),"
                    + " family = coalesce(models.family, excluded.family)",
                    m.id(), m.name(), m.organization(), m.family());
            for (String alias : m.aliases()) {
                Jdbc.update(c, "INSERT INTO model_aliases (alias_key, alias, model_id) VALUES (?,?,?)"
                        + " ON CONFLICT (alias_key) DO NOTHING", aliasKey(alias), alias, m.id());
            }
            Jdbc.update(c, "INSERT INTO model_aliases (alias_key, alias, model_id) VALUES (?,?,?)"
                    + " ON CONFLICT (alias_key) DO NOTHING", aliasKey(m.name()), m.name(), m.id());
        }
    }

    /** Adds models (and aliases) that are not stored yet; used for catalog seeding and by tests. */
    public void insertMissing(Collection<Model> models) {
        Jdbc.inTransaction(ds, "storing models", c -> {
            insertMissing(c, models);
            return null;
        });
    }

    public Optional<ModelSummary> find(String id) {
        return Jdbc.read(ds, "reading model " + id, c -> {
            Optional<ModelSummary> m = Jdbc.one(c, SUMMARY + " WHERE m.id = ?", rs -> map(c, rs), id);
            return m;
        });
    }

    /** Finds a model by id, canonical name or any alias, ignoring case, width and punctuation. */
    public Optional<ModelSummary> resolve(String nameOrAlias) {
        return Jdbc.read(ds, "resolving model " + nameOrAlias, c -> {
            Optional<String> id = Jdbc.one(c, "SELECT id FROM models WHERE id = ?", rs -> rs.getString(1), nameOrAlias);
            if (id.isEmpty()) {
                id = Jdbc.one(c, "SELECT model_id FROM model_aliases WHERE alias_key = ?", rs -> rs.getString(1),
                        aliasKey(nameOrAlias));
            }
            if (id.isEmpty()) {
                return Optional.empty();
            }
            return Jdbc.one(c, SUMMARY + " WHERE m.id = ?", rs -> map(c, rs), id.get());
        });
    }

    /** Models that have at least one claim in a live document, by name. */
    public Page<ModelSummary> list(String cursor, int limit) {
        long after = Page.decodeCursor(cursor);
        List<Positioned> positioned = Jdbc.read(ds, "listing models", c -> Jdbc.list(c,
                "SELECT * FROM (SELECT row_number() OVER (ORDER BY name) AS pos, x.* FROM (" + SUMMARY + ") x"
                        + " WHERE x.claim_count > 0) y WHERE pos > ? ORDER BY pos LIMIT ?",
                rs -> new Positioned(rs.getLong("pos"), map(c, rs)), after, limit + 1));
        Page<Positioned> page = Page.of(positioned, limit, Positioned::pos);
        return new Page<>(page.items().stream().map(Positioned::model).toList(), page.next());
    }

    private record Positioned(long pos, ModelSummary model) {
    }

    /**
     * Adds to models' live claim counts (negative: claims left), in the caller's transaction. Models are updated
     * in key order (callers pass a sorted map), so two transactions never lock the same rows in opposite orders.
     */
    static void addLiveClaims(Connection c, java.util.SortedMap<String, Integer> delta) throws SQLException {
        for (var e : delta.entrySet()) {
            if (e.getValue() != 0) {
                Jdbc.update(c, "UPDATE models SET live_claims = live_claims + ? WHERE id = ?", e.getValue(), e.getKey());
            }
        }
    }

    /** All models of one family, by name. */
    public List<ModelSummary> family(String family) {
        return Jdbc.read(ds, "reading family " + family, c -> Jdbc.list(c,
                SUMMARY + " WHERE m.family = ? ORDER BY m.name", rs -> map(c, rs), family));
    }

    private static ModelSummary map(Connection c, ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        String name = rs.getString("name");
        List<String> aliases = Jdbc.list(c, "SELECT alias FROM model_aliases WHERE model_id = ? ORDER BY alias",
                r -> r.getString(1), id);
        return new ModelSummary(id, name, rs.getString("organization"), rs.getString("family"),
                aliases.stream().filter(a -> !a.equals(name)).toList(), rs.getInt("claim_count"),
                rs.getInt("flag_count"));
    }
}
