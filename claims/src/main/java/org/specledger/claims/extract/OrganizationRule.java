package org.specledger.claims.extract;

import java.util.regex.Matcher;
import org.specledger.claims.Attribution;
import org.specledger.claims.Attributes;
import org.specledger.claims.Model;
import org.specledger.claims.ValueKind;
import org.specledger.claims.models.Mention;
import org.specledger.claims.models.OrganizationMention;

/**
 * Who made a model, only where the text says so: "Zhipu's GLM-4.5", 智谱的GLM-4.5, "Moonshot AI released Kimi K2",
 * "GLM-4.5, developed by Zhipu", "Kimi K2 模型由月之暗面发布", a maker speaking of its model ("MiniMax says …
 * MiniMax-M1"), an organisation's family ("Alibaba's Qwen3 family … Qwen3-30B-A3B"), and, in a sentence naming no
 * model, a maker verb with the subject's own maker ("a new model from DeepSeek"). Naming both is not enough.
 */
final class OrganizationRule implements Rule {
    @Override
    public void apply(SentenceAnnotation s, ClaimSink out) {
        for (OrganizationMention o : s.organizations) {
            if (s.insideMention(o.start(), o.end()) || chipFollows(s, o.end())) {
                continue;
            }
            SentenceAnnotation.Owner target = madeBy(s, o);
            if (target == null) {
                Model m = familyMember(s, o);
                target = m == null ? null : new SentenceAnnotation.Owner(m, Attribution.EXPLICIT);
            }
            if (target == null) {
                target = spokenOf(s, o);
            }
            if (target == null && s.mentions.isEmpty() && s.subject != null && o.organization().equals(s.subject.organization())
                    && makesUnnamedModel(s, o)) {
                target = new SentenceAnnotation.Owner(s.subject, s.subjectAttribution);
            }
            if (target != null) {
                out.text(s, target, Attributes.ORGANIZATION, ValueKind.TEXT, o.organization(), null,
                        s.t.substring(o.start(), o.end()), o.start());
            }
        }
    }

    /** "a new model from DeepSeek", "DeepSeek released its V3 model": the maker of a model the sentence leaves unnamed. */
    private static boolean makesUnnamedModel(SentenceAnnotation s, OrganizationMention o) {
        String before = s.t.substring(Math.max(s.start, o.start() - 40), o.start()).toLowerCase(java.util.Locale.ROOT);
        String after = s.t.substring(o.end(), Math.min(s.end, o.end() + 40)).toLowerCase(java.util.Locale.ROOT);
        return Cues.MODEL_FROM_BEFORE.in(before) || Cues.ORG_MADE_AFTER.matcher(after).lookingAt();
    }

    private static SentenceAnnotation.Owner madeBy(SentenceAnnotation s, OrganizationMention o) {
        for (Mention m : s.mentions) {
            Attribution how = s.contextual.contains(m) ? Attribution.CONTEXT : Attribution.EXPLICIT;
            if (m.start() >= o.end()) {
                String between = s.t.substring(o.end(), m.start());
                if (between.length() <= 7 && between.matches("|'s |' |s' |’s | |的| says | said ")) {
                    return new SentenceAnnotation.Owner(m.model(), how);
                }
                if (between.length() <= 120 && Cues.MAKER.in(between) && !s.anotherNameBetween(o.end(), m.start())) {
                    return new SentenceAnnotation.Owner(m.model(), how);
                }
            } else if (m.end() <= o.start() && o.start() - m.end() <= 120) {
                String between = s.t.substring(m.end(), o.start());
                if (between.length() <= 40 && between.matches(",? (?:which|that) ") && Cues.MAKER_CLAUSE.matcher(
                        s.t.substring(o.end(), Math.min(s.end, o.end() + 30))).lookingAt()) {
                    return new SentenceAnnotation.Owner(m.model(), how); // "DeepSeek-V3, which DeepSeek released in …"
                }
                if (Cues.MAKER_AFTER.in(between) && !s.anotherNameBetween(m.end(), o.start())) {
                    return new SentenceAnnotation.Owner(m.model(), how);
                }
            }
        }
        return null;
    }

    /**
     * "Qwen3-30B-A3B, the small MoE in Alibaba's Qwen3 family", "Ant Group's Ling family also includes
     * Ling-flash-2.0": the organisation's family holds the one model of that family the sentence names.
     */
    private static Model familyMember(SentenceAnnotation s, OrganizationMention o) {
        Matcher f = Cues.ORG_FAMILY.matcher(s.t).region(o.end(), Math.min(s.end, o.end() + 30));
        if (!f.lookingAt()) {
            return null;
        }
        String family = f.group(1);
        Model only = null;
        for (Mention m : s.mentions) {
            String mf = m.model().family();
            if (mf != null && m.model().name().regionMatches(true, 0, family, 0, family.length())
                    && !m.model().name().equalsIgnoreCase(family) && mf.regionMatches(true, 0, family, 0, mf.length())) {
                if (only != null && !only.name().equals(m.model().name())) {
                    return null;
                }
                only = m.model();
            }
        }
        return only;
    }

    /**
     * "MiniMax says the reinforcement-learning phase of MiniMax-M1 …", 华为方面介绍，盘古Ultra MoE…: a maker
     * speaking about the next model the sentence names, when that model is the maker's own (the catalog's
     * organisation, or a name that starts with the maker's).
     */
    private static SentenceAnnotation.Owner spokenOf(SentenceAnnotation s, OrganizationMention o) {
        Matcher v = Cues.SPEAKS.matcher(s.t).region(o.end(), Math.min(s.end, o.end() + 16));
        if (!v.lookingAt()) {
            return null;
        }
        for (Mention m : s.mentions) {
            if (m.start() < v.end()) {
                continue;
            }
            if (m.start() - v.end() > 80 || s.anotherNameBetween(v.end(), m.start())) {
                return null;
            }
            String maker = m.model().organization();
            boolean own = maker != null ? maker.equals(o.organization())
                    : m.model().name().regionMatches(true, 0, s.t, o.start(), o.end() - o.start());
            return own ? new SentenceAnnotation.Owner(m.model(), s.contextual.contains(m) ? Attribution.CONTEXT
                    : Attribution.EXPLICIT) : null;
        }
        return null;
    }

    private static boolean chipFollows(SentenceAnnotation s, int pos) {
        String after = s.t.substring(pos, Math.min(s.end, pos + 12));
        return after.matches("^(?:'s)? ?(?:Ascend|昇腾|Kunlun|昆仑|chips?|GPUs?|NPUs?|hardware|accelerators?|cloud|芯片).*");
    }
}
