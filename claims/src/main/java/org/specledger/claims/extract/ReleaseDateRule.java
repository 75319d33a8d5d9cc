package org.specledger.claims.extract;

import org.specledger.claims.Attributes;
import org.specledger.claims.ValueKind;
import org.specledger.claims.dates.DateMention;

/**
 * Release dates: the first date of a sentence that speaks of a release ("released on 3 March", 9月1日…正式发布),
 * or a date right after an arrival verb in its clause ("First came V3.1 on August 21"). A knowledge cutoff or a
 * data date is not a release.
 */
final class ReleaseDateRule implements Rule {
    @Override
    public void apply(SentenceAnnotation s, ClaimSink out) {
        if (s.dates.isEmpty()) {
            return;
        }
        // release words of the sentence: with several dates, the one closest to a release word is the release's
        // ("… 2025年11月10日 18:30 来源 … 11月6日，月之暗面发布…": a byline's date is not the event's)
        java.util.List<Integer> cues = new java.util.ArrayList<>();
        if (Cues.RELEASE.mayMatch(s.lower)) {
            java.util.regex.Matcher r = Cues.RELEASE.matcher(s.t).region(s.start, s.end);
            while (r.find()) {
                cues.add(r.start());
            }
        }
        boolean releaseWord = !cues.isEmpty();
        java.util.List<DateMention> dates = s.dates;
        if (dates.size() > 1 && releaseWord) {
            dates = new java.util.ArrayList<>(dates);
            dates.sort(java.util.Comparator.comparingInt(d -> distance(d, cues)));
        }
        for (DateMention d : dates) {
            int[] c = s.clauseOf(d.start());
            if (!releaseWord && !Cues.RELEASE_ARRIVAL.matcher(s.t).region(c[0], d.start()).find()) {
                continue;
            }
            if (s.voided(d.start()) || Cues.NOT_RELEASE.in(s.lowerClause(c))) {
                continue;
            }
            if (!s.clauses.isEmpty() && c[0] == s.clauses.get(0)[0] && s.has(Cues.RECENTLY)) {
                continue; // "5月30日，记者了解到，近日华为推出…": the dateline dates the report; the release was "recently"
            }
            SentenceAnnotation.Owner m = s.ownerAt(d.start());
            if (m == null && s.subject != null) {
                m = new SentenceAnnotation.Owner(s.subject, s.subjectAttribution);
            }
            if (m == null && c[0] == s.start && s.t.substring(c[0], c[1]).strip().length() <= d.end() - d.start() + 2) {
                m = s.ownerAt(Math.min(s.end - 1, c[1] + 1)); // "11月20日，华为发布盘古5.5，……": a dateline clause dates the next
            }
            if (m == null || m.attribution() == org.specledger.claims.Attribution.SUBJECT
                    && !Cues.RELEASE.in(s.lowerClause(c))) {
                continue; // for the document's subject, the release word must be in the date's own clause
            }
            // a date after publication is kept as written (never moved a year back): the temporal flag of the
            // reconciler is the place that says it cannot be a past release
            out.text(s, m, Attributes.RELEASE_DATE, ValueKind.DATE, d.date().iso(), d.date().precision(),
                    ClaimSink.written(s, d.start(), d.end()), d.start());
            return; // one release date a sentence
        }
    }

    private static int distance(DateMention d, java.util.List<Integer> cues) {
        int best = Integer.MAX_VALUE;
        for (int c : cues) {
            best = Math.min(best, c >= d.end() ? c - d.end() : Math.max(0, d.start() - c));
        }
        return best;
    }
}
