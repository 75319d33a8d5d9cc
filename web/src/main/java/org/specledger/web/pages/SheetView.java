package org.specledger.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.specledger.claims.Attributes;
import org.specledger.db.ClaimView;
import org.specledger.web.server.Links;
import org.specledger.web.sheet.Spec;
import org.specledger.web.sheet.SpecSheet;
import org.specledger.web.sheet.Units;

/** The spec sheet page: the assembled sheet and its "first reported" timeline. */
public record SheetView(SpecSheet sheet, Timeline timeline) {

    /** The fact sheet formats the download menu offers (served by the API's exports). */
    public static final List<String> FORMATS = List.of("md", "csv", "json", "pdf");

    public static SheetView of(SpecSheet sheet) {
        List<Timeline.Input> inputs = new ArrayList<>();
        for (Spec s : sheet.specs()) {
            for (ClaimView c : s.claims()) {
                String who = c.publisher() == null ? "unknown publisher" : c.publisher();
                inputs.add(new Timeline.Input(label(s.attribute()), "#" + Links.attributeAnchor(s.attribute()),
                        c.publishedAt(), "#sheet-claim-" + c.claim().id(),
                        who + ", " + (c.publishedAt() == null ? "undated" : c.publishedAt()) + ": "
                                + Units.format(c.claim()) + " (" + c.claim().hedge().json() + ")"));
            }
        }
        return new SheetView(sheet, Timeline.of(inputs));
    }

    /** "Total parameters" for total_parameters, "Benchmark: mmlu" for benchmark:mmlu. */
    public static String label(String attribute) {
        if (Attributes.isBenchmark(attribute)) {
            return "Benchmark: " + attribute.substring(Attributes.BENCHMARK_PREFIX.length());
        }
        String s = attribute.replace('_', ' ');
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** The readable spread of claimed numbers, or "" when all claims agree or it is not a number. */
    public static String spread(Spec s) {
        var c = s.consensus();
        if (c == null || c.spreadLow() == null || c.spreadHigh() == null || c.spreadLow().equals(c.spreadHigh())) {
            return "";
        }
        return Units.format(s.attribute(), null, c.spreadLow(), c.spreadHigh(), null, null);
    }

    /** True when the claim agrees with the consensus value (or when no supporting claims are recorded). */
    public static boolean supports(Spec s, long claimId) {
        return s.consensus() == null || s.consensus().supportingClaimIds().isEmpty()
                || s.consensus().supportingClaimIds().contains(claimId);
    }
}
