package org.specledger.app.site;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.specledger.claims.Claim;
import org.specledger.claims.Document;
import org.specledger.claims.Flag;
import org.specledger.claims.FlagKind;
import org.specledger.claims.Hedge;
import org.specledger.claims.Model;
import org.specledger.claims.ValueKind;
import org.specledger.db.Database;
import org.specledger.db.StoredConsensus;
import org.specledger.app.AppContext;
import org.specledger.web.server.WebConfig;
import org.specledger.web.server.WebServer;

/**
 * A small corpus stored through the db repositories, served by the real server on a free loopback port: two GLM
 * models of one family (English and Chinese reports that disagree on the parameter count), a Kimi model with
 * benchmark scores, a revised story, a syndicated copy, a hostile document, crawl sources and log lines.
 */
public final class SiteFixture implements AutoCloseable {
    /** The admin token the fixture's server is configured with. */
    public static final String ADMIN_TOKEN = "test-admin-token-123";
    /** The hostile document's payloads: each would set window.__pwned or the title if it ever ran. */
    public static final String HOSTILE_TITLE = "Leak <script>window.__pwned='title';document.title='PWNED'</script> GLM-4.5";
    public static final String HOSTILE_QUOTE = "GLM-4.5 has <img src=x onerror=\"window.__pwned='img'\"> 355B parameters.";

    public static final Model GLM = new Model("glm-4-5", "GLM-4.5", "Zhipu AI", "GLM-4.5", List.of("智谱GLM-4.5", "GLM4.5"));
    public static final Model GLM_AIR = new Model("glm-4-5-air", "GLM-4.5-Air", "Zhipu AI", "GLM-4.5", List.of());
    public static final Model KIMI = new Model("kimi-k2", "Kimi K2", "Moonshot AI", "Kimi", List.of("Kimi-K2"));

    public final AppContext app;
    public Javalin server;
    public String base;
    public final HttpClient http = HttpClient.newHttpClient();
    public long english;
    public long chinese;
    public long rumour;
    public long hostile;
    public long revisedOld;
    public long revisedNew;
    public long syndicated;
    public long conflictFlag;
    public final List<Long> glmParamClaims = new ArrayList<>();

    private SiteFixture(AppContext app) {
        this.app = app;
    }

    public static SiteFixture start(Path dir) throws Exception {
        return start(dir, WebConfig.defaults().withPort(0).withAdminToken(ADMIN_TOKEN));
    }

    public static SiteFixture start(Path dir, WebConfig cfg) throws Exception {
        SiteFixture f = new SiteFixture(AppContext.open(dir));
        f.load(f.app.db());
        f.server = WebServer.create(f.app, cfg).start();
        f.base = "http://127.0.0.1:" + f.server.port();
        return f;
    }

    private void load(Database db) {
        String en = "Zhipu AI released GLM-4.5 on Monday. GLM-4.5 has 355B total parameters, of which 32B are active. "
                + "It offers a 128K context window. On MMLU, GLM-4.5 scores 84.6. GLM-4.5-Air is a smaller variant.";
        var s1 = db.documents().save(doc("https://technode.example/glm-45", "Zhipu releases GLM-4.5", "TechNode",
                        "2026-03-02", "en", en),
                List.of(number(GLM, "total_parameters", 355e9, "355B", en, "GLM-4.5 has 355B total parameters, of which 32B are active.", Hedge.STATED),
                        number(GLM, "active_parameters", 32e9, "32B", en, "GLM-4.5 has 355B total parameters, of which 32B are active.", Hedge.STATED),
                        number(GLM, "context_length", 131072d, "128K", en, "It offers a 128K context window.", Hedge.STATED),
                        number(GLM, "benchmark:mmlu", 84.6, "84.6", en, "On MMLU, GLM-4.5 scores 84.6.", Hedge.STATED)),
                List.of(GLM, GLM_AIR));
        english = s1.documentId();
        glmParamClaims.add(s1.claims().get(0).id());

        String zh = "智谱今日发布GLM-4.5。据报道，GLM-4.5总参数3550亿，激活参数320亿，上下文长度128K。";
        var s2 = db.documents().save(doc("https://36kr.example/p/1", "智谱发布GLM-4.5大模型", "36氪", "2026-03-05", "zh-CN", zh),
                List.of(number(GLM, "total_parameters", 355e9, "3550亿", zh, "据报道，GLM-4.5总参数3550亿，激活参数320亿，上下文长度128K。", Hedge.REPORTED)),
                List.of(GLM));
        chinese = s2.documentId();
        glmParamClaims.add(s2.claims().get(0).id());

        String ru = "People familiar with the matter say GLM-4.5 has 400B parameters and was trained on Ascend 910C chips.";
        var s3 = db.documents().save(doc("https://rumours.example/glm", "Insiders: GLM-4.5 is bigger than said", "Rumour Mill",
                        "2026-04-10", "en", ru),
                List.of(number(GLM, "total_parameters", 400e9, "400B", ru, ru, Hedge.RUMOURED),
                        Claim.textual(GLM.name(), "accelerator_model", ValueKind.TEXT, "Ascend 910C", null, "Ascend 910C",
                                ru, 0, ru.length(), Hedge.RUMOURED)),
                List.of(GLM));
        rumour = s3.documentId();
        glmParamClaims.add(s3.claims().get(0).id());

        String km = "Kimi K2 scores 87.8 on MMLU and 65.8 on SWE-bench, Moonshot AI said.";
        db.documents().save(doc("https://kimi.example/k2", "Kimi K2 benchmarks", "Moonshot Blog", "2026-02-20", "en", km),
                List.of(number(KIMI, "benchmark:mmlu", 87.8, "87.8", km, "Kimi K2 scores 87.8 on MMLU and 65.8 on SWE-bench, Moonshot AI said.", Hedge.STATED),
                        number(KIMI, "benchmark:swe-bench", 65.8, "65.8", km, "Kimi K2 scores 87.8 on MMLU and 65.8 on SWE-bench, Moonshot AI said.", Hedge.STATED)),
                List.of(KIMI));

        String hostileText = "Breaking: " + HOSTILE_QUOTE + " <script>window.__pwned='text'</script> More soon.";
        var s4 = db.documents().save(doc("https://evil.example/leak", HOSTILE_TITLE, "Evil <b>Daily</b>", "2026-03-03", "en",
                        hostileText),
                List.of(number(GLM, "total_parameters", 355e9, "355B", hostileText, HOSTILE_QUOTE, Hedge.REPORTED)),
                List.of(GLM));
        hostile = s4.documentId();

        // The same URL fetched twice with a changed text: the first version is kept, superseded.
        String v1 = "GLM-4.5-Air has 106B total parameters.";
        revisedOld = db.documents().save(doc("https://wire.example/air", "GLM-4.5-Air details", "Wire", "2026-03-06", "en", v1),
                List.of(number(GLM_AIR, "total_parameters", 106e9, "106B", v1, v1, Hedge.STATED)), List.of(GLM_AIR)).documentId();
        String v2 = "Update: GLM-4.5-Air has 106B total parameters and 12B active.";
        revisedNew = db.documents().save(doc("https://wire.example/air", "GLM-4.5-Air details (updated)", "Wire", "2026-03-06", "en", v2),
                List.of(number(GLM_AIR, "total_parameters", 106e9, "106B", v2, v2, Hedge.STATED)), List.of(GLM_AIR)).documentId();
        syndicated = db.documents().save(doc("https://mirror.example/air", "GLM-4.5-Air details", "Mirror News", "2026-03-07", "en", v2),
                List.of(), List.of()).documentId();
        db.documents().setSyndicationGroups(Map.of(revisedNew, revisedNew, syndicated, revisedNew));

        Flag conflict = new Flag(0, FlagKind.CONFLICT, GLM.name(), "total_parameters",
                "Rumour Mill says 400B total parameters; TechNode and 36氪 say 355B.", glmParamClaims);
        var kimiClaims = db.claims().byModel(KIMI.id(), "benchmark:swe-bench");
        Flag benchConflict = new Flag(0, FlagKind.CONFLICT, KIMI.name(), "benchmark:swe-bench",
                "Moonshot Blog says 65.8 on SWE-bench; a leaderboard says 51.8.", List.of(kimiClaims.get(0).claim().id()));
        db.flags().replaceForModels(List.of(GLM.id(), KIMI.id()), List.of(conflict, benchConflict),
                List.of(consensus(GLM.id(), "total_parameters", 355e9, 355e9, 400e9, 2, 3, "stated", glmParamClaims.subList(0, 2)),
                        consensus(GLM.id(), "benchmark:mmlu", 84.6, 84.6, 84.6, 1, 1, "stated", List.of()),
                        consensus(KIMI.id(), "benchmark:mmlu", 87.8, 87.8, 87.8, 1, 1, "stated", List.of()),
                        consensus(KIMI.id(), "benchmark:swe-bench", 65.8, 65.8, 65.8, 1, 1, "stated", List.of())),
                // These hand-made results stand for reconciliation: no model is left waiting for it.
                db.flags().dirtyModels());
        conflictFlag = db.flags().list(GLM.id(), FlagKind.CONFLICT, null, 10).items().get(0).flag().id();

        var src = db.sources().add("https://technode.example/feed.xml", "feed", null, 2, null);
        db.sources().recordFetch(src.id(), false, "HTTP 503 from technode.example");
        db.sources().log(src.id(), "https://technode.example/glm-45", "fetched", 200, "stored document " + english);
        db.sources().log(src.id(), "https://technode.example/feed.xml", "error", 503, "Service <Unavailable>");
    }

    private static StoredConsensus consensus(String model, String attribute, double value, double lo, double hi,
                                             int sources, int claims, String hedge, List<Long> supporting) {
        return new StoredConsensus(model, attribute, "number", value, null, null, null, null, lo, hi, sources, claims,
                hedge, new ArrayList<>(supporting), "2026-05-01T00:00:00Z");
    }

    static Document doc(String url, String title, String publisher, String date, String lang, String text) {
        return new Document(0, url, url, title, publisher, null, date, "day", "meta", "2026-05-01T10:00:00Z", lang,
                text, sha256(text));
    }

    static Claim number(Model m, String attribute, double value, String unitText, String text, String quote, Hedge hedge) {
        int start = text.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("quote not in text: " + quote);
        }
        return Claim.number(m.name(), attribute, value, null, null, unitText, quote, start, start + quote.length(), hedge);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String form, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
        app.close();
    }
}
