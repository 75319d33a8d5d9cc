package org.specledger.claims.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.specledger.claims.Attributes;
import org.specledger.claims.ValueKind;
import org.specledger.claims.models.Mention;

/**
 * Open weights from cue words ("open-weight", "under the MIT licence", 开源, "closed beta", "API only"), each
 * turned by a negation just before it in its clause ("is not open-sourced", 没有开源 → false). A cue whose clause
 * names no model covers every model a sentence lists ("six dense models are open-sourced too, including …") unless
 * the sentence compares. A model whose cues disagree gets nothing: the negation's scope is unclear.
 */
final class OpenWeightsRule implements Rule {
    @Override
    public void apply(SentenceAnnotation s, ClaimSink out) {
        if (!Cues.any(s.lower, Cues.OPEN_GATE)) {
            return;
        }
        String st = s.text();
        List<int[]> cues = new ArrayList<>(); // start, end, value (1 true, 0 false), relative to st
        Matcher f = Cues.OPEN_FALSE.matcher(st);
        while (f.find()) {
            if (Cues.OPEN_CLASS_AFTER.matcher(s.t.substring(s.start + f.end(), Math.min(s.end, s.start + f.end() + 24))).lookingAt()) {
                continue; // "leading proprietary models" names a class
            }
            cues.add(new int[] {f.start(), f.end(), s.negatedAt(s.start + f.start()) ? 1 : 0});
        }
        Matcher tr = Cues.OPEN_TRUE.matcher(st);
        while (tr.find()) {
            String after = s.t.substring(s.start + tr.end(), Math.min(s.end, s.start + tr.end() + 6));
            String before = s.t.substring(Math.max(s.start, s.start + tr.start() - 10), s.start + tr.start());
            if (after.contains("模型中") || after.startsWith(" models") && !before.endsWith("the ")
                    || before.endsWith("among ") || Cues.OPEN_QUESTION_BEFORE.in(before)
                    || Cues.OPEN_CLASS_BEFORE.in(before)
                    || Cues.OPEN_NOT_WEIGHTS_AFTER.matcher(s.t.substring(s.start + tr.end(), Math.min(s.end, s.start + tr.end() + 24))).lookingAt() || Cues.OPEN_CLASS_AFTER.matcher(
                            s.t.substring(s.start + tr.end(), Math.min(s.end, s.start + tr.end() + 24))).lookingAt()) {
                continue; // "one of the longest among open-source models" classes, it does not state
            }
            boolean insideFalse = false;
            for (int[] c : cues) {
                insideFalse |= c[2] == 0 && tr.start() < c[1] && c[0] < tr.end();
            }
            if (!insideFalse) {
                cues.add(new int[] {tr.start(), tr.end(), s.negatedAt(s.start + tr.start()) ? 0 : 1});
            }
        }
        cues.sort((x, y) -> Integer.compare(x[0], y[0]));
        Map<String, int[]> byModel = new LinkedHashMap<>();
        Map<String, SentenceAnnotation.Owner> owners = new HashMap<>();
        for (int[] c : cues) {
            if (s.voided(s.start + c[0])) {
                continue;
            }
            List<SentenceAnnotation.Owner> targets = new ArrayList<>();
            SentenceAnnotation.Owner m = s.ownerAt(s.start + c[0]);
            if (m != null) {
                targets.add(m);
            } else if (!s.clauseNamesModel(s.start + c[0]) && !s.has(Cues.COMPARISON_ANY)) {
                for (Mention x : s.mentions) {
                    targets.add(new SentenceAnnotation.Owner(x.model(), s.contextual.contains(x)
                            ? org.specledger.claims.Attribution.CONTEXT : org.specledger.claims.Attribution.EXPLICIT));
                }
            }
            for (SentenceAnnotation.Owner o : targets) {
                owners.putIfAbsent(o.model().name(), o);
                int[] first = byModel.putIfAbsent(o.model().name(), c.clone());
                if (first != null && first[2] != c[2]) {
                    first[2] = -1; // cues disagree: say nothing
                }
            }
        }
        for (Map.Entry<String, int[]> e : byModel.entrySet()) {
            int[] c = e.getValue();
            if (c[2] < 0) {
                continue;
            }
            out.text(s, owners.get(e.getKey()), Attributes.OPEN_WEIGHTS, ValueKind.BOOLEAN, String.valueOf(c[2] == 1),
                    null, st.substring(c[0], c[1]), s.start + c[0]);
        }
    }
}
