package org.specledger.claims.extract;

/** Says which attribute of one family a quantity states, or null when it states none of them. */
interface QuantityClassifier {
    String attribute(NumberContext n);
}
