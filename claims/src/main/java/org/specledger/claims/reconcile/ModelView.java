package org.specledger.claims.reconcile;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.specledger.claims.Attributes;
import org.specledger.claims.Claim;
import org.specledger.claims.reference.Accelerator;
import org.specledger.claims.reference.ReferenceData;

/**
 * Everything the checks see of one model: its claims by attribute (ascending id), the consensus of each
 * attribute, who published what, and the reference data.
 */
record ModelView(String model, Map<String, List<Claim>> claims, Map<String, Tally.Settled> settled,
                 Sources sources, Agreement agreement, ReferenceData ref) {

    List<Claim> claims(String attribute) {
        return claims.getOrDefault(attribute, List.of());
    }

    Optional<Tally.Settled> consensus(String attribute) {
        return Optional.ofNullable(settled.get(attribute));
    }

    /** The consensus number's interval [lo, hi] when both ends are finite, else empty. */
    Optional<double[]> finite(String attribute) {
        return consensus(attribute).map(s -> Agreement.interval(s.anchor()))
                .filter(i -> !Double.isInfinite(i[0]) && !Double.isInfinite(i[1]));
    }

    /** The chip the consensus accelerator_model names, when the reference data knows it. */
    Optional<Tally.Settled> chipClaim() {
        return consensus(Attributes.ACCELERATOR_MODEL).filter(s -> chip().isPresent());
    }

    Optional<Accelerator> chip() {
        return consensus(Attributes.ACCELERATOR_MODEL).flatMap(s -> ref.accelerator(s.anchor().text()));
    }

    /** "Reuters" for a claim's document. */
    String publisher(Claim c) {
        return sources.publisher(c.documentId());
    }

    /** "total parameters", "MMLU score" … for reason sentences. */
    static String words(String attribute) {
        if (Attributes.isBenchmark(attribute)) {
            return attribute.substring(Attributes.BENCHMARK_PREFIX.length()).toUpperCase(Locale.ROOT) + " score";
        }
        return attribute.replace('_', ' ');
    }
}
