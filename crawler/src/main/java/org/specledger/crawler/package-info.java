/**
 * Fetching: from seeds, feeds and sitemaps to fetched pages handed to the ingest pipeline ({@code org.specledger.ingest}).
 * Subpackages: {@code frontier} (scope, URL normalization), {@code fetch} (polite, address-checked HTTP),
 * {@code robots}, {@code discovery} (feeds and sitemaps), {@code crawl} (crawl runs and crawl workers).
 */
package org.specledger.crawler;
