package org.specledger.index;

/**
 * The search index of SpecLedger: documents with their claims, searched by words and filtered by what they claim.
 * The database is the truth; an index can always be rebuilt from it with {@link #deleteAll()} and
 * {@link #upsert(IndexedDocument)} of every document ({@code specledger reindex}).
 *
 * <p>Implementations are thread-safe: any number of concurrent searches, and writes from any thread.
 * A write is visible to every search that starts after it returns (no {@link #commit()} needed);
 * {@link #commit()} makes writes durable across a restart.
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds or replaces the document with the id {@code d.doc().id()}; indexing one document twice is a no-op. */
    void upsert(IndexedDocument d);

    /** Removes a document; removing an id that is not indexed does nothing. */
    void delete(long documentId);

    /** Makes every write so far durable. */
    void commit();

    /**
     * Runs a search.
     *
     * @throws QueryException when the query box or a filter cannot be read; its message is fit to show the user
     */
    SearchResult search(SearchRequest request) throws QueryException;

    /** The number of documents a search can see. */
    long count();

    /** Removes every document (the first step of a rebuild). */
    void deleteAll();

    /**
     * Starts loading many documents at once (a rebuild, an import): {@link BulkLoad#add} is {@link #upsert}
     * without keeping searches up to date after every document, and {@link BulkLoad#close} commits and makes
     * everything added visible. Use it with try-with-resources:
     * {@code try (var bulk = index.bulkLoad()) { docs.forEach(bulk::add); }}.
     *
     * <p>The default implementation upserts each document and commits at the end.
     */
    default BulkLoad bulkLoad() {
        return new BulkLoad() {
            @Override
            public void add(IndexedDocument d) {
                upsert(d);
            }

            @Override
            public void close() {
                commit();
            }
        };
    }

    /**
     * A bulk load in progress. {@link #add} may be called from several threads at once; searches may or may not
     * see a document added until {@link #close()} returns, after which every search does.
     */
    interface BulkLoad extends AutoCloseable {

        /** Adds or replaces the document with the id {@code d.doc().id()}, as {@link SearchIndex#upsert}. */
        void add(IndexedDocument d);

        /** Commits and makes every document added visible to searches; closing twice does nothing more. */
        @Override
        void close();
    }

    @Override
    void close();
}
