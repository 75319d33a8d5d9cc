package org.specledger.claims;

import java.util.Objects;

/**
 * One claimed spec: document D states that model M has attribute A = V, with the sentence that says it.
 * Claims are never merged or overwritten; consensus and flags are computed over them (SPEC_SCHEMA.md).
 *
 * <p>The value is held by kind: a {@link ValueKind#NUMBER} in {@code value} (canonical unit) with optional
 * {@code low}/{@code high} bounds; every other kind as a string in {@code text} (ISO date, "true"/"false",
 * enum word, free text), with {@code precision} for dates.
 *
 * @param id         database id, 0 until stored
 * @param documentId the document that states it, 0 until stored
 * @param model      the canonical model name (as in the alias list), never blank
 * @param attribute  a SPEC_SCHEMA attribute or {@code benchmark:<name>}
 * @param start      offset of the quote's first char in the document's stored text
 * @param end        offset just past the quote's last char in the stored text
 * @param attribution how the model was decided: named in the clause, resolved from context, or the document's subject
 */
public record Claim(
        long id,
        long documentId,
        String model,
        String attribute,
        ValueKind kind,
        Double value,
        Double low,
        Double high,
        String text,
        String precision,
        String unitText,
        String quote,
        int start,
        int end,
        Hedge hedge,
        Attribution attribution) {

    public Claim {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(hedge, "hedge");
        attribution = attribution == null ? Attribution.EXPLICIT : attribution;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** A claim whose model was named in its clause ({@link Attribution#EXPLICIT}). */
    public Claim(long id, long documentId, String model, String attribute, ValueKind kind, Double value, Double low,
                 Double high, String text, String precision, String unitText, String quote, int start, int end,
                 Hedge hedge) {
        this(id, documentId, model, attribute, kind, value, low, high, text, precision, unitText, quote, start, end,
                hedge, Attribution.EXPLICIT);
    }

    /** A numeric claim; {@code value} may be null when only a bound is known. */
    public static Claim number(String model, String attribute, Double value, Double low, Double high,
                               String unitText, String quote, int start, int end, Hedge hedge) {
        return new Claim(0, 0, model, attribute, ValueKind.NUMBER, value, low, high, null, null, unitText,
                quote, start, end, hedge);
    }

    /** A claim whose value is a string (date, boolean, enum, text), as its kind says. */
    public static Claim textual(String model, String attribute, ValueKind kind, String text, String precision,
                                String unitText, String quote, int start, int end, Hedge hedge) {
        return new Claim(0, 0, model, attribute, kind, null, null, null, text, precision, unitText,
                quote, start, end, hedge);
    }

    public Claim withIds(long newId, long newDocumentId) {
        return new Claim(newId, newDocumentId, model, attribute, kind, value, low, high, text, precision, unitText,
                quote, start, end, hedge, attribution);
    }

    public Claim withModel(String newModel) {
        return new Claim(id, documentId, newModel, attribute, kind, value, low, high, text, precision, unitText,
                quote, start, end, hedge, attribution);
    }

    public Claim withAttribution(Attribution newAttribution) {
        return new Claim(id, documentId, model, attribute, kind, value, low, high, text, precision, unitText,
                quote, start, end, hedge, newAttribution);
    }

    /** The value as JSON would carry it: a Double, a Boolean, or a String. */
    public Object jsonValue() {
        return switch (kind) {
            case NUMBER -> value;
            case BOOLEAN -> text == null ? null : Boolean.valueOf(text);
            default -> text;
        };
    }
}
