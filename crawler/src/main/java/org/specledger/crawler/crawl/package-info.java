/** The crawl itself: configuration, scheduling across hosts, and the {@link org.specledger.crawler.crawl.Crawler} facade. */
package org.specledger.crawler.crawl;
