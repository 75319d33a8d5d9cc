package org.specledger.claims.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.specledger.claims.Attributes;
import org.specledger.claims.numbers.Quantity;

/**
 * Attaches each quantity of the sentence to an attribute (the first classifier that claims it) and to its owner
 * model ({@link SentenceAnnotation#ownerAt}). Handles what spans several numbers: lists that share an attribute
 * ("32K和256K"), figures a correction takes back, and a "nearly" figure that only rounds an exact one beside it.
 */
final class NumberRule implements Rule {
    private static final List<QuantityClassifier> CLASSIFIERS = List.of(new ContextLengthRule(), new TrainingTokensRule(),
            new TrainingRunRule(), new MemoryRule(), new CostRule(), new ParameterRule());

    private record Pending(SentenceAnnotation.Owner owner, String attribute, Quantity q, double factor) {
    }

    @Override
    public void apply(SentenceAnnotation s, ClaimSink out) {
        List<Quantity> qs = s.quantities;
        String t = s.t;
        String prevAttribute = null;
        Quantity taken = null;
        String takenAttribute = null;
        List<Pending> nearly = new ArrayList<>();
        Set<String> emitted = new HashSet<>();
        boolean skipNext = false;
        for (int k = 0; k < qs.size(); k++) {
            Quantity q = qs.get(k);
            String inherited = prevAttribute;
            prevAttribute = null;
            if (s.usedQuantities.contains(q) || s.insideMention(q.start(), q.end()) || s.insideDate(q) || insideChipName(s, q)
                    || s.insideCitation(q)) {
                continue;
            }
            int prevEnd = k > 0 ? qs.get(k - 1).end() : s.start;
            int nextStart = k + 1 < qs.size() ? qs.get(k + 1).start() : s.end;
            int[] c = s.clauseOf(q.start());
            // bounded by the clause and the neighbouring numbers, never past this number's own span
            int from = Math.min(q.start(), Math.max(Math.max(c[0], prevEnd), q.start() - 40));
            int to = Math.max(q.end(), Math.min(Math.min(c[1], nextStart), q.end() + 40));
            String left = t.substring(from, q.start()).toLowerCase(Locale.ROOT);
            String right = t.substring(q.end(), to).toLowerCase(Locale.ROOT);
            NumberContext n = new NumberContext(s, q, left, right, s.lowerClause(c));
            if (isBaseline(left, right, k + 1 < qs.size() ? qs.get(k + 1) : null, q)) {
                if (left.contains("from") && !Cues.CHANGE.in(s.lowerClause(c))) {
                    skipNext = true; // "sizes from 0.3B to 47B": a family's range, no one model's figure
                    continue;
                }
                prevAttribute = classify(n); // "increased from 128K to 200K": the new figure is of the same kind
                continue;
            }
            if (skipNext) {
                skipNext = false;
                continue;
            }
            String attribute = classify(n);
            if (attribute == null && inherited != null && k > 0 && continuesList(s, qs.get(k - 1), q, inherited)) {
                attribute = inherited; // "32K和256K", "671B parameters, and Kimi K2 has 1T"
            }
            if (s.voided(q.start())) {
                if (attribute != null) {
                    taken = q;
                    takenAttribute = attribute;
                }
                continue; // a figure the sentence takes back
            }
            if (attribute == null && taken != null && q.scaled() && q.value() > taken.value() / 10
                    && q.value() < taken.value() * 10) {
                attribute = takenAttribute; // "put it at 15 trillion tokens; the filing gives 23 trillion"
            }
            if (attribute == null) {
                continue;
            }
            prevAttribute = attribute;
            SentenceAnnotation.Owner m = s.ownerAt(q.start());
            if (m == null) {
                continue;
            }
            double factor = 1;
            if (attribute.equals(Attributes.CONTEXT_LENGTH) && isKiloByLetter(t, q)) {
                factor = 1.024; // "128K" context windows are binary: 131,072 tokens (Qwen3, GLM-4.5 model cards)
            } else if (attribute.equals(Attributes.TRAINING_GPU_HOURS) && q.unit() == org.specledger.claims.numbers.Unit.SECONDS) {
                factor = 1.0 / 3600; // hours written as a duration, read as card-hours
            }
            if (q.approximate() && q.low() == null && q.high() != null) {
                nearly.add(new Pending(m, attribute, q, factor));
                continue;
            }
            emitted.add(m.model().name() + "|" + attribute);
            out.number(s, m, attribute, q, factor);
        }
        // "准万亿参数的……模型，参数规模为7180亿": a "nearly" figure rounds the exact one beside it
        for (Pending p : nearly) {
            if (!emitted.contains(p.owner().model().name() + "|" + p.attribute())) {
                out.number(s, p.owner(), p.attribute(), p.q(), p.factor());
            }
        }
    }

    static String classify(NumberContext n) {
        for (QuantityClassifier c : CLASSIFIERS) {
            String a = c.attribute(n);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /**
     * "Ascend 910B accelerators" is no count of 910 billion: a number right after a chip brand is part of the
     * chip's name (a letter-led name such as H800 never starts a quantity). A look behind, not a regex scan,
     * because it runs for every number.
     */
    static boolean insideChipName(SentenceAnnotation s, Quantity q) {
        int k = q.start();
        if (k > s.start && s.t.charAt(k - 1) == ' ') {
            k--;
        }
        String before = s.t.substring(Math.max(s.start, k - 8), k);
        return before.endsWith("Ascend") || before.endsWith("昇腾") || before.endsWith("MLU")
                || before.endsWith("Atlas") || before.endsWith("Kunlun") || before.endsWith("CloudMatrix");
    }

    /**
     * Whether q continues a list the previous number started: joined by a conjunction ("32K和256K",
     * "128K or 256K"), or, for parameter counts, a parallel clause ("…671B parameters, and Kimi K2 has 1T").
     */
    private static boolean continuesList(SentenceAnnotation s, Quantity prev, Quantity q, String attribute) {
        if (prev.end() > q.start()) {
            return false;
        }
        String between = s.t.substring(prev.end(), q.start()).toLowerCase(Locale.ROOT);
        if (between.matches(",? ?(?:and|or|和|或|与|及|/|、|to) ?") && (prev.unit() == q.unit()
                || between.strip().equals("to") && prev.unit() != org.specledger.claims.numbers.Unit.CURRENCY)) {
            return !attribute.equals(Attributes.TRAINING_ACCELERATORS);
        }
        boolean params = attribute.equals(Attributes.TOTAL_PARAMETERS) || attribute.equals(Attributes.ACTIVE_PARAMETERS);
        return params && q.scaled() && q.value() >= 1e8 && q.value() <= 1e14 && between.length() <= 40
                && between.matches("(?: [a-z]+)?,? (?:and|while|whereas) [^,;]{1,30} (?:has|have|having|is at|at|with|containing|contains) ");
    }

    /** Literal pieces of every baseline cue (a cheap test before the expression). */
    private static final String[] BASELINE_GATE = {"from", "than", "compar", "vs", "versus", "instead", "rather",
            "previous", "predecessor", "usual", "similar", "equivalent", "akin", "close", "相比", "比", "此前", "上一代", "从"};

    /** "from the usual 96 GB to 72 GB", "up from 64K", "than 128 GB": a number said to compare against. */
    private static boolean isBaseline(String left, String right, Quantity next, Quantity q) {
        if (Cues.any(left, BASELINE_GATE) && Cues.BASELINE_BEFORE.in(left)) {
            return true;
        }
        return next != null && next.unit() == q.unit() && Cues.TO_AFTER.in(right) && left.contains("from");
    }

    private static boolean isKiloByLetter(String t, Quantity q) {
        int k = q.start();
        while (k < q.end() && (Character.isDigit(t.charAt(k)) || t.charAt(k) == '.')) {
            k++;
        }
        return k < q.end() && (t.charAt(k) == 'K' || t.charAt(k) == 'k');
    }
}
