package org.specledger.claims.extract;

/**
 * A relation rule: reads one annotated sentence and puts the claims of its attribute family into the sink
 * (a quantity attached to a model and an attribute, a cue word turned into a value). Rules never change the
 * annotation.
 */
interface Rule {
    void apply(SentenceAnnotation s, ClaimSink out);
}
