package org.specledger.web.sheet;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.specledger.claims.Attributes;
import org.specledger.claims.Claim;
import org.specledger.claims.Document;
import org.specledger.claims.Flag;
import org.specledger.claims.FlagKind;
import org.specledger.claims.Hedge;
import org.specledger.claims.Model;
import org.specledger.claims.ValueKind;
import org.specledger.db.Database;
import org.specledger.db.StoredConsensus;

/**
 * A small ledger written through the db repositories: Kimi K2 (with a variant, a Chinese report, a hostile
 * quote, a conflict flag and a stored consensus for total_parameters only) and DeepSeek-V3.
 */
public final class SheetFixtures {
    public static final Model KIMI = new Model("kimi-k2", "Kimi K2", "Moonshot AI", "Kimi", List.of("Kimi-K2", "月之暗面K2"));
    public static final Model KIMI_THINKING = new Model("kimi-k2-thinking", "Kimi K2 Thinking", "Moonshot AI", "Kimi",
            List.of());
    public static final Model DEEPSEEK = new Model("deepseek-v3", "DeepSeek-V3", "DeepSeek", "DeepSeek", List.of("DSV3"));

    public static final String EN_QUOTE = "Kimi K2 has 1 trillion total parameters and a 128K-token context window.";
    public static final String ZH_QUOTE = "月之暗面发布Kimi K2，总参数达到1万亿。";
    /** A quote built to break naive HTML, JSON, CSV and Markdown writers. */
    public static final String HOSTILE_QUOTE = "=cmd|' /C calc'!A0 \"<script>alert(1)</script>\"\n| reportedly 2 trillion parameters";
    public static final String CONFLICT_REASON = "Reuters says 1 T total parameters, but Hostile Blog says 2 T (<b>twice</b> as many).";

    /** The stored ids, for assertions. */
    public record Ids(long enDoc, long zhDoc, long hostileDoc, long enParams, long enContext, long zhParams,
                      long hostileParams, long gpuHours, long flag) {
    }

    private SheetFixtures() {
    }

    public static Ids load(Database db) {
        long enDoc = save(db, doc("https://reuters.example/kimi", "Moonshot's Kimi K2", "Reuters", "2025-07-11", "en",
                "Intro. " + EN_QUOTE), List.of(
                Claim.number(KIMI.name(), Attributes.TOTAL_PARAMETERS, 1e12, null, null, "1 trillion", EN_QUOTE, 7,
                        7 + EN_QUOTE.length(), Hedge.STATED),
                Claim.number(KIMI.name(), Attributes.CONTEXT_LENGTH, 131072.0, null, null, "128K-token", EN_QUOTE, 7,
                        7 + EN_QUOTE.length(), Hedge.STATED)), List.of(KIMI, KIMI_THINKING));
        long zhDoc = save(db, doc("https://xinhua.example/k2", "月之暗面发布Kimi K2", "新华社", "2025-07-12", "zh",
                ZH_QUOTE), List.of(Claim.number(KIMI.name(), Attributes.TOTAL_PARAMETERS, 1e12, null, null, "1万亿",
                ZH_QUOTE, 0, ZH_QUOTE.length(), Hedge.STATED)), List.of(KIMI));
        long hostileDoc = save(db, doc("https://blog.example/k2?x=1", "A \"hot\" <take>", "Hostile Blog", "2025-07-13",
                "en", HOSTILE_QUOTE), List.of(Claim.number(KIMI.name(), Attributes.TOTAL_PARAMETERS, 2e12, null, null,
                "2 trillion", HOSTILE_QUOTE, 0, HOSTILE_QUOTE.length(), Hedge.REPORTED)), List.of(KIMI));
        String dsQuote = "DeepSeek-V3 took 2.788M H800 GPU hours on 2,048 H800 GPUs and was released on 26 December 2024.";
        long dsDoc = save(db, doc("https://arxiv.example/dsv3", "DeepSeek-V3 Technical Report", "arXiv", "2024-12-27",
                "en", dsQuote), List.of(
                Claim.number(DEEPSEEK.name(), Attributes.TRAINING_GPU_HOURS, 2.788e6, null, null, "2.788M GPU hours",
                        dsQuote, 0, dsQuote.length(), Hedge.STATED),
                Claim.number(DEEPSEEK.name(), Attributes.TRAINING_ACCELERATORS, 2048.0, null, null, "2,048 H800 GPUs",
                        dsQuote, 0, dsQuote.length(), Hedge.STATED),
                Claim.textual(DEEPSEEK.name(), Attributes.RELEASE_DATE, ValueKind.DATE, "2024-12-26", "day",
                        "26 December 2024", dsQuote, 0, dsQuote.length(), Hedge.STATED)), List.of(DEEPSEEK));

        var kimiClaims = db.claims().byModel(KIMI.id(), null);
        long enParams = idOf(kimiClaims, enDoc, Attributes.TOTAL_PARAMETERS);
        long enContext = idOf(kimiClaims, enDoc, Attributes.CONTEXT_LENGTH);
        long zhParams = idOf(kimiClaims, zhDoc, Attributes.TOTAL_PARAMETERS);
        long hostileParams = idOf(kimiClaims, hostileDoc, Attributes.TOTAL_PARAMETERS);
        long gpuHours = idOf(db.claims().byModel(DEEPSEEK.id(), null), dsDoc, Attributes.TRAINING_GPU_HOURS);

        db.flags().replaceForModels(List.of(KIMI.id()), List.of(new Flag(0,
                        FlagKind.CONFLICT, KIMI.name(), Attributes.TOTAL_PARAMETERS, CONFLICT_REASON,
                        List.of(enParams, hostileParams))),
                List.of(new StoredConsensus(KIMI.id(), Attributes.TOTAL_PARAMETERS, "number", 1e12, null, null, null,
                        null, 1e12, 2e12, 2, 3, "stated", List.of(enParams, zhParams), "2025-07-14T00:00:00Z")),
                // These hand-made results stand for reconciliation: no model is left waiting for it.
                db.flags().dirtyModels());
        long flag = db.flags().byModel(KIMI.id()).get(0).flag().id();
        return new Ids(enDoc, zhDoc, hostileDoc, enParams, enContext, zhParams, hostileParams, gpuHours, flag);
    }

    public static Database open(Path dir) {
        try {
            return Database.open(dir);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long idOf(List<org.specledger.db.ClaimView> claims, long doc, String attribute) {
        return claims.stream().filter(c -> c.claim().documentId() == doc && c.claim().attribute().equals(attribute))
                .findFirst().orElseThrow().claim().id();
    }

    public static long save(Database db, Document d, List<Claim> claims, List<Model> models) {
        return db.documents().save(d, new ArrayList<>(claims), models).documentId();
    }

    public static Document doc(String url, String title, String publisher, String date, String lang, String text) {
        return new Document(0, url, null, title, publisher, null, date, "day", "meta", "2025-07-20T00:00:00Z", lang,
                text, sha256(text));
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
