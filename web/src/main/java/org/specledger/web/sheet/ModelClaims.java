package org.specledger.web.sheet;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.specledger.db.Change;
import org.specledger.db.ClaimView;
import org.specledger.db.Database;

/**
 * The live claims of each model, kept in memory and brought up to date by what each write touched: a spec sheet
 * lists every claim of its model (a thousand and more for a popular one), and while a crawl stores documents
 * every few seconds name the model again, so reading them all from the database for each new version of the
 * sheet was most of the sheet's cost. A stored claim never changes; a model's list changes only when a document
 * that names it is stored, revised or deleted ({@link Change.Kind#DOCUMENTS}, listing the documents and models it
 * touched). Kept lists are brought up to date by reading the claims of those documents alone: claims of the
 * touched documents are dropped and their live claims about the model read again.
 *
 * <p>Consistency: each model has a version, raised after every committed write that touches it (the database
 * tells listeners after the commit), and a short log of the documents each raise was about. A reader takes the
 * version <em>before</em> it reads the database, and keeps what it read under that version; a write that commits
 * meanwhile raises the version after, so the next reader reads that write's documents again (reading a
 * document's claims twice is harmless). A list is therefore never older than the last write told. Reconciliation
 * does not change claims, but it may follow writes this process was not told of (another process, a restore):
 * it reloads the models it names, as {@link #clear()} reloads all.
 *
 * <p>Bounded: {@value #MAX_CLAIMS} claims held in all, least recently used model out first; a model's log keeps
 * {@value #MAX_LOG} writes, and a model touched more often between two reads is read whole.
 */
public final class ModelClaims implements AutoCloseable {
    /** Claims held at most, over all models. */
    static final int MAX_CLAIMS = 200_000;
    /** Writes remembered per model; a reader further behind reads the model whole. */
    static final int MAX_LOG = 64;
    /** A catch-up touching more documents than this reads the model whole (one query either way). */
    static final int MAX_CATCH_UP_DOCUMENTS = 200;

    private final Database db;
    private final Consumer<Change> listener = this::onChange;
    private final Map<String, Versions> versions = new ConcurrentHashMap<>();
    /** Held lists by model, least recently used first; guarded by itself. */
    private final LinkedHashMap<String, Held> held = new LinkedHashMap<>(64, 0.75f, true);
    private long heldClaims;
    /** Whole reads of a model's claims so far (for tests: a catch-up must not be one). */
    private final java.util.concurrent.atomic.AtomicLong wholeReads = new java.util.concurrent.atomic.AtomicLong();

    /** A model's claims in id order, read (or brought up to date) under {@code version}. */
    private record Held(long version, List<ClaimView> claims) {
    }

    /** A model's version and the documents each of its last raises was about. */
    private static final class Versions {
        /** Logged for a raise after which the model must be read whole (compared by identity). */
        static final Set<Long> READ_WHOLE = java.util.Collections.unmodifiableSet(new HashSet<>());
        long version;
        final ArrayDeque<Set<Long>> log = new ArrayDeque<>();

        /** Raises the version; {@code documents} null: read the model whole next time. Guarded by this. */
        void raise(Set<Long> documents) {
            version++;
            log.addLast(documents == null ? READ_WHOLE : documents);
            while (log.size() > MAX_LOG) {
                log.removeFirst();
            }
        }

        /**
         * The documents written since {@code since}, or null when the log does not reach back that far or a
         * raise since then asked for a whole read; guarded by this.
         */
        Set<Long> documentsSince(long since) {
            long behind = version - since;
            if (behind <= 0 || behind > log.size()) {
                return null;
            }
            Set<Long> out = new HashSet<>();
            var it = log.descendingIterator();
            for (long i = 0; i < behind; i++) {
                Set<Long> docs = it.next();
                if (docs == READ_WHOLE) {
                    return null;
                }
                out.addAll(docs);
            }
            return out;
        }
    }

    /** Listens to {@code db}'s writes until {@link #close()}. */
    public ModelClaims(Database db) {
        this.db = db;
        db.onChange(listener);
    }

    /** Stops listening (the server stopped); what is held is no longer kept up to date. */
    @Override
    public void close() {
        db.removeChangeListener(listener);
        synchronized (held) {
            held.clear();
            heldClaims = 0;
        }
    }

    /** The live claims of the model with this id, in id order (what {@code db.claims().byModel(id, null)} reads). */
    public List<ClaimView> of(String modelId) {
        Versions v = versions.computeIfAbsent(modelId, k -> new Versions());
        Held h;
        synchronized (held) {
            h = held.get(modelId);
        }
        long version;
        Set<Long> since;
        synchronized (v) {
            version = v.version;
            if (h != null && h.version() == version) {
                return h.claims();
            }
            since = h == null ? null : v.documentsSince(h.version());
        }
        List<ClaimView> claims;
        if (since == null || since.size() > MAX_CATCH_UP_DOCUMENTS) {
            wholeReads.incrementAndGet();
            claims = List.copyOf(db.claims().byModel(modelId, null));
        } else {
            claims = merge(h.claims(), since, db.claims().byModelInDocuments(modelId, since));
        }
        keep(modelId, new Held(version, claims));
        return claims;
    }

    /** {@code old} without the claims of {@code documents}, with {@code fresh} (their live claims now), in id order. */
    private static List<ClaimView> merge(List<ClaimView> old, Set<Long> documents, List<ClaimView> fresh) {
        List<ClaimView> out = new ArrayList<>(old.size() + fresh.size());
        for (ClaimView c : old) {
            if (!documents.contains(c.claim().documentId())) {
                out.add(c);
            }
        }
        boolean ordered = out.isEmpty() || fresh.isEmpty()
                || out.get(out.size() - 1).claim().id() < fresh.get(0).claim().id();
        out.addAll(fresh);
        if (!ordered) {
            out.sort(Comparator.comparingLong(c -> c.claim().id()));
        }
        return List.copyOf(out);
    }

    private void keep(String modelId, Held fresh) {
        synchronized (held) {
            Held old = held.get(modelId);
            if (old != null && old.version() >= fresh.version()) {
                return; // another reader kept a list at least as new
            }
            held.put(modelId, fresh);
            heldClaims += fresh.claims().size() - (old == null ? 0 : old.claims().size());
            var it = held.entrySet().iterator();
            while (heldClaims > MAX_CLAIMS && it.hasNext()) {
                var eldest = it.next();
                if (eldest.getKey().equals(modelId)) {
                    continue; // the list just read stays, however long
                }
                heldClaims -= eldest.getValue().claims().size();
                it.remove();
            }
        }
    }

    /** Forgets every held list (a write this class hears of no other way). */
    public void clear() {
        versions.values().forEach(v -> {
            synchronized (v) {
                v.raise(null);
            }
        });
        synchronized (held) {
            held.clear();
            heldClaims = 0;
        }
    }

    /** Whole reads so far, for tests. */
    long wholeReads() {
        return wholeReads.get();
    }

    private void onChange(Change change) {
        Set<Long> documents = change.kind() == Change.Kind.DOCUMENTS ? change.documentIds() : null;
        for (String m : change.modelIds()) {
            Versions v = versions.computeIfAbsent(m, k -> new Versions());
            synchronized (v) {
                v.raise(documents);
            }
        }
    }
}
