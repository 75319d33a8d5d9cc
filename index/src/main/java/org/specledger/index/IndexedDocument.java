package org.specledger.index;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.specledger.claims.Claim;
import org.specledger.claims.Document;

/**
 * What the index holds for one document: the document, the claims it makes, and what the reconciliation knows
 * about them.
 *
 * <p>Flags point at claims ({@link org.specledger.claims.Flag#claimIds()}), so flagged-ness is passed as claim
 * ids: a document is "flagged" when one of its own claims is named by an open flag. That keeps a contradiction
 * between reports A and B visible on both (the flag names a claim of each), without flagging every report that
 * merely mentions a model with some open flag elsewhere.
 *
 * @param doc                 the stored document; its id (&gt; 0) is the index key
 * @param claims              the document's claims, with canonical model names
 * @param organizationByModel canonical model name → organisation, for the organisation facet; models missing
 *                            from it have no organisation
 * @param flaggedClaimIds     ids of claims (any document's) named by an open flag; only this document's matter
 */
public record IndexedDocument(Document doc, List<Claim> claims, Map<String, String> organizationByModel,
                              Set<Long> flaggedClaimIds) {

    public IndexedDocument {
        Objects.requireNonNull(doc, "doc");
        if (doc.id() <= 0) {
            throw new IllegalArgumentException("only stored documents (id > 0) are indexed, got id " + doc.id());
        }
        claims = claims == null ? List.of() : List.copyOf(claims);
        organizationByModel = organizationByModel == null ? Map.of() : Map.copyOf(organizationByModel);
        flaggedClaimIds = flaggedClaimIds == null ? Set.of() : Set.copyOf(flaggedClaimIds);
    }

    /** A document with claims and no organisations or flags. */
    public static IndexedDocument of(Document doc, List<Claim> claims) {
        return new IndexedDocument(doc, claims, Map.of(), Set.of());
    }

    /** True when one of this document's claims is flagged. */
    public boolean flagged() {
        return claims.stream().anyMatch(c -> c.id() > 0 && flaggedClaimIds.contains(c.id()));
    }
}
