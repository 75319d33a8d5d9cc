/** A benchmark of the search index on a synthetic news corpus, against bare Lucene on the same index. */
package org.specledger.bench.search;
