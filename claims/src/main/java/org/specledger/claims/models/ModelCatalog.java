package org.specledger.claims.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.specledger.claims.text.StartScan;
import org.specledger.claims.Model;
import org.specledger.claims.text.NormalizedText;

/**
 * The curated models and organisations (models.tsv, organizations.tsv beside this class), and the finder of
 * model and organisation names in text. Resolution ignores case, full width and hyphen/space/underscore
 * differences: "kimi-k2", "Kimi K2" and "ＫＩＭＩ　Ｋ２" are the same model. Immutable and thread-safe.
 */
public final class ModelCatalog {
    /**
     * A model nobody listed, recognised when the pattern is strong: a known brand, a version, optional sizes and
     * variant suffixes ("Hunyuan-T2", "Qwen4-Max", "DeepSeek-V5-Preview"). Repetition is bounded.
     */
    private static final Pattern UNLISTED = Pattern.compile(
            "(?<![A-Za-z0-9])(DeepSeek|Qwen|GLM|Kimi|ERNIE|Pangu|PanGu|MiniMax|LongCat|Hunyuan|Doubao|Baichuan|InternLM"
            + "|Step|Spark|GPT|Llama|Claude|Gemini|Mistral|Grok|MiMo|Skywork|SenseNova|Ling|Ring)"
            + "(-| )?(V\\d{1,2}(?:\\.\\d{1,2})?|[KMRTX]\\d{1,2}(?:\\.\\d{1,2})?|A\\d{1,3}B|\\d{1,2}(?:\\.\\d{1,2})?(?:[a-z]|T(?![A-Za-z0-9]))?)"
            + "((?:[- ](?:\\d{1,4}B|A\\d{1,3}(?:\\.\\d)?B|Preview|Pro|Flash|Base|Instruct|Chat|Air|Turbo|Max|Plus|Lite"
            + "|Mini|Thinking|Coder|Ultra|MoE|VL|Exp)){0,4})(?![A-Za-z0-9])");
    /** The first letters of UNLISTED's brands: the only places a match can begin (see {@link StartScan}). */
    private static final String UNLISTED_FIRST = "DQGKEPMLHBISRC";
    /**
     * A model name of any maker, by its shape: a capitalised brand token, optional words, then a size or version
     * token, then more of those, all joined by hyphens ("MiMo-7B", "Seed-OSS-36B", "KAT-Dev-32B",
     * "Qwen3-Next-80B-A3B", "ERNIE-4.5-21B-A3B", "GLM-4.5V", "Doubao-Seed-1.6", "DeepSeek-V3.1-Terminus"). A size
     * is digits with B or T ("36B", "A3B"); a version is "V3", "1.6", "4.5V", "R1". A bare integer ("Mid-2025",
     * "COVID-19") is neither. Repetition is bounded.
     */
    private static final Pattern GENERIC = Pattern.compile(
            "(?<![A-Za-z0-9.\\-])([A-Z][A-Za-z]{1,14}\\d{0,2}(?:\\.\\d{1,2})?)((?:-[A-Z][A-Za-z]{1,11}){0,2})"
            + "-(\\d{1,4}(?:\\.\\d{1,2})?[BT]|A\\d{1,3}(?:\\.\\d)?B|V\\d{1,2}(?:\\.\\d{1,2})?|\\d{1,2}\\.\\d{1,2}[A-Za-z]?|[KMRX]\\d{1,2}(?:\\.\\d{1,2})?)"
            + "((?:-(?:\\d{1,4}(?:\\.\\d{1,2})?[BT]|A\\d{1,3}(?:\\.\\d)?B|V\\d{1,2}(?:\\.\\d{1,2})?|\\d{1,2}\\.\\d{1,2}|\\d{4}|[A-Z][A-Za-z]{1,11})){0,4})"
            + "(?![A-Za-z0-9])");
    /** A name glued to its version: camel-case brand (group 2), version, then optional build tokens. */
    private static final Pattern GLUED = Pattern.compile(
            "((?<![A-Za-z0-9.\\-])([A-Z][a-z]+[A-Z][A-Za-z]{0,10}?)\\d{1,2}(?:\\.\\d{1,2})?"
            + "(?:-(?:\\d{1,4}(?:\\.\\d{1,2})?[BT]|A\\d{1,3}(?:\\.\\d)?B|[A-Z][A-Za-z]{1,11})){0,3})(?![A-Za-z0-9]|\\.\\d)");
    /** Size tokens inside a name ("-36B", "-A3B"): a name with one is a model name wherever it stands. */
    private static final Pattern SIZE_TOKEN = Pattern.compile("-A?\\d{1,4}(?:\\.\\d{1,2})?[BT](?![A-Za-z0-9])");
    /**
     * Brand tokens the shape also fits that are no models: chips and hardware (Ascend 910C, H800, MLU590 and
     * P800 are accelerators, SPEC_SCHEMA.md), licences, benchmarks, and document parts.
     */
    private static final java.util.Set<String> NOT_A_BRAND = java.util.Set.of("ascend", "atlas", "kunlun", "kunlunxin",
            "hygon", "cambricon", "nvidia", "tesla", "rtx", "geforce", "intel", "amd", "instinct", "xeon", "snapdragon",
            "kirin", "mate", "pura", "iphone", "pixel", "galaxy", "tpu", "trainium", "inferentia", "gaudi", "blackwell",
            "hopper", "ampere", "rubin", "hbm", "ddr", "lpddr", "pcie", "cuda", "nvlink", "cloudmatrix", "superpod",
            "apache", "mit", "gpl", "lgpl", "agpl", "bsd", "cc", "mmlu", "gpqa", "aime", "swe", "hle", "bfcl", "arena",
            "humaneval", "math", "gsm", "cmmlu", "bbh", "ifeval", "mbpp", "tau", "browsecomp", "terminal", "aider",
            "codeforces", "livecodebench", "table", "figure", "fig", "episode", "section", "chapter", "appendix",
            "version", "windows", "android", "python", "java", "ubuntu", "linux", "usb", "hdmi", "form", "rule");
    /** Words after a listed name that keep it the same model: builds, checkpoints, quantisations. */
    private static final Pattern BUILD_ONLY = Pattern.compile(
            "(?:[- ](?:Instruct|Base|Chat|Preview|\\d{4}|FP8|GGUF|AWQ|GPTQ|BF16|Int4|INT4|Int8|INT8|PT|it))+");
    /** Words that make a sentence about model specs: the generic shape without a size token needs one. */
    private static final String[] SPEC_WORDS = {"model", "param", "token", "context", "weight", "open", "releas",
            "launch", "benchmark", "score", "train", "模型", "参数", "开源", "发布", "上下文", "训练"};
    /** Variant suffixes that make a model of their own (a Base or Instruct build is the same model). */
    private static final Pattern VARIANT = Pattern.compile("[- ](Pro|Flash|Air|Turbo|Max|Plus|Lite|Mini|Ultra)(?![A-Za-z0-9])");

    private final List<Model> models;
    private final Map<String, Model> byKey;
    private final Map<String, String> orgByKey;
    private final AliasTrie<Model> modelTrie = new AliasTrie<>();
    private final AliasTrie<String> orgTrie = new AliasTrie<>();

    private ModelCatalog(List<Model> models, Map<String, Model> byKey, Map<String, String> orgByKey) {
        this.models = models;
        this.byKey = byKey;
        this.orgByKey = orgByKey;
        java.util.TreeSet<String> families = new java.util.TreeSet<>(java.util.Comparator.comparing(String::length).reversed()
                .thenComparing(java.util.Comparator.naturalOrder()));
        for (Model m : models) {
            if (m.family() != null && m.family().length() >= 3 && !COMMON_WORD_FAMILIES.contains(m.family())) {
                families.add(Pattern.quote(m.family()));
            }
        }
        this.familyWord = families.isEmpty() ? null : Pattern.compile("(?<![A-Za-z0-9.\\-])(" + String.join("|", families)
                + ") ([A-Z][a-z]{2,15})(?![A-Za-z0-9\\-])");
    }

    /** Families whose name is also a common word ("Step", "Spark"): a capitalised word after them names nothing. */
    private static final java.util.Set<String> COMMON_WORD_FAMILIES = java.util.Set.of("Step", "Spark", "Yi", "Ling", "Ring");
    /** Words after a family name that name no model: the maker, its products and pages, days and months. */
    private static final java.util.Set<String> NOT_A_MODEL_WORD = java.util.Set.of("App", "Apps", "Team", "Teams", "Lab",
            "Labs", "Group", "Inc", "Research", "Cloud", "Platform", "Official", "Chat", "Bot", "Series", "Family",
            "Models", "Model", "Users", "User", "Website", "Web", "Api", "Said", "Says", "Founder", "Chief", "Engineers",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "June", "July", "August", "September", "October", "November", "December", "And", "The",
            "For", "With", "From", "Has", "Had", "Was", "Will", "Can", "Could", "Would", "Also", "Then", "While",
            "Reddit", "Twitter", "Weibo", "Hugging", "Discord", "Zhihu", "Bilibili", "Wechat", "Douyin", "Youtube",
            "Medium", "Substack", "News", "Daily", "Weekly", "Review", "Times", "Post", "Insider", "Watch", "Trending");
    /** A family name and a capitalised word ("Kimi Linear", "Hunyuan Large"), built from the catalog's families. */
    private final Pattern familyWord;

    private static final class Holder {
        static final ModelCatalog DEFAULTS = parse(resource("models.tsv"), resource("organizations.tsv"));
    }

    /** The catalog built from the lists shipped in this module; loaded once. */
    public static ModelCatalog defaults() {
        return Holder.DEFAULTS;
    }

    private static String resource(String name) {
        try (InputStream in = ModelCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/specledger/claims/models/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds a catalog from the two tab-separated lists (formats documented at the top of models.tsv and
     * organizations.tsv); '#' lines are comments. A malformed line fails with its line number.
     */
    public static ModelCatalog parse(String modelsTsv, String organizationsTsv) {
        List<Model> models = new ArrayList<>();
        Map<String, Model> byKey = new HashMap<>();
        Map<String, String> orgByKey = new HashMap<>();
        Map<Model, Boolean> exact = new LinkedHashMap<>();
        String[] lines = modelsTsv.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = lines[n].replace("\r", "").split("\t", -1);
            if (f.length < 3 || f[0].isBlank()) {
                throw new IllegalArgumentException("models.tsv line " + (n + 1)
                        + ": expected name<TAB>organization<TAB>family<TAB>aliases<TAB>flags");
            }
            List<String> aliases = new ArrayList<>();
            if (f.length > 3 && !f[3].isBlank()) {
                for (String a : f[3].split("\\|")) {
                    if (!a.isBlank()) {
                        aliases.add(a.strip());
                    }
                }
            }
            Model m = new Model(Model.idFor(f[0].strip()), f[0].strip(), blankToNull(f[1]), blankToNull(f[2]), aliases);
            models.add(m);
            exact.put(m, f.length > 4 && f[4].strip().equals("exact"));
        }
        for (String line : organizationsTsv.split("\n")) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] f = line.replace("\r", "").split("\t", -1);
            String canonical = f[0].strip();
            orgByKey.put(key(canonical), canonical);
            if (f.length > 1) {
                for (String a : f[1].split("\\|")) {
                    if (!a.isBlank()) {
                        orgByKey.put(key(a), canonical);
                    }
                }
            }
        }
        ModelCatalog c = new ModelCatalog(List.copyOf(models), byKey, orgByKey);
        for (Model m : models) {
            boolean ex = exact.get(m);
            byKey.put(key(m.name()), m);
            c.modelTrie.add(norm(m.name()), m, ex);
            for (String a : m.aliases()) {
                byKey.putIfAbsent(key(a), m);
                c.modelTrie.add(norm(a), m, ex);
            }
        }
        for (String line : organizationsTsv.split("\n")) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] f = line.replace("\r", "").split("\t", -1);
            c.orgTrie.add(norm(f[0].strip()), f[0].strip(), false);
            if (f.length > 1) {
                for (String a : f[1].split("\\|")) {
                    if (!a.isBlank()) {
                        c.orgTrie.add(norm(a.strip()), f[0].strip(), false);
                    }
                }
            }
        }
        return c;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String norm(String s) {
        return NormalizedText.of(s).text();
    }

    /** The lookup key of a name: normalized, lower case, without hyphens, spaces or underscores. */
    public static String key(String nameOrAlias) {
        return AliasTrie.fold(norm(nameOrAlias == null ? "" : nameOrAlias.strip())).toLowerCase(Locale.ROOT);
    }

    /** The listed model for a canonical name or any alias, in any case, width or hyphen/space spelling. */
    public Optional<Model> resolve(String nameOrAlias) {
        if (nameOrAlias == null || nameOrAlias.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.get(key(nameOrAlias)));
    }

    /** The canonical organisation for a name or alias ("智谱" → "Zhipu"). */
    public Optional<String> organization(String nameOrAlias) {
        if (nameOrAlias == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(orgByKey.get(key(nameOrAlias)));
    }

    /** Every listed model, in list order. */
    public Collection<Model> all() {
        return models;
    }

    /** The listed models of one family ("GLM" → GLM-4.5, GLM-4.5-Air …), matched ignoring case. */
    public List<Model> family(String family) {
        if (family == null) {
            return List.of();
        }
        List<Model> out = new ArrayList<>();
        for (Model m : models) {
            if (m.family() != null && m.family().equalsIgnoreCase(family.strip())) {
                out.add(m);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Model names in normalized text t[from, to): listed names and aliases (longest first), then names of the
     * unlisted pattern. A listed name followed by a variant suffix it does not include ("DeepSeek-V3 Pro") is a
     * model of its own in the same family.
     */
    public List<Mention> findModels(String t, int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (AliasTrie.Hit<Model> h : modelTrie.findAll(t, from, to)) {
            Matcher v = VARIANT.matcher(t).region(h.end(), Math.min(to, h.end() + 8));
            if (v.lookingAt() && !h.value().name().endsWith(v.group(1))) {
                String name = h.value().name() + "-" + v.group(1);
                Model listed = byKey.get(key(name));
                Model variant = listed != null ? listed
                        : new Model(Model.idFor(name), name, h.value().organization(), h.value().family(), List.of());
                out.add(new Mention(variant, h.start(), v.end(), listed != null));
            } else {
                out.add(new Mention(h.value(), h.start(), h.end(), true));
            }
        }
        out = generic(t, from, to, out);
        StartScan m = new StartScan(UNLISTED, t, from, to, (x, i, f) -> UNLISTED_FIRST.indexOf(x.charAt(i)) >= 0
                && StartScan.notGlued(x, i, f, ""));
        int covered = 0;
        int listedAt = 0; // listed mentions are in text order, as are the pattern's matches: one sweep
        List<Mention> extra = new ArrayList<>();
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            while (listedAt < out.size() && out.get(listedAt).end() <= s) {
                listedAt++;
            }
            if ((listedAt < out.size() && out.get(listedAt).start() < e) || s < covered) {
                continue;
            }
            if (e + 1 < to && t.charAt(e) == '-' && Character.isUpperCase(t.charAt(e + 1))) {
                continue; // "Qwen3-Next": glued to a word the pattern does not know, so not this name
            }
            if ("Step".equals(m.group(1)) && !"-".equals(m.group(2))) {
                continue; // "step 3" is prose; StepFun writes Step-3
            }
            String name = (m.group(1) + (m.group(2) == null ? "" : "-") + m.group(3) + m.group(4).replace(' ', '-'));
            extra.add(mention(name, m.group(1), s, e));
            covered = e;
        }
        if (!extra.isEmpty()) {
            out.addAll(extra);
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        return glued(t, from, to, out);
    }

    /**
     * Names glued to their version ("TeleChat3", "MiniCPM4", "InternVL3.5-38B"): a camel-case brand (a capital
     * inside the word) with a version number at its end, in a sentence about a model's specs. Added where no
     * other name stands.
     */
    private List<Mention> glued(String t, int from, int to, List<Mention> found) {
        List<Mention> out = found;
        StartScan g = new StartScan(GLUED, t, from, to, ModelCatalog::capitalAfterNoName);
        while (g.find()) {
            String brand = g.group(2);
            if (NOT_A_BRAND.contains(brand.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (overlaps(out, g.start(), g.end())) {
                continue;
            }
            if (!specSentence(t, from, to)) {
                return out;
            }
            if (out == found) {
                out = new ArrayList<>(found);
            }
            out.add(mention(g.group(), brand, g.start(), g.end()));
        }
        if (familyWord != null) {
            out = familyWords(t, from, to, out, found);
        }
        if (out != found) {
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        return out;
    }

    /** "Kimi Linear", "Hunyuan Large": a family name with a word of its own, in a sentence about specs. */
    private List<Mention> familyWords(String t, int from, int to, List<Mention> out, List<Mention> found) {
        StartScan f = new StartScan(familyWord, t, from, to, ModelCatalog::capitalAfterNoName);
        while (f.find()) {
            String word = f.group(2);
            if (NOT_A_MODEL_WORD.contains(word) || word.endsWith("s") || word.endsWith("ed") || word.endsWith("ing")) {
                continue; // "DeepSeek Releases …", "Qwen Launched …": a headline's verb, not a name
            }
            if (overlaps(out, f.start(), f.end()) || !specSentence(t, from, to)) {
                continue;
            }
            if (out == found) {
                out = new ArrayList<>(found);
            }
            out.add(mention(f.group(), f.group(1), f.start(), f.end()));
        }
        return out;
    }

    /** A name met by shape: the catalog's model when it lists the name, else an unlisted one of {@code brand}'s family. */
    private Mention mention(String name, String brand, int start, int end) {
        Model known = byKey.get(key(name));
        Model model = known != null ? known : new Model(Model.idFor(name), name, null, familyOf(brand), List.of());
        return new Mention(model, start, end, known != null);
    }

    /** A capital letter not glued to a word, number, dot or hyphen before it: where a name can begin. */
    private static boolean capitalAfterNoName(String t, int i, int from) {
        char c = t.charAt(i);
        return c >= 'A' && c <= 'Z' && StartScan.notGlued(t, i, from, ".-");
    }

    private static boolean overlaps(List<Mention> mentions, int start, int end) {
        for (Mention x : mentions) {
            if (x.start() < end && start < x.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence says anything about a model's specs (a cue word for names met by shape alone). */
    private static boolean specSentence(String t, int from, int to) {
        String lower = t.substring(from, to).toLowerCase(Locale.ROOT);
        for (String w : SPEC_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the names of the generic shape to the listed mentions (in text order). A generic name that extends a
     * listed one by more than a build suffix is another model ("ERNIE-4.5-21B-A3B" is not the ERNIE 4.5 family,
     * "Qwen3-Next-80B-A3B" not Qwen3); a listed name followed by a hyphenated word that is neither a build nor a
     * catalogued variant ("Qwen3-Next") names a model the catalog does not know, so it is dropped rather than
     * taken for the listed one.
     */
    private List<Mention> generic(String t, int from, int to, List<Mention> listed) {
        if (!hyphenBeforeAlnum(t, from, to)) {
            return listed;
        }
        List<Mention> out = new ArrayList<>(listed);
        StartScan g = new StartScan(GENERIC, t, from, to, ModelCatalog::capitalAfterNoName);
        boolean changed = false;
        while (g.find()) {
            if (NOT_A_BRAND.contains(g.group(1).toLowerCase(Locale.ROOT).replaceAll("\\d+(?:\\.\\d+)?$", ""))) {
                continue;
            }
            String name = g.group();
            if (!SIZE_TOKEN.matcher(name).find() && !specSentence(t, from, to)) {
                continue;
            }
            int s = g.start();
            int e = g.end();
            boolean partial = false;
            boolean sameModel = false;
            List<Mention> inside = new ArrayList<>();
            for (Mention x : out) {
                if (x.end() <= s || x.start() >= e) {
                    continue;
                }
                if (x.start() >= s && x.end() <= e) {
                    inside.add(x);
                    if (x.start() == s && (x.end() == e || BUILD_ONLY.matcher(t).region(x.end(), e).matches())) {
                        sameModel = true;
                    }
                } else {
                    partial = true;
                }
            }
            if (partial || sameModel) {
                continue;
            }
            out.removeAll(inside);
            out.add(mention(name, g.group(1).replaceAll("\\d+(?:\\.\\d+)?$", ""), s, e));
            changed = true;
        }
        // "Qwen3-Next": a listed name glued by a hyphen to a word the catalog does not know
        for (int i = out.size() - 1; i >= 0; i--) {
            Mention x = out.get(i);
            if (!x.listed() || x.end() + 2 >= to || t.charAt(x.end()) != '-' || !Character.isUpperCase(t.charAt(x.end() + 1))) {
                continue;
            }
            int k = x.end() + 1;
            while (k < to && Character.isLetter(t.charAt(k))) {
                k++;
            }
            String word = t.substring(x.end(), k);
            if (!BUILD_ONLY.matcher(word).matches() && !VARIANT.matcher(word).matches()
                    && !word.equalsIgnoreCase("-Thinking") && !word.equalsIgnoreCase("-Exp")) {
                out.remove(i);
                changed = true;
            }
        }
        if (changed) {
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        return out;
    }

    private static boolean hyphenBeforeAlnum(String t, int from, int to) {
        for (int i = t.indexOf('-', from); i >= 0 && i + 1 < to; i = t.indexOf('-', i + 1)) {
            if (Character.isLetterOrDigit(t.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private String familyOf(String brand) {
        for (Model m : models) {
            if (m.family() != null && m.family().equalsIgnoreCase(brand)) {
                return m.family();
            }
        }
        return brand;
    }

    /** Organisation names in normalized text t[from, to), by canonical name. */
    public List<OrganizationMention> findOrganizations(String t, int from, int to) {
        List<OrganizationMention> out = new ArrayList<>();
        for (AliasTrie.Hit<String> h : orgTrie.findAll(t, from, to)) {
            out.add(new OrganizationMention(h.value(), h.start(), h.end()));
        }
        return out;
    }
}
