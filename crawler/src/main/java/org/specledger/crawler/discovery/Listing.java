package org.specledger.crawler.discovery;

import java.time.Instant;
import java.util.List;

/**
 * What a feed or sitemap lists.
 *
 * @param pages    the pages (articles) it links to
 * @param sitemaps child sitemaps of a sitemap index, to be fetched and read in turn
 */
public record Listing(List<Item> pages, List<String> sitemaps) {

    /**
     * One listed page.
     *
     * @param updated when the listing says it last changed (sitemap lastmod, news publication date, feed
     *                updated/published date), or null
     */
    public record Item(String url, Instant updated) {
    }
}
