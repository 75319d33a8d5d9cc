package org.specledger.index.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.specledger.claims.Claim;
import org.specledger.claims.Document;
import org.specledger.claims.Hedge;
import org.specledger.claims.ValueKind;
import org.specledger.index.IndexedDocument;

/** Eight short reports (seven English, one Chinese) written for these tests, with their claims. */
final class Corpus {

    static final Map<String, String> ORGS = Map.of(
            "GLM-4.5", "Zhipu AI", "GLM-4.6", "Zhipu AI", "DeepSeek-V3", "DeepSeek",
            "Pangu 5.0", "Huawei", "MLU590", "Cambricon", "LongCat-Flash", "Meituan");
    /** Claim 31 (DeepSeek-V3's cluster size) is named by an open flag. */
    static final Set<Long> FLAGGED = Set.of(31L);

    private Corpus() {
    }

    static List<IndexedDocument> documents() {
        List<IndexedDocument> out = new ArrayList<>();
        out.add(doc(1, "en", "Tech Daily", "2026-01-15", "Zhipu ships GLM-4.5, trained on Ascend chips",
                "Zhipu AI released GLM-4.5 on Tuesday. The company said the model has 355 billion total parameters"
                        + " and was trained on a cluster of Huawei Ascend 910B accelerators.",
                claim(11, 1, "GLM-4.5", "total_parameters", Hedge.STATED, "the model has 355 billion total parameters"),
                claim(12, 1, "GLM-4.5", "accelerator_model", Hedge.STATED, "trained on a cluster of Huawei Ascend 910B")));
        out.add(doc(2, "en", "Chip Wire", "2026-02-03", "A longer memory for GLM\u20114.5",
                "According to the company, GLM\u20114.5 supports a 128K-token context window, enough for long"
                        + " contracts and code bases.",
                claim(21, 2, "GLM-4.5", "context_length", Hedge.REPORTED, "GLM\u20114.5 supports a 128K-token context window")));
        out.add(doc(3, "en", "Tech Daily", "2026-01-20", "How DeepSeek-V3 was trained",
                "DeepSeek-V3 was trained on 2,048 H800 GPUs in under two months, the lab said. Observers doubt"
                        + " that figure.",
                claim(31, 3, "DeepSeek-V3", "training_accelerators", Hedge.STATED, "trained on 2,048 H800 GPUs")));
        out.add(doc(4, "zh-CN", "新华科技", "2026-03-02", "华为发布盘古大模型5.0，基于昇腾910C芯片训练",
                "据报道，华为的盘古大模型5.0在8192张昇腾910C芯片上完成训练。知情人士称，训练用时六周。",
                claim(41, 4, "Pangu 5.0", "training_accelerators", Hedge.REPORTED, "在8192张昇腾910C芯片上完成训练"),
                claim(42, 4, "Pangu 5.0", "training_duration", Hedge.RUMOURED, "知情人士称，训练用时六周")));
        out.add(doc(5, "en", "Chip Wire", "2025-12-10", "Cambricon bets on the MLU590",
                "Cambricon says its MLU590 accelerator carries 96 GB of memory per card and is shipping to cloud"
                        + " providers in volume.",
                claim(51, 5, "MLU590", "memory_per_accelerator", Hedge.STATED, "carries 96 GB of memory per card")));
        out.add(doc(6, "en", "Tech Daily", "2026-02-20", "Zhipu previews GLM-4.6",
                "Zhipu previewed GLM-4.6 with a 200K context window and better coding.",
                claim(61, 6, "GLM-4.6", "context_length", Hedge.STATED, "GLM-4.6 with a 200K context window")));
        out.add(doc(7, "en", "Bench Notes", "2026-02-11", "Leaderboard roundup",
                "On our leaderboard glm4.5 scores 84.6 on MMLU, ahead of last year's open models.",
                claim(71, 7, "GLM-4.5", "benchmark:mmlu", Hedge.STATED, "glm4.5 scores 84.6 on MMLU")));
        out.add(doc(8, "en", "Rumour Mill", "2026-03-15", "Meituan's LongCat could beat DeepSeek",
                "<script>alert('x')</script> Insiders say Meituan's LongCat-Flash could match DeepSeek on"
                        + " reasoning, if true a first for a food-delivery company.",
                claim(81, 8, "LongCat-Flash", "benchmark:gpqa", Hedge.SPECULATIVE, "LongCat-Flash could match DeepSeek")));
        return out;
    }

    static IndexedDocument doc(long id, String lang, String publisher, String date, String title, String text,
                               Claim... claims) {
        Document d = new Document(id, "https://example.test/" + id, null, title, publisher, null, date, "day",
                "meta", "2026-04-01T00:00:00Z", lang, text, "hash" + id);
        return new IndexedDocument(d, List.of(claims), ORGS, FLAGGED);
    }

    static Claim claim(long id, long docId, String model, String attribute, Hedge hedge, String quote) {
        return Claim.textual(model, attribute, ValueKind.TEXT, "x", null, null, quote, 0, quote.length(), hedge)
                .withIds(id, docId);
    }
}
