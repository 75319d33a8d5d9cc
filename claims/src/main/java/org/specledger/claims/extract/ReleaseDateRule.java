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
        boolean releaseWord = Cues.RELEASE.matcher(s.t).region(s.start, s.end).find();
        for (DateMention d : s.dates) {
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
            if (m == null || m.attribution() == org.specledger.claims.Attribution.SUBJECT
                    && !Cues.RELEASE.in(s.lowerClause(c))) {
                continue; // for the document's subject, the release word must be in the date's own clause
            }
            // a date after publication is kept as written (never moved a year back): the temporal flag of the
            // reconciler is the place that says it cannot be a past release
            out.text(s, m, Attributes.RELEASE_DATE, ValueKind.DATE, d.date().iso(), d.date().precision(),
                    ClaimSink.written(s, d.start(), d.end()), d.start());
            return; // one release date a sentence: the first date is the event's
        }
    }
}
