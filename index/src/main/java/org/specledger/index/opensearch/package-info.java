/**
 * Search on an OpenSearch cluster behind {@link org.specledger.index.SearchIndex}: the text is analysed by
 * SpecLedger (pre-analysed tokens are indexed), the cluster matches, scores, sorts, pages and counts facets.
 */
package org.specledger.index.opensearch;
