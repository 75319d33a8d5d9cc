package org.specledger.claims.extract;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.specledger.claims.Attributes;
import org.specledger.claims.ValueKind;
import org.specledger.claims.text.StartScan;

/**
 * Training hardware: the accelerator named in a training sentence ("2,048 NVIDIA H800 GPUs", 昇腾, "Ascend 910B
 * chips") and its origin, from explicit words ("without any Nvidia hardware", 国产, "domestically sourced
 * hardware") or else from the chips named (Nvidia's are foreign, Ascend/Kunlunxin/Cambricon/Hygon domestic, both
 * mixed). Hardware for inference or serving only, chips sold or shipped, and a chip named only as the one another
 * derives from ("a version of the H100") are not training hardware.
 */
final class AcceleratorRule implements Rule {
    /** Literal pieces of every "chip named but not used" cue (a cheap test before the expression). */
    private static final String[] NOT_USED_GATE = {"version", "variant", "derived", "based", "modified", "cut-down",
            "successor", "instead", "rather", "than", "not", "unlike", "replac", "such as", "like", "similar", "comparable",
            "equivalent", "rival", "match", "par with", "alternative"};

    @Override
    public void apply(SentenceAnnotation s, ClaimSink out) {
        if (!Cues.any(s.lower, Cues.CHIP_GATE) || !s.has(Cues.TRAINING)) {
            return;
        }
        if (s.has(Cues.INFERENCE_ONLY) && !s.has(Cues.TRAINING_STRICT)) {
            return;
        }
        String st = s.text();
        StartScan m = new StartScan(Cues.CHIP, s.t, s.start, s.end, Cues.CHIP_START);
        SentenceAnnotation.Owner chipOwner = null;
        int chipAt = -1;
        boolean domesticChip = false;
        boolean foreignChip = false;
        while (m.find()) {
            String name = chipName(m);
            int[] c = s.clauseOf(m.start());
            String clause = s.lowerClause(c);
            String before = s.t.substring(Math.max(c[0], m.start() - 30), m.start());
            if (name == null || Cues.SALES.in(clause) || Cues.INFERENCE_CLAUSE.in(clause)
                    || Cues.any(before.toLowerCase(java.util.Locale.ROOT), NOT_USED_GATE)
                    && Cues.CHIP_NOT_USED_BEFORE.in(before)) {
                continue;
            }
            SentenceAnnotation.Owner owner = s.ownerAt(m.start());
            if (owner == null || owner.attribution() == org.specledger.claims.Attribution.SUBJECT
                    && (!Cues.TRAINING_STRICT.in(clause) || s.has(Cues.SALES))) {
                continue; // for the document's subject, the chip's own clause must say it trained
            }
            out.text(s, owner, Attributes.ACCELERATOR_MODEL, ValueKind.TEXT, name, null, m.group(), m.start());
            boolean foreign = isForeign(name);
            foreignChip |= foreign;
            domesticChip |= !foreign;
            if (chipOwner == null) {
                chipOwner = owner;
                chipAt = m.start();
            }
        }
        // origin from explicit words first ("without any Nvidia hardware", 国产, "imported GPUs")
        Matcher dm = Cues.DOMESTIC.matcher(st);
        boolean domestic = Cues.DOMESTIC.mayMatch(s.lower) && dm.find();
        if (domestic && Cues.TARGET_BEFORE.matcher(st).region(Math.max(0, dm.start() - 40), dm.start()).find()) {
            domestic = false; // "a format designed for domestic chips" says what it targets, not what trained it
        }
        if (domestic && s.has(Cues.UNDISCLOSED)) {
            domestic = s.clauseNamesModel(s.start + dm.start());
        }
        String withoutNegated = Cues.NEGATED_FOREIGN.mayMatch(s.lower) ? Cues.NEGATED_FOREIGN.matcher(st).replaceAll(" ") : st;
        Matcher fm = Cues.FOREIGN_EXPLICIT.matcher(withoutNegated);
        boolean foreign = Cues.FOREIGN_EXPLICIT.mayMatch(withoutNegated) && fm.find();
        if (domestic || foreign) {
            SentenceAnnotation.Owner owner = s.ownerAt(s.start + (domestic ? dm.start() : fm.start()));
            if (owner != null) {
                String origin = domestic && foreign ? "mixed" : domestic ? "domestic" : "foreign";
                out.text(s, owner, Attributes.ACCELERATOR_ORIGIN, ValueKind.ENUM, origin, null,
                        domestic ? dm.group() : fm.group(), s.start + (domestic ? dm.start() : fm.start()));
                return;
            }
        }
        if (chipOwner != null && !s.has(Cues.NEGATED_FOREIGN)) {
            String origin = domesticChip && foreignChip ? "mixed" : domesticChip ? "domestic" : "foreign";
            out.text(s, chipOwner, Attributes.ACCELERATOR_ORIGIN, ValueKind.ENUM, origin, null,
                    s.t.substring(chipAt, Math.min(s.end, chipAt + 12)).strip(), chipAt);
        }
    }

    private static boolean isForeign(String chip) {
        return chip.matches("(?:H|A|B|GB)\\d{2,3}");
    }

    /** The chip's name as SPEC_SCHEMA writes it; a bare brand is the brand ("Ascend", "Kunlunxin"). */
    static String chipName(MatchResult m) {
        if (m.group(1) != null || m.group(3) != null) {
            String num = m.group(1) != null ? m.group(2) : m.group(4);
            return num == null ? "Ascend" : "Ascend " + num;
        }
        if (m.group(5) != null) {
            return m.group(5);
        }
        if (m.group(6) != null) {
            return "Kunlunxin " + m.group(6);
        }
        if (m.group(7) != null) {
            return "MLU" + m.group(8);
        }
        if (m.group(9) != null) {
            return "Kunlunxin " + m.group(9);
        }
        if (m.group(10) != null) {
            return m.group(10).replace(" ", "");
        }
        if (m.group(12) != null) {
            return "Hygon " + m.group(12);
        }
        return null;
    }
}
