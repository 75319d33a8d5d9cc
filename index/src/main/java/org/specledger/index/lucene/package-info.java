/** The embedded Apache Lucene implementation of the search index: analysis, fields, queries, facets, highlights. */
package org.specledger.index.lucene;
