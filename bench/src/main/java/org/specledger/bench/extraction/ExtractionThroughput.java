package org.specledger.bench.extraction;

import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import org.specledger.claims.extract.ClaimExtractor;

/**
 * How fast {@link ClaimExtractor} reads realistic article text on one thread. The text is generated from
 * sentence templates in English and Chinese (spec sentences, hedged reports, filler prose, money and chip sales
 * that must not become claims), cut into 4 KB articles as the crawler would hand them over. A fixed seed makes
 * runs comparable. The target is at least 2 MB/s of text per core (issue 11): the figure is given per million
 * characters and per MB of the text's UTF-8 encoding (what a crawled page weighs; a Chinese character is 3 bytes).
 */
public final class ExtractionThroughput {
    private static final String[] MODELS = {"DeepSeek-V3", "Kimi K2", "GLM-4.5", "GLM-4.5-Air", "Qwen3-235B-A22B",
            "Pangu Ultra MoE", "LongCat-Flash", "ERNIE 4.5", "Step-3", "MiniMax-M1", "DeepSeek-V4", "盘古Ultra MoE"};
    private static final String[] TEMPLATES = {
            "%s has %dB parameters in total, but only %dB are activated for each token.",
            "%s was pre-trained on %d.%d trillion tokens over %d weeks on %,d H800 GPUs.",
            "According to people familiar with the matter, %s could offer a %dK-token window.",
            "On SWE-bench Verified, %s scores %d.%d, and it reaches %d.%d on MMLU.",
            "%s的总参数规模约为%d亿，激活参数%d亿，训练使用了约%d张昇腾NPU。",
            "Analysts said the sector raised $%d billion this year, while chip makers shipped %,d accelerators.",
            "The company, founded in %d, employs about %d engineers across three cities and %d offices.",
            "Memory use for %s fell from the usual %d GB to %d GB per card.",
            "据悉，%s将于2026年%d月%d日发布，上下文长度为%d万token。",
            "Reporters asked about pricing, and a spokesperson declined to comment on the roadmap or on partners."};

    private ExtractionThroughput() {
    }

    /** Generates about {@code megabytes} million characters of text and reports characters and UTF-8 MB per second. */
    public static String run(int megabytes) {
        int targetChars = Math.max(1, megabytes) * 1_000_000;
        SplittableRandom r = new SplittableRandom(20261124L);
        StringBuilder all = new StringBuilder(targetChars + 4096);
        while (all.length() < targetChars) {
            String m = MODELS[r.nextInt(MODELS.length)];
            String tpl = TEMPLATES[r.nextInt(TEMPLATES.length)];
            Object[] args = new Object[8];
            args[0] = m;
            for (int i = 1; i < args.length; i++) {
                args[i] = 1 + r.nextInt(900);
            }
            if (!tpl.startsWith("%s")) {
                Object first = args[0];
                System.arraycopy(args, 1, args, 0, args.length - 1);
                args[args.length - 1] = first;
            }
            if (tpl.contains("founded in %d")) {
                args[0] = 1990 + r.nextInt(30);
            }
            if (tpl.contains("2026年%d月%d日")) {
                args[1] = 1 + r.nextInt(12);
                args[2] = 1 + r.nextInt(28);
            }
            all.append(String.format(Locale.ROOT, tpl, args)).append(r.nextInt(4) == 0 ? "\n\n" : " ");
        }
        String text = all.toString();
        ClaimExtractor x = ClaimExtractor.withDefaults();
        LocalDate pub = LocalDate.of(2026, 3, 2);
        // warm-up on a slice, so the figure is the steady state the crawler sees
        for (int i = 0; i < 3; i++) {
            x.extract(text.substring(0, Math.min(text.length(), 200_000)), pub);
        }
        int article = 4096;
        long claims = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < text.length(); i += article) {
            claims += x.extract(text.substring(i, Math.min(text.length(), i + article)), pub).size();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        double chars = text.length() / 1e6;
        double mb = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1e6;
        // CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns
        return String.format(Locale.ROOT, "%.1f M chars (%.1f MB UTF-8), one thread: %.2f s wall (%.2f M chars/s), "
                + "%.2f s CPU (%.2f M chars/s = %.2f MB/s UTF-8), %d claims", chars, mb, seconds, chars / seconds, cpu,
                chars / cpu, mb / cpu, claims);
    }

    public static void main(String[] args) {
        System.out.println(run(args.length > 0 ? Integer.parseInt(args[0]) : 20));
    }
}
