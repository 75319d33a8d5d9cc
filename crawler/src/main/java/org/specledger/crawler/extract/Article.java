package org.specledger.crawler.extract;

import java.util.List;

/** An article as extracted from a page (placeholder until the extraction stage lands). */
public record Article(String url, String canonicalUrl, String title, String byline, String publisher,
                      String publishedAt, String publishedPrecision, String publishedSource, String language,
                      String text, List<String> warnings) {
}
