package org.specledger.claims.extract;

/**
 * One layer of the annotation: reads the sentence (and what earlier layers and sentences put on the document)
 * and adds its own spans. Annotators run in the order {@link ClaimExtractor} lists them; none emits a claim.
 */
interface Annotator {
    void annotate(SentenceAnnotation s);
}
