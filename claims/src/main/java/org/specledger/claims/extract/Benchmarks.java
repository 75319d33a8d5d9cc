package org.specledger.claims.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Benchmark names in text and their attribute names (benchmark:mmlu …), longest name first. */
final class Benchmarks {
    record Hit(String attribute, int start, int end) {
    }

    private static final Pattern NAMES = Pattern.compile(
            "(?<![A-Za-z0-9-])(MMLU-Pro|MMLU-Redux|MMLU(?!-)|Arena-Hard(?:-Auto)?|Humanity[’']s Last Exam|HLE|人类最后的考试"
            + "|LiveBench|MATH-500|IFEval|SimpleQA|BFCL(?: ?v\\d)?|GPQA(?:[- ]Diamond)?|AIME(?: ?(?:20)?2\\d(?=\\d|\\b))?|Codeforces(?: ?\\(?(?:Elo|rating)\\)?)?|LiveCodeBench(?: ?v\\d)?"
            + "|SWE-?bench[- ]Verified|HumanEval(?!\\+)|C-?Eval|CMMLU|GSM8K|CLUEWSC|MATH[- ]500|(?:LM|Chatbot )?Arena(?: Elo)?|Elo)(?![A-Za-z])",
            Pattern.CASE_INSENSITIVE);

    /** Lower-case pieces one of which every name above contains: a cheap test before the expression runs. */
    static final String[] GATE = {"mmlu", "gpqa", "aime", "livecode", "swe", "eval", "arena", "elo", "humanity", "hle",
            "人类最后", "livebench", "math-500", "math 500", "simpleqa", "bfcl", "codeforces", "gsm8k", "cluewsc"};

    private Benchmarks() {
    }

    static List<Hit> find(String t, int from, int to) {
        List<Hit> out = new ArrayList<>();
        Matcher m = NAMES.matcher(t).region(from, to);
        while (m.find()) {
            String n = m.group(1).toLowerCase(Locale.ROOT).replace(" ", "-");
            String key;
            if (n.startsWith("mmlu-pro")) {
                key = "mmlu-pro";
            } else if (n.startsWith("mmlu-redux")) {
                key = "mmlu-redux";
            } else if (n.startsWith("arena-hard")) {
                key = "arena-hard";
            } else if (n.startsWith("humanity") || n.equals("hle") || n.equals("人类最后的考试")) {
                key = "hle"; // Humanity's Last Exam (Phan et al., 2025), usually written HLE
            } else if (n.startsWith("gsm8k") || n.startsWith("cluewsc")) {
                key = n;
            } else if (n.startsWith("livebench") || n.startsWith("math-500") || n.startsWith("ifeval")
                    || n.startsWith("simpleqa")) {
                key = n;
            } else if (n.startsWith("bfcl")) {
                key = "bfcl";
            } else if (n.startsWith("mmlu")) {
                key = "mmlu";
            } else if (n.startsWith("gpqa")) {
                key = n.contains("diamond") ? "gpqa-diamond" : "gpqa";
            } else if (n.startsWith("aime")) {
                String year = n.replaceAll("[^0-9]", "");
                key = year.isEmpty() ? "aime" : "aime-" + (year.length() == 2 ? "20" + year : year);
            } else if (n.startsWith("codeforces")) {
                key = "codeforces";
            } else if (n.startsWith("livecodebench")) {
                key = "livecodebench";
            } else if (n.startsWith("swe")) {
                key = "swe-bench-verified";
            } else if (n.startsWith("humaneval")) {
                key = "humaneval";
            } else if (n.startsWith("c")) {
                key = n.startsWith("cmmlu") ? "cmmlu" : n.startsWith("chatbot") ? "arena-elo" : "c-eval";
            } else {
                key = "arena-elo";
            }
            out.add(new Hit("benchmark:" + key, m.start(), m.end()));
        }
        return out;
    }
}
