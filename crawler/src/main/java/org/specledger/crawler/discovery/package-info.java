/** Feeds (RSS/Atom, read by ROME) and sitemaps (read by crawler-commons): what kind a source is and what it lists. */
package org.specledger.crawler.discovery;
