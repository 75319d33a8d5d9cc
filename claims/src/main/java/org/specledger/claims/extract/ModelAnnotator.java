package org.specledger.claims.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.specledger.claims.Model;
import org.specledger.claims.models.Mention;
import org.specledger.claims.models.ModelCatalog;
import org.specledger.claims.text.StartScan;

/**
 * Model mentions: the catalog's names and the names of a model's shape ({@link ModelCatalog#findModels}), Chinese
 * brand names with their versions (盘古 5.5, 文心大模型4.5), and short names resolved in the document ("its V3
 * model", "R1", "K2", "V4-Flash" → the family member the document names). A short name is a
 * {@link #contextual} mention: its claims say their model came from context.
 */
final class ModelAnnotator {
    /** A short name: a version token alone, optionally with a variant ("V3", "R1", "K2", "M1", "V4-Flash"). */
    private static final Pattern SHORT = Pattern.compile(
            "(?<![A-Za-z0-9.\\-])([VRKMT]\\d{1,2}(?:\\.\\d{1,2})?)(?:[- ](Pro|Flash|Exp|Thinking|Air|Max|Lite|Plus|Turbo|Mini))?(?![A-Za-z0-9])");
    /** Chinese brand names and the family each is written as in the catalog. */
    private static final Map<String, String> BRANDS = Map.ofEntries(
            Map.entry("盘古", "Pangu"), Map.entry("混元", "Hunyuan"), Map.entry("通义千问", "Qwen"), Map.entry("千问", "Qwen"),
            Map.entry("文心", "ERNIE"), Map.entry("豆包", "Doubao"), Map.entry("星火", "Spark"), Map.entry("九天", "JiuTian"),
            Map.entry("百灵", "Ling"), Map.entry("星辰", "TeleChat"), Map.entry("天工", "Skywork"), Map.entry("日日新", "SenseNova"));
    private static final Pattern BRAND = Pattern.compile(
            "(盘古|混元|通义千问|千问|文心|豆包|星火|九天|百灵|星辰|天工|日日新)(?:一言)?(?:大模型)? ?((?:[A-Za-z]{1,3} ?)?\\d{1,2}(?:\\.\\d{1,2})?)(?:版本?)?");

    private ModelAnnotator() {
    }

    /** First pass: the names every sentence carries on its own (catalog, shape, Chinese brands). */
    static List<Mention> named(DocumentAnnotation doc, int from, int to) {
        List<Mention> ms = doc.catalog.findModels(doc.text, from, to);
        ms = withOrganizations(doc.catalog, brands(doc, from, to, ms));
        return familyMentionsDropped(doc.text, to, ms);
    }

    /** Second pass: short names resolved against the models the whole document names. */
    static List<Mention> withShortNames(DocumentAnnotation doc, int from, int to, List<Mention> ms, Set<Mention> contextual) {
        String t = doc.text;
        StartScan m = new StartScan(SHORT, t, from, to, (x, i, f) -> "VRKMT".indexOf(x.charAt(i)) >= 0 && i + 1 < x.length()
                && x.charAt(i + 1) >= '0' && x.charAt(i + 1) <= '9'
                && StartScan.notGlued(x, i, f, ".-"));
        List<Mention> out = null;
        while (m.find()) {
            boolean covered = false;
            for (Mention x : ms) {
                covered |= x.start() < m.end() && m.start() < x.end();
            }
            if (covered) {
                continue;
            }
            Model base = resolveShort(doc, m.group(1));
            if (base == null) {
                continue;
            }
            Model model = base;
            if (m.group(2) != null) {
                String name = base.name() + "-" + m.group(2);
                model = doc.catalog.resolve(name).orElseGet(() -> new Model(Model.idFor(name), name,
                        base.organization(), base.family(), List.of()));
            }
            if (out == null) {
                out = new ArrayList<>(ms);
            }
            Mention mention = new Mention(model, m.start(), m.end(), false);
            out.add(mention);
            contextual.add(mention);
        }
        if (out == null) {
            return ms;
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * The one model whose name is a brand followed by this token ("V3" → DeepSeek-V3), among the models the
     * document names, then among the catalog's models of the subject's organisation. Null when none or several.
     */
    private static Model resolveShort(DocumentAnnotation doc, String token) {
        String key = ModelCatalog.key(token);
        Model found = null;
        for (Model m : doc.namedModels.values()) {
            if (endsWithToken(m.name(), key)) {
                if (found != null && !found.name().equals(m.name())) {
                    return null;
                }
                found = m;
            }
        }
        if (found != null) {
            return found;
        }
        java.util.Set<String> makers = new java.util.HashSet<>(doc.organizations);
        if (doc.subject != null && doc.subject.organization() != null) {
            makers.add(doc.subject.organization());
        }
        for (Model m : doc.catalog.all()) {
            if (m.organization() != null && makers.contains(m.organization()) && endsWithToken(m.name(), key)) {
                if (found != null) {
                    return null;
                }
                found = m;
            }
        }
        return found;
    }

    private static boolean endsWithToken(String name, String key) {
        String k = ModelCatalog.key(name);
        if (!k.endsWith(key) || k.length() == key.length()) {
            return false;
        }
        String brand = k.substring(0, k.length() - key.length());
        return brand.chars().allMatch(Character::isLetter);
    }

    private static List<Mention> brands(DocumentAnnotation doc, int from, int to, List<Mention> ms) {
        if (!hasCjk(doc.text, from, to)) {
            return ms;
        }
        Matcher b = BRAND.matcher(doc.text).region(from, to);
        List<Mention> out = null;
        while (b.find()) {
            boolean covered = false;
            for (Mention x : ms) {
                covered |= x.start() < b.end() && b.start() < x.end();
            }
            if (covered) {
                continue;
            }
            String family = BRANDS.get(b.group(1));
            String version = b.group(2).replace(" ", "");
            String name = family + (Character.isDigit(version.charAt(0)) && !family.equals("Qwen") ? " " : "") + version;
            Model model = doc.catalog.resolve(name).orElseGet(() -> new Model(Model.idFor(name), name, null, family, List.of()));
            if (out == null) {
                out = new ArrayList<>(ms);
            }
            out.add(new Mention(model, b.start(), b.end(), doc.catalog.resolve(name).isPresent()));
        }
        if (out == null) {
            return ms;
        }
        out.sort((a, c) -> Integer.compare(a.start(), c.start()));
        return out;
    }

    private static boolean hasCjk(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) >= 0x4e00 && t.charAt(i) <= 0x9fff) {
                return true;
            }
        }
        return false;
    }

    /** A model met by its shape takes the organisation its family has in the catalog ("Qwen3-Next-80B" → Alibaba). */
    private static List<Mention> withOrganizations(ModelCatalog catalog, List<Mention> ms) {
        List<Mention> out = null;
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.model().organization() != null || m.model().family() == null) {
                continue;
            }
            Set<String> orgs = new HashSet<>();
            for (Model f : catalog.family(m.model().family())) {
                if (f.organization() != null) {
                    orgs.add(f.organization());
                }
            }
            if (orgs.size() == 1) {
                Model x = m.model();
                if (out == null) {
                    out = new ArrayList<>(ms);
                }
                out.set(i, new Mention(new Model(x.id(), x.name(), orgs.iterator().next(), x.family(), x.aliases()),
                        m.start(), m.end(), m.listed()));
            }
        }
        return out == null ? ms : out;
    }

    /** "the flagship of its Qwen3 family": beside another model, a family named as such is no model. */
    private static List<Mention> familyMentionsDropped(String t, int to, List<Mention> ms) {
        if (ms.size() < 2) {
            return ms;
        }
        List<Mention> kept = new ArrayList<>();
        for (Mention m : ms) {
            String after = t.substring(m.end(), Math.min(to, m.end() + 8)).toLowerCase(Locale.ROOT);
            if (!(after.startsWith(" family") || after.startsWith(" series") || after.startsWith("系列")
                    || after.startsWith(" line"))) {
                kept.add(m);
            }
        }
        Set<String> names = new HashSet<>();
        kept.forEach(m -> names.add(m.model().name()));
        return names.isEmpty() ? ms : kept;
    }
}
