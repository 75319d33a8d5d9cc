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

/**
 * The spec sheet page: the assembled sheet and its "first reported" timeline.
 *
 * @param expanded the attribute whose claims are all listed ({@code ?attribute=}), or null: every other attribute
 *                 lists its first {@value #CLAIMS_PER_SPEC} claims and links to the rest
 */
public record SheetView(SpecSheet sheet, Timeline timeline, String expanded) {

    /** The fact sheet formats the download menu offers (served by the API's exports). */
    public static final List<String> FORMATS = List.of("md", "csv", "json", "pdf");
    /**
     * Claims listed under an attribute unless it is the expanded one. On the load bench's corpus a model had
     * 1,286 claims and its sheet was a 1.1 MB page rendered again after every write that named the model.
     */
    public static final int CLAIMS_PER_SPEC = 10;

    public static SheetView of(SpecSheet sheet) {
        return of(sheet, null);
    }

    /** The sheet with every claim of {@code expanded} listed (null: none). */
    public static SheetView of(SpecSheet sheet, String expanded) {
        List<Timeline.Input> inputs = new ArrayList<>();
        String id = sheet.model().id();
        for (Spec s : sheet.specs()) {
            String label = label(s.attribute());
            String rowHref = "#" + Links.attributeAnchor(s.attribute());
            String allClaimsPage = Links.modelAttributePage(id, s.attribute()); // Links.modelClaim without a claim
            java.util.Set<String> days = new java.util.HashSet<>();
            List<ClaimView> claims = s.claims();
            int listed = listedCount(s, expanded);
            for (int i = 0; i < claims.size(); i++) {
                ClaimView c = claims.get(i);
                // One dot per attribute and day: more would be drawn on top of it (the first, as listed, is kept).
                String day = c.publishedAt() == null || c.publishedAt().length() < 10 ? c.publishedAt()
                        : c.publishedAt().substring(0, 10);
                if (day != null && !days.add(day)) {
                    continue;
                }
                String who = c.publisher() == null ? "unknown publisher" : c.publisher();
                inputs.add(new Timeline.Input(label, rowHref, c.publishedAt(),
                        (i < listed ? "" : allClaimsPage) + Links.sheetClaimFragment(c.claim().id()),
                        who + ", " + (c.publishedAt() == null ? "undated" : c.publishedAt()) + ": "
                                + Units.format(c.claim()) + " (" + c.claim().hedge().json() + ")"));
            }
        }
        return new SheetView(sheet, Timeline.of(inputs), expanded);
    }

    /** The claims listed under a spec: all for the expanded attribute, else the first {@value #CLAIMS_PER_SPEC}. */
    public List<ClaimView> listed(Spec s) {
        return s.claims().subList(0, listedCount(s, expanded));
    }

    private static int listedCount(Spec s, String expanded) {
        return s.attribute().equals(expanded) ? s.claims().size() : Math.min(s.claims().size(), CLAIMS_PER_SPEC);
    }

    /** Claims of a spec not listed on this page. */
    public int unlisted(Spec s) {
        return s.claims().size() - listed(s).size();
    }

    /** The page listing every claim of a spec. */
    public String allClaims(Spec s) {
        return Links.modelAttributeClaims(sheet.model().id(), s.attribute());
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
