package org.specledger.claims.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Clause structure: the sentence cut at commas, semicolons, brackets and contrast words ("while", "whereas",
 * "but"); the stretches a correction takes back ("…230亿，有误", "earlier reports put it at …; the filing says");
 * and the clauses that speak of a what-if ("would take 191 days on B200s", 假如), which own no claim.
 */
final class ClauseAnnotator implements Annotator {
    private static final String[] CUT_WORDS = {" while ", " whereas ", " but ", " compared with ", " compared to ",
            " versus ", " vs. ", " vs ", " respectively"};

    @Override
    public void annotate(SentenceAnnotation s) {
        s.clauses = clauses(s.t, s.start, s.end);
        s.voids = voids(s);
        s.comparisons = hypotheticals(s);
    }

    static List<int[]> clauses(String t, int from, int to) {
        List<int[]> cs = new ArrayList<>();
        int a = from;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            boolean cut = false;
            if ((c == ',' || c == ';' || c == '，') && !(i > from && i + 1 < to && Character.isDigit(t.charAt(i - 1))
                    && Character.isDigit(t.charAt(i + 1)))) {
                cut = true;
            } else if (c == '(' || c == ')' || c == '、' || c == '；' || c == '（' || c == '）' || c == '。'
                    || c == '|' || c == '—' || (c == '-' || c == '–') && i > from && t.charAt(i - 1) == ' '
                    && i + 1 < to && t.charAt(i + 1) == ' ') {
                cut = true;
            } else if (c == ' ') {
                for (String w : CUT_WORDS) {
                    if (t.startsWith(w, i)) {
                        cut = true;
                        break;
                    }
                }
            }
            if (cut) {
                if (i > a) {
                    cs.add(new int[] {a, i});
                }
                a = i + 1;
            }
        }
        if (to > a) {
            cs.add(new int[] {a, to});
        }
        return cs;
    }

    /** The stretches a correction takes back, {start, end} pairs of absolute offsets. */
    private static List<int[]> voids(SentenceAnnotation s) {
        if (!Cues.any(s.lower, Cues.CORRECTION_GATE)) {
            return List.of();
        }
        String st = s.text();
        List<int[]> out = new ArrayList<>();
        Matcher r = Cues.REFUTED.matcher(st);
        while (r.find()) {
            int a = r.start();
            while (a > 0 && ";；:：".indexOf(st.charAt(a - 1)) < 0) {
                a--;
            }
            out.add(new int[] {s.start + a, s.start + r.start()});
        }
        Matcher p = Cues.SUPERSEDED.matcher(st);
        if (p.find()) {
            int e = p.end();
            while (e < st.length() && ";；".indexOf(st.charAt(e)) < 0) {
                e++;
            }
            if (e < st.length() - 2) {
                out.add(new int[] {s.start + p.start(), s.start + e});
            }
        }
        return out;
    }

    /** Clauses stating a what-if: from the cue to the end of its clause, and the clause before a "would". */
    private static List<int[]> hypotheticals(SentenceAnnotation s) {
        if (!Cues.any(s.lower, Cues.HYPOTHETICAL_GATE)) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        for (int[] c : s.clauses) {
            if (Cues.HYPOTHETICAL.in(s.lowerClause(c))) {
                out.add(c);
            }
        }
        return out;
    }
}
