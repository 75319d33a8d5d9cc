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
    }

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
        Matcher m = UNLISTED.matcher(t).region(from, to);
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
            if ("Step".equals(m.group(1)) && !"-".equals(m.group(2))) {
                continue; // "step 3" is prose; StepFun writes Step-3
            }
            String name = (m.group(1) + (m.group(2) == null ? "" : "-") + m.group(3) + m.group(4).replace(' ', '-'));
            Model listed = byKey.get(key(name));
            Model model = listed != null ? listed : new Model(Model.idFor(name), name, null, familyOf(m.group(1)), List.of());
            extra.add(new Mention(model, s, e, listed != null));
            covered = e;
        }
        if (!extra.isEmpty()) {
            out.addAll(extra);
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        return out;
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
