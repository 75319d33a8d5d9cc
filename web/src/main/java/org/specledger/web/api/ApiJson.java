package org.specledger.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.specledger.claims.Claim;
import org.specledger.db.ClaimView;
import org.specledger.db.FlagView;
import org.specledger.db.ModelSummary;
import org.specledger.web.sheet.Consensus;
import org.specledger.web.sheet.Spec;
import org.specledger.web.sheet.SpecSheet;

/**
 * The JSON objects of SPEC_SCHEMA.md ("The JSON the API returns"), field names and order as written there.
 * Where the contract names a model, the value is the model's id (what {@code ?model=} accepts and
 * {@code /api/models/{id}} resolves); {@code modelName} carries the display name beside it. Fields beyond the
 * contract are additions, never renames.
 */
public final class ApiJson {
    private ApiJson() {
    }

    /** {@code claim = {"id","model","attribute","value","low","high","precision","unitText","quote","start","end",
     * "hedge","documentId","url","title","publishedAt","publisher"}}. */
    public static Map<String, Object> claim(ClaimView v) {
        Claim c = v.claim();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("model", v.modelId());
        m.put("modelName", c.model());
        m.put("attribute", c.attribute());
        m.put("kind", c.kind().json());
        m.put("value", c.jsonValue());
        m.put("low", c.low());
        m.put("high", c.high());
        m.put("precision", c.precision());
        m.put("unitText", c.unitText());
        m.put("quote", c.quote());
        m.put("start", c.start());
        m.put("end", c.end());
        m.put("hedge", c.hedge().json());
        m.put("attribution", c.attribution().json());
        m.put("documentId", c.documentId());
        m.put("url", v.url());
        m.put("title", v.title());
        m.put("publishedAt", v.publishedAt());
        m.put("publisher", v.publisher());
        return m;
    }

    /** {@code {"id","kind","model","attribute","reason","claims":[claimId...]}} plus when it was first raised. */
    public static Map<String, Object> flag(FlagView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.flag().id());
        m.put("kind", v.flag().kind().json());
        m.put("model", v.modelId());
        m.put("modelName", v.flag().model());
        m.put("attribute", v.flag().attribute());
        m.put("reason", v.flag().reason());
        m.put("claims", v.flag().claimIds());
        m.put("createdAt", v.createdAt());
        return m;
    }

    /** {@code {"id","name","organization","aliases":[...],"claimCount","flagCount"}} plus the family. */
    public static Map<String, Object> model(ModelSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("organization", s.organization());
        m.put("aliases", s.aliases());
        m.put("family", s.family());
        m.put("claimCount", s.claimCount());
        m.put("flagCount", s.flagCount());
        return m;
    }

    /**
     * {@code {"id","name","organization","aliases","specs":[{"attribute","consensus":{value...},
     * "independentSources","claims":[claim...]}], "flags":[flag...]}} plus family, variants, each spec's hedge
     * and flag ids. The JSON fact sheet is this same object plus {@code generatedAt}, when the sheet was made;
     * the API leaves that out so that an unchanged model keeps its ETag.
     */
    public static Map<String, Object> sheet(SpecSheet s, boolean withGeneratedAt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.model().id());
        m.put("name", s.model().name());
        m.put("organization", s.model().organization());
        m.put("aliases", s.model().aliases());
        m.put("family", s.model().family());
        m.put("variants", s.model().variants().stream().map(v -> Map.of("id", v.id(), "name", v.name())).toList());
        m.put("specs", s.specs().stream().map(ApiJson::spec).toList());
        m.put("flags", s.flags().stream().map(ApiJson::flag).toList());
        if (withGeneratedAt) {
            m.put("generatedAt", s.generatedAt());
        }
        return m;
    }

    static Map<String, Object> spec(Spec s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("attribute", s.attribute());
        m.put("consensus", consensus(s.consensus()));
        m.put("independentSources", s.independentSources());
        m.put("hedge", s.hedge());
        m.put("claims", s.claims().stream().map(ApiJson::claim).toList());
        m.put("flags", s.flags().stream().map(f -> f.flag().id()).toList());
        return m;
    }

    static Map<String, Object> consensus(Consensus c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", c.kind());
        m.put("value", c.value());
        m.put("low", c.low());
        m.put("high", c.high());
        m.put("precision", c.precision());
        m.put("display", c.display());
        m.put("spreadLow", c.spreadLow());
        m.put("spreadHigh", c.spreadHigh());
        m.put("claimCount", c.claimCount());
        m.put("supportingClaims", c.supportingClaimIds());
        m.put("derived", c.derived());
        return m;
    }

    /** {@code {"items":[...], "next"}}. */
    public static Map<String, Object> page(List<?> items, String next) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("items", items);
        m.put("next", next);
        return m;
    }
}
