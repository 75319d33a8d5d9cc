package org.specledger.claims.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.specledger.claims.Attributes;
import org.specledger.claims.Claim;
import org.specledger.claims.FlagKind;
import org.specledger.claims.Hedge;

/**
 * Temporal: dates that cannot be. Dates are compared at the coarser of the two precisions, so "2026-03" is not
 * after an article of 2026-03-10.
 * <ul>
 *   <li>a release date after the date of the article that reports it, unless the quote speaks of the future
 *       ("will", "plans to", "expected", 将, 计划, 预计 …) or the claim is speculative;</li>
 *   <li>a release date before the date of an earlier step claimed for the same model
 *       ({@link #EARLIER_STEPS}: a trial or an announcement).</li>
 * </ul>
 */
final class Chronology {
    /** Attributes of steps that come before a release; the extractor may add them as articles need them. */
    static final List<String> EARLIER_STEPS = List.of("trial_date", "announcement_date");

    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(will|shall|would|plans?|planned|planning|scheduled|expected|expects|set to|slated|upcoming"
                    + "|due to|aims? to|intends? to|is to|are to|later this|next (?:week|month|year))\\b"
                    + "|将|计划|预计|拟|即将|有望|准备");

    private Chronology() {
    }

    static List<Finding> check(ModelView v) {
        List<Finding> out = new ArrayList<>();
        for (Claim c : v.claims(Attributes.RELEASE_DATE)) {
            String article = v.sources().publishedAt(c.documentId());
            if (article == null || c.text() == null || c.hedge() == Hedge.SPECULATIVE
                    || FUTURE.matcher(c.quote()).find()) {
                continue;
            }
            String a = Agreement.isoDate(article);
            if (after(c, a)) {
                out.add(new Finding(FlagKind.TEMPORAL, Attributes.RELEASE_DATE, v.publisher(c)
                        + " reports the release of " + v.model() + " on " + Wording.value(c)
                        + " as past, in an article dated " + a + ": the release date is after the article.",
                        List.of(c.id())));
            }
        }
        for (String step : EARLIER_STEPS) {
            for (Claim r : v.claims(Attributes.RELEASE_DATE)) {
                for (Claim s : v.claims(step)) {
                    if (s.text() != null && r.text() != null && after(s, Agreement.isoDate(r.text()),
                            Agreement.dateLength(r))) {
                        out.add(new Finding(FlagKind.TEMPORAL, Attributes.RELEASE_DATE, v.publisher(r)
                                + " dates the release of " + v.model() + " to " + Wording.value(r) + ", before the "
                                + step.replace("_date", "") + " that " + v.publisher(s) + " dates to "
                                + Wording.value(s) + ".", List.of(r.id(), s.id())));
                    }
                }
            }
        }
        return out;
    }

    private static boolean after(Claim c, String isoOther) {
        return after(c, isoOther, Agreement.precisionLength(null, isoOther));
    }

    /** True when the claim's date is strictly later than {@code isoOther} at the coarser of the two precisions. */
    private static boolean after(Claim c, String isoOther, int otherLength) {
        String d = Agreement.isoDate(c.text());
        int n = Math.min(Math.min(Agreement.dateLength(c), otherLength), Math.min(d.length(), isoOther.length()));
        if (n < 4) {
            return false;
        }
        return d.substring(0, n).compareTo(isoOther.substring(0, n)) > 0;
    }
}
