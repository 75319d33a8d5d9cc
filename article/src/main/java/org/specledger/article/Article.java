package org.specledger.article;

import java.util.List;

/**
 * What {@link ArticleExtractor} found on one page. Every field but {@code url}, {@code text} and
 * {@code warnings} may be null when the page does not say.
 *
 * @param url                the address the page was fetched from
 * @param canonicalUrl       the page's {@code <link rel=canonical>} or {@code og:url}, made absolute
 * @param title              the headline, without a trailing " | Site" suffix
 * @param byline             the author(s) as the page names them
 * @param publisher          the site or publisher name; the host when the page names none
 * @param publishedAt        ISO-8601 date ("2026-03-02"), month ("2026-03"), year, or date-time with offset
 * @param publishedPrecision day, month or year (day also for date-times); null when no date was found
 * @param publishedSource    where the date came from: meta, jsonld, time, text, url, relative, or none
 * @param publishedConfidence how far the date is trusted, 0..1 (its source's weight, raised when another source agrees)
 * @param modifiedAt         the last-modified date or date-time the page states, or null; never taken as the publication date
 * @param dateEvidence       other sources that name a different day ("url 2023-11-08; text 2023-11-07"), or null when all agree
 * @param original           the source the text says it republishes ("Open Weights Weekly: Title, 2026-02-11"), or null
 * @param language           the language tag as the page declares it ("en", "zh-CN"), or a script-based guess
 * @param text               the main text: paragraphs separated by a blank line; empty when none was found
 * @param warnings           what went wrong or was guessed, for the crawl log
 */
public record Article(
        String url,
        String canonicalUrl,
        String title,
        String byline,
        String publisher,
        String publishedAt,
        String publishedPrecision,
        String publishedSource,
        double publishedConfidence,
        String modifiedAt,
        String dateEvidence,
        String original,
        String language,
        String text,
        List<String> warnings) {

    public Article {
        text = text == null ? "" : text;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
