package org.specledger.claims.extract;

import java.util.ArrayList;
import java.util.List;
import org.specledger.claims.Attribution;
import org.specledger.claims.Claim;
import org.specledger.claims.ValueKind;

/**
 * Checks across a document's claims, after every sentence is read. When the extractor is unsure it says less:
 * <ul>
 * <li>a value that a spec-page label or the document's subject gives one attribute, while the prose of the same
 *     document gives that very value to another attribute of the model ("Active Parameters 355B" beside "355
 *     billion total parameters"), is the label's error: the subject claim is dropped;</li>
 * <li>a bound alone ("nearly a trillion", 准万亿) beside an exact figure for the same model and attribute only
 *     rounds it: the bound is dropped.</li>
 * </ul>
 */
final class DocumentChecks {
    private DocumentChecks() {
    }

    static List<Claim> apply(List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            if (c.kind() != ValueKind.NUMBER || !(contradictsProse(c, claims) || roundsAnExactFigure(c, claims))) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean contradictsProse(Claim c, List<Claim> all) {
        if (c.attribution() != Attribution.SUBJECT || c.value() == null) {
            return false;
        }
        for (Claim o : all) {
            if (o != c && o.attribution() != Attribution.SUBJECT && o.kind() == ValueKind.NUMBER && o.value() != null
                    && o.model().equals(c.model()) && !o.attribute().equals(c.attribute())
                    && Math.abs(o.value() - c.value()) <= 1e-6 * Math.abs(c.value())) {
                return true;
            }
        }
        return false;
    }

    private static boolean roundsAnExactFigure(Claim c, List<Claim> all) {
        boolean boundOnly = (c.low() == null) != (c.high() == null);
        if (!boundOnly) {
            return false;
        }
        for (Claim o : all) {
            if (o != c && o.kind() == ValueKind.NUMBER && o.low() == null && o.high() == null && o.value() != null
                    && o.model().equals(c.model()) && o.attribute().equals(c.attribute())) {
                return true;
            }
        }
        return false;
    }
}
