package org.specledger.web.pages;

import java.util.List;
import java.util.Set;
import org.specledger.claims.Document;
import org.specledger.db.ClaimView;
import org.specledger.db.DocumentDates;
import org.specledger.db.DocumentRepository.Revision;

/**
 * One document's page: its text with the claims highlighted, the claims in a side list, its metadata, its
 * revisions and its syndication group.
 *
 * @param flagged     ids of this document's claims that a flag rests on
 * @param syndication the other documents of its syndication group (itself excluded)
 * @param dates       how its dates were found (modified date, confidence, disagreeing sources, original), or null
 */
public record DocumentView(Document document, HighlightedText text, List<ClaimView> claims, Set<Long> flagged,
                           List<Revision> revisions, List<Member> syndication, DocumentDates dates) {

    public DocumentView(Document document, HighlightedText text, List<ClaimView> claims, Set<Long> flagged,
                        List<Revision> revisions, List<Member> syndication) {
        this(document, text, claims, flagged, revisions, syndication, null);
    }

    /** The confidence in the publication date as a percentage, or null when none is recorded. */
    public Integer dateConfidencePercent() {
        return dates == null || dates.confidence() <= 0 || document.publishedAt() == null ? null
                : (int) Math.round(dates.confidence() * 100);
    }

    /** A copy of the same story elsewhere. */
    public record Member(long id, String title, String publisher, String publishedAt, String url) {
    }

    /** True when this version has been replaced by a newer fetch of the same URL. */
    public boolean superseded() {
        return revisions.stream().anyMatch(r -> r.id() == document.id() && r.supersededAt() != null);
    }
}
