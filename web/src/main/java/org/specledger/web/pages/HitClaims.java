package org.specledger.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.specledger.db.ClaimView;
import org.specledger.db.Change;
import org.specledger.db.Database;

/**
 * The few claims listed under each search hit, kept per document until a write touches it. A document's claims
 * are written with it and never change; reading them was half of rendering a search page (twenty queries of a
 * dozen columns each). A document stored, revised or deleted is forgotten ({@link Database#onChange}), and
 * reconciliation forgets everything (it may rename a model). A read that a write overtook is not kept: the
 * version is read before the database and checked again before keeping.
 */
final class HitClaims {
    /** Documents kept, least recently used out first. */
    static final int MAX_DOCUMENTS = 4_096;

    private final Database db;
    private final int perDocument;
    private final AtomicLong version = new AtomicLong();
    private final Map<Long, List<ClaimView>> kept = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<ClaimView>> eldest) {
            return size() > MAX_DOCUMENTS;
        }
    };

    private final java.util.function.Consumer<Change> listener = this::onChange;

    HitClaims(Database db, int perDocument) {
        this.db = db;
        this.perDocument = perDocument;
        db.onChange(listener);
    }

    /** Stops listening to the database (the server stopped). */
    void close() {
        db.removeChangeListener(listener);
    }

    /** The first claims of each document, by id. */
    Map<Long, List<ClaimView>> of(List<Long> documentIds) {
        long before = version.get();
        Map<Long, List<ClaimView>> out = new LinkedHashMap<>();
        List<Long> missing = new ArrayList<>();
        synchronized (kept) {
            for (long id : documentIds) {
                List<ClaimView> c = kept.get(id);
                if (c == null) {
                    missing.add(id);
                } else {
                    out.put(id, c);
                }
            }
        }
        if (!missing.isEmpty()) {
            Map<Long, List<ClaimView>> read = db.claims().byDocuments(missing, perDocument);
            synchronized (kept) {
                if (version.get() == before) {
                    read.forEach((id, c) -> kept.put(id, List.copyOf(c)));
                }
            }
            out.putAll(read);
        }
        return out;
    }

    private void onChange(Change change) {
        synchronized (kept) {
            version.incrementAndGet();
            if (change.kind() == Change.Kind.DOCUMENTS) {
                change.documentIds().forEach(kept::remove);
            } else {
                kept.clear();
            }
        }
    }
}
