package org.specledger.ingest;

import java.util.List;
import org.specledger.claims.Claim;
import org.specledger.claims.Document;
import org.specledger.claims.Model;
import org.specledger.db.DocumentDates;

/**
 * A page after {@link Ingester#prepare}: the document (id 0, not stored yet), its claims and the models they
 * name, ready for {@link Ingester#store}; or the reason it cannot be stored.
 *
 * @param failure why the page was refused, or null when it is ready to store
 * @param dates   how the dates were found (document id 0 until stored), or null
 */
public record Prepared(Document document, List<Claim> claims, List<Model> models, String failure, DocumentDates dates) {

    public Prepared(Document document, List<Claim> claims, List<Model> models, String failure) {
        this(document, claims, models, failure, null);
    }

    /** A page that cannot be stored, with the reason in words a person understands. */
    public static Prepared failed(String reason) {
        return new Prepared(null, List.of(), List.of(), reason);
    }
}
