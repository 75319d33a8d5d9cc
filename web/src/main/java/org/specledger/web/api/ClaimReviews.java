package org.specledger.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.specledger.claims.FlagKind;
import org.specledger.db.ClaimView;
import org.specledger.db.FlagView;
import org.specledger.web.sheet.Units;

/**
 * A flag as a schema.org {@code ClaimReview} (https://schema.org/ClaimReview), the JSON-LD form fact-checkers
 * exchange: the reviewed claim with every report it appears in, SpecLedger's verdict as the rating's
 * {@code alternateName}, and the flag's reason as the review body.
 */
public final class ClaimReviews {
    private ClaimReviews() {
    }

    /**
     * @param baseUrl the site's origin ("https://specledger.example"), for the review's own URL
     */
    public static Map<String, Object> of(FlagView f, List<ClaimView> claims, String baseUrl) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", baseUrl + "/flags#flag-" + f.flag().id());
        review.put("datePublished", f.createdAt() == null ? null : f.createdAt().substring(0, Math.min(10, f.createdAt().length())));
        review.put("author", Map.of("@type", "Organization", "name", "SpecLedger", "url", baseUrl + "/"));
        String values = claims.stream().map(c -> Units.format(c.claim())).distinct().collect(Collectors.joining(" vs "));
        review.put("claimReviewed", f.flag().model() + (f.flag().attribute() == null ? "" : " " + f.flag().attribute())
                + (values.isEmpty() ? "" : ": " + values));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "Claim");
        item.put("about", Map.of("@type", "SoftwareApplication", "name", f.flag().model()));
        item.put("appearance", claims.stream().map(ClaimReviews::appearance).toList());
        review.put("itemReviewed", item);
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("alternateName", verdict(f.flag().kind()));
        review.put("reviewRating", rating);
        review.put("reviewBody", f.flag().reason());
        return review;
    }

    /** The review wrapped for embedding in a page; {@code <} is escaped so no string can close the script. */
    public static String scriptTag(Map<String, Object> review) {
        try {
            String json = Responses.JSON.writeValueAsString(review).replace("<", "\\u003c");
            return "<script type=\"application/ld+json\">" + json + "</script>";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON-LD", e);
        }
    }

    private static Map<String, Object> appearance(ClaimView c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "CreativeWork");
        m.put("url", c.url());
        m.put("headline", c.title());
        m.put("datePublished", c.publishedAt());
        if (c.publisher() != null) {
            m.put("publisher", Map.of("@type", "Organization", "name", c.publisher()));
        }
        m.put("text", c.claim().quote());
        return m;
    }

    static String verdict(FlagKind kind) {
        return switch (kind) {
            case CONFLICT -> "Conflicting reports";
            case IMPLAUSIBLE -> "Implausible";
            case INCONSISTENT -> "Inconsistent";
            case TEMPORAL -> "Impossible date";
        };
    }
}
