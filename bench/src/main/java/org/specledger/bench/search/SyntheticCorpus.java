package org.specledger.bench.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.specledger.claims.Claim;
import org.specledger.claims.Document;
import org.specledger.claims.Hedge;
import org.specledger.claims.ValueKind;
import org.specledger.index.IndexedDocument;

/**
 * Deterministic synthetic AI/chip news: document {@code i} is always the same text, so runs compare. English
 * reports of 400–900 words and, one in twenty, Chinese reports of similar length; one to four claims each.
 */
final class SyntheticCorpus {

    static final String[] MODELS = {"GLM-4.5", "GLM-4.6", "DeepSeek-V3", "DeepSeek-R1", "Qwen3-235B", "Kimi K2",
        "ERNIE 4.5", "Pangu 5.0", "Hunyuan-Large", "LongCat-Flash", "MiniMax-M1", "Doubao 1.5"};
    static final Map<String, String> ORGS = Map.ofEntries(
            Map.entry("GLM-4.5", "Zhipu AI"), Map.entry("GLM-4.6", "Zhipu AI"), Map.entry("DeepSeek-V3", "DeepSeek"),
            Map.entry("DeepSeek-R1", "DeepSeek"), Map.entry("Qwen3-235B", "Alibaba"), Map.entry("Kimi K2", "Moonshot AI"),
            Map.entry("ERNIE 4.5", "Baidu"), Map.entry("Pangu 5.0", "Huawei"), Map.entry("Hunyuan-Large", "Tencent"),
            Map.entry("LongCat-Flash", "Meituan"), Map.entry("MiniMax-M1", "MiniMax"), Map.entry("Doubao 1.5", "ByteDance"));
    static final String[] PUBLISHERS = {"Tech Daily", "Chip Wire", "Bench Notes", "Rumour Mill", "Asia Compute",
        "The Register of Models", "Silicon Brief", "新华科技", "36氪", "量子位"};
    static final String[] ATTRIBUTES = {"total_parameters", "active_parameters", "context_length", "training_tokens",
        "training_accelerators", "accelerator_model", "memory_per_accelerator", "training_duration",
        "release_date", "open_weights", "benchmark:mmlu"};
    private static final String[] WORDS = ("model models training trained cluster accelerator accelerators chip chips"
            + " wafer foundry yield memory bandwidth HBM interconnect inference benchmark benchmarks parameters tokens"
            + " context window reasoning coding agents open weights license release released launched announced"
            + " company lab startup researchers engineers analysts investors export controls sanctions supply domestic"
            + " foreign GPU GPUs NPU NPUs card cards server servers datacenter power efficiency throughput latency"
            + " performance price cost cheaper faster larger smaller mixture experts dense sparse activated layers"
            + " attention pretraining finetuning alignment evaluation leaderboard score scores percent accuracy"
            + " according reportedly insiders sources familiar said says claims claimed estimate estimated roughly"
            + " about nearly more than less weeks months year quarter week cloud providers customers enterprise"
            + " government policy Beijing Shanghai Shenzhen Hangzhou semiconductor node process packaging software"
            + " framework compiler kernel optimization distributed parallel pipeline tensor data quality dataset"
            + " Huawei Ascend Cambricon Kunlunxin Hygon Nvidia H800 H20 910B 910C MLU590 the a of and in on for with"
            + " to from by that this which new its their while after before during").split(" ");
    private static final String[] ZH = {"据报道", "华为", "昇腾910C", "芯片", "训练", "大模型", "参数", "集群", "寒武纪",
        "百度", "文心", "阿里巴巴", "通义千问", "深度求索", "智谱", "月之暗面", "美团", "发布", "推理", "上下文长度", "知情人士称",
        "国产", "算力", "显存", "开源", "权重", "基准测试", "得分", "万亿", "亿", "张卡", "完成", "用时", "六周", "性能", "提升",
        "成本", "下降", "服务器", "数据中心", "盘古", "昆仑芯", "海光", "英伟达", "出口管制", "供应链"};
    private static final Hedge[] HEDGES = Hedge.values();
    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    private SyntheticCorpus() {
    }

    static IndexedDocument document(int i) {
        Random rnd = new Random(0x5eed_0000L + i);
        boolean chinese = i % 20 == 7;
        String model = MODELS[rnd.nextInt(MODELS.length)];
        String other = MODELS[rnd.nextInt(MODELS.length)];
        int words = 400 + rnd.nextInt(501);
        StringBuilder text = new StringBuilder(words * 8);
        if (chinese) {
            for (int w = 0; w < words; w++) {
                text.append(ZH[rnd.nextInt(ZH.length)]);
                if (rnd.nextInt(10) == 0) {
                    text.append(rnd.nextBoolean() ? model : other);
                }
                if (rnd.nextInt(12) == 0) {
                    text.append('。');
                } else if (rnd.nextInt(8) == 0) {
                    text.append('，');
                }
            }
        } else {
            int sentence = 0;
            for (int w = 0; w < words; w++) {
                String word = rnd.nextInt(25) == 0 ? (rnd.nextBoolean() ? model : other) : WORDS[rnd.nextInt(WORDS.length)];
                if (rnd.nextInt(40) == 0) {
                    word = Integer.toString(rnd.nextInt(10_000));
                }
                text.append(sentence == 0 ? capitalize(word) : word);
                sentence++;
                if (sentence > 8 + rnd.nextInt(14)) {
                    text.append(". ");
                    sentence = 0;
                } else {
                    text.append(' ');
                }
            }
        }
        String title = chinese ? model + "：" + ZH[rnd.nextInt(ZH.length)] + ZH[rnd.nextInt(ZH.length)]
                : capitalize(model + " " + WORDS[rnd.nextInt(WORDS.length)] + " " + WORDS[rnd.nextInt(WORDS.length)]);
        String publisher = chinese ? PUBLISHERS[7 + rnd.nextInt(3)] : PUBLISHERS[rnd.nextInt(7)];
        String date = START.plusDays(rnd.nextInt(3 * 365)).toString();
        long id = i + 1L;
        Document doc = new Document(id, "https://news.example/" + id, null, title, publisher, null, date, "day",
                "meta", "2026-11-24T00:00:00Z", chinese ? "zh-CN" : "en", text.toString(), "h" + id);
        List<Claim> claims = new ArrayList<>();
        int n = 1 + rnd.nextInt(4);
        Set<Long> flagged = new java.util.HashSet<>();
        for (int c = 0; c < n; c++) {
            long claimId = id * 10 + c;
            String m = c == 0 ? model : other;
            String quote = text.substring(0, Math.min(80, text.length()));
            claims.add(Claim.textual(m, ATTRIBUTES[rnd.nextInt(ATTRIBUTES.length)], ValueKind.TEXT, "x", null, null,
                    quote, 0, quote.length(), HEDGES[rnd.nextInt(HEDGES.length)]).withIds(claimId, id));
            if (rnd.nextInt(33) == 0) {
                flagged.add(claimId);
            }
        }
        return new IndexedDocument(doc, claims, ORGS, flagged);
    }

    private static String capitalize(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
