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

    @Override
    void close();
}
