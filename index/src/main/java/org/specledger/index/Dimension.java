package org.specledger.index;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The facet dimensions of a search: the keys of {@link SearchRequest#filters()} and
 * {@link SearchResult#facets()}. Most are also query-box fields ({@code model:}, {@code org:} …).
 */
public enum Dimension {
    /** Canonical model names the document has claims about. */
    MODEL("model"),
    /** Organisations of those models. */
    ORG("org"),
    /** Attributes claimed ({@code context_length}, {@code benchmark:mmlu} …). */
    ATTRIBUTE("attribute"),
    /** The document's publisher. */
    PUBLISHER("publisher"),
    /** The year of publication ("2026"). */
    YEAR("year"),
    /** Hedges of the document's claims ({@code stated}, {@code reported}, {@code rumoured}, {@code speculative}). */
    HEDGE("hedge"),
    /** "true" when one of the document's claims is flagged, else "false". */
    FLAGGED("flagged"),
    /** Primary language subtag ("en", "zh"). */
    LANG("lang");

    private final String key;

    Dimension(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Dimension> byKey(String key) {
        String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.key.equals(k)).findFirst();
    }

    /** "model, org, …" for messages. */
    public static String keys() {
        return Arrays.stream(values()).map(Dimension::key).collect(Collectors.joining(", "));
    }
}
