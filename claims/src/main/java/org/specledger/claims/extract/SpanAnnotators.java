package org.specledger.claims.extract;

import org.specledger.claims.dates.Dates;
import org.specledger.claims.numbers.QuantityScanner;

/** The layers that come straight from a finder of their own: quantities, dates, organisation names. */
final class SpanAnnotators {
    private SpanAnnotators() {
    }

    /** Numbers with their scale, bounds and unit ({@link QuantityScanner}). */
    static final Annotator QUANTITIES = s -> s.quantities = QuantityScanner.scan(s.t, s.start, s.end);

    /** Absolute and relative dates, years completed from the publication date ({@link Dates}). */
    static final Annotator DATES = s -> s.dates = Dates.find(s.t, s.start, s.end, s.doc.publishedAt, s.doc.contextYear);

    /** Organisation names from the catalog, by canonical name. */
    static final Annotator ORGANIZATIONS = s -> s.organizations = s.doc.catalog.findOrganizations(s.t, s.start, s.end);
}
