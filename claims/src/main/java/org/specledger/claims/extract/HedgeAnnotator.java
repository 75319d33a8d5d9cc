package org.specledger.claims.extract;

import org.specledger.claims.Hedge;
import org.specledger.claims.hedges.Hedges;

/**
 * The sentence's attribution hedge ("reportedly", 据悉, "people familiar"), weakened by a paragraph-opening frame
 * ("According to people familiar with the matter:" followed by the claims it frames).
 */
final class HedgeAnnotator implements Annotator {
    @Override
    public void annotate(SentenceAnnotation s) {
        DocumentAnnotation doc = s.doc;
        String st = s.text();
        Hedge hedge = Hedges.attribution(st);
        if (doc.frameLive && Hedges.continuesFrame(st)) {
            hedge = SentenceAnnotation.weaker(hedge, doc.frame);
        }
        doc.frameLive = false;
        if (s.sentence.firstInParagraph() && Hedges.opensFrame(st) && Hedges.of(st) != Hedge.STATED) {
            doc.frame = Hedges.of(st);
            doc.frameLive = true;
        }
        s.hedge = hedge;
    }
}
