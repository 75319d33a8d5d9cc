package org.specledger.claims.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An exhaustive gold ledger in the shape of {@code ../shared/bench/claims-real/gold.json}: every claim a careful
 * analyst records from each document, and the traps a naive extractor falls into. Parsing the JSON is the
 * caller's job (this module does no I/O); see {@link ExhaustiveScorer} for how it is scored.
 *
 * @param models    gold model id → its aliases
 * @param documents gold document id → its file and language, in the gold file's order
 * @param claims    the gold claims
 * @param traps     the {@code wrong} list: claims that must not be recorded
 */
public record ExhaustiveGold(Map<String, GoldModel> models, Map<String, GoldDocument> documents, List<Item> claims,
                             List<Item> traps) {

    public ExhaustiveGold {
        models = Map.copyOf(models);
        documents = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(documents));
        claims = List.copyOf(claims);
        traps = List.copyOf(traps);
    }

    /** A gold model: its id (itself a name to match) and aliases. */
    public record GoldModel(String id, String organization, List<String> aliases) {
        public GoldModel {
            Objects.requireNonNull(id, "id");
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    /**
     * A gold document.
     *
     * @param file the file name as the gold gives it (claims-real gives it without extension)
     * @param lang a language code such as {@code en} or {@code zh}; "?" when the gold gives none
     */
    public record GoldDocument(String id, String file, String lang, String title) {
        public GoldDocument {
            Objects.requireNonNull(id, "id");
            lang = lang == null || lang.isBlank() ? "?" : lang;
        }
    }

    /**
     * One gold claim or trap.
     *
     * @param models    the gold model ids it may name (any of them counts); empty for a trap that names none,
     *                  which any model takes
     * @param value     a Double, Boolean or String; null when only {@code low}/{@code high} are given
     * @param tolerance relative tolerance for numbers (the gold's {@code tol}, default {@link ExhaustiveScorer#DEFAULT_TOLERANCE})
     * @param precision day, month or year for dates, or null
     * @param why       for a trap, why it is wrong; null for a gold claim
     */
    public record Item(String id, String doc, List<String> models, String attribute, Object value, Double low,
                       Double high, double tolerance, String precision, String quote, String why) {
        public Item {
            Objects.requireNonNull(doc, "doc");
            Objects.requireNonNull(attribute, "attribute");
            models = models == null ? List.of() : List.copyOf(models);
        }

        /** The value as a reader sees it: the value, or the bounds as {@code [low, high]}. */
        public String describeValue() {
            if (value != null) {
                return value instanceof Double d ? ExhaustiveReport.number(d) : String.valueOf(value);
            }
            return "[" + (low == null ? "" : ExhaustiveReport.number(low)) + ", "
                    + (high == null ? "" : ExhaustiveReport.number(high)) + "]";
        }
    }
}
