package org.specledger.index.lucene;

import org.specledger.index.SearchIndex;

/** The search contract on the embedded index (in memory). */
class LuceneSearchIndexTest extends SearchIndexContract {
    @Override
    protected SearchIndex openEmpty() {
        return LuceneSearchIndex.inMemory();
    }
}
