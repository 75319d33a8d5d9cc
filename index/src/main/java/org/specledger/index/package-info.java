/**
 * Full-text and faceted search over documents and their claims, behind {@link org.specledger.index.SearchIndex}
 * so that an embedded Lucene index or a search server can serve it.
 */
package org.specledger.index;
