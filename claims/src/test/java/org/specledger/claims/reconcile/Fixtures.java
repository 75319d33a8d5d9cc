package org.specledger.claims.reconcile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.specledger.claims.Attributes;
import org.specledger.claims.Claim;
import org.specledger.claims.Hedge;
import org.specledger.claims.ValueKind;

/** Claims and documents built by hand for the reconciliation tests. */
final class Fixtures {
    private Fixtures() {
    }

    static DocInfo doc(long id, String publisher, String publishedAt) {
        return new DocInfo(id, "https://" + publisher.toLowerCase().replaceAll("[^a-z]", "") + ".example/a/" + id,
                null, publisher, publishedAt, "Report number " + id + " from " + publisher + ".");
    }

    static Claim number(long id, long doc, String model, String attribute, Double value) {
        return number(id, doc, model, attribute, value, null, null, Hedge.STATED);
    }

    static Claim number(long id, long doc, String model, String attribute, Double value, Double low, Double high,
                        Hedge hedge) {
        return Claim.number(model, attribute, value, low, high, null, model + " " + attribute + " claim " + id, 0, 1,
                hedge).withIds(id, doc);
    }

    static Claim text(long id, long doc, String model, String attribute, String text) {
        return text(id, doc, model, attribute, text, null, model + " " + attribute + " claim " + id);
    }

    static Claim text(long id, long doc, String model, String attribute, String text, String precision, String quote) {
        ValueKind kind = Attributes.isKnown(attribute) ? Attributes.kindOf(attribute) : ValueKind.DATE;
        return Claim.textual(model, attribute, kind, text, precision, null, quote, 0, 1, Hedge.STATED)
                .withIds(id, doc);
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A light rewrite of a text: a few words swapped, a sentence appended, as a syndicating site would do. */
    static String lightlyEdited(String original) {
        return original.replace("on Tuesday", "this week").replace("told reporters", "said")
                .replace("Analysts at several brokerages", "Several analysts").replace("impressive", "remarkable")
                + "\n\nThis story has been edited for length.";
    }
}
