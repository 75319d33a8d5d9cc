/** The last stage shared by crawl and import: decode, extract the article and its claims, store, notify. */
package org.specledger.crawler.ingest;
