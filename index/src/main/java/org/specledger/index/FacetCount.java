package org.specledger.index;

/** A facet value and how many matching documents have it. */
public record FacetCount(String value, long count) {
}
