package org.specledger.crawler.frontier;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.specledger.db.Source;

/**
 * Which links a source follows and which pages it stores. By default a source stays on its own host; with a
 * prefix it stays under that prefix. Links are followed up to {@code maxDepth} hops from the source. Pages
 * whose URL does not match the article pattern are followed for their links but not stored.
 *
 * @param host           the source's host (used when there is no prefix)
 * @param prefix         a normalized URL prefix every followed URL must start with, or null
 * @param maxDepth       hops from the source URL (the source itself is depth 0)
 * @param articlePattern found anywhere in a URL marks it as an article; null: every page is an article
 */
public record Scope(String host, String prefix, int maxDepth, Pattern articlePattern) {

    /** The scope of a stored source. */
    public static Scope of(Source source) {
        String url = UrlNormalizer.normalize(source.url()).orElse(source.url());
        String prefix = source.urlPrefix() == null || source.urlPrefix().isBlank() ? null
                : UrlNormalizer.normalize(source.urlPrefix()).orElse(source.urlPrefix());
        return new Scope(UrlNormalizer.host(url), prefix, source.maxDepth(), compile(source.articlePattern()));
    }

    /**
     * The compiled article pattern, or null when none is given.
     *
     * @throws IllegalArgumentException naming the pattern and what is wrong with it
     */
    public static Pattern compile(String articlePattern) {
        if (articlePattern == null || articlePattern.isBlank()) {
            return null;
        }
        try {
            return Pattern.compile(articlePattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("the article pattern '" + articlePattern
                    + "' is not a valid regular expression: " + e.getDescription());
        }
    }

    /** True when a normalized URL found at {@code depth} hops is inside this scope. */
    public boolean follows(String normalizedUrl, int depth) {
        if (depth > maxDepth) {
            return false;
        }
        if (prefix != null) {
            return normalizedUrl.startsWith(prefix);
        }
        return UrlNormalizer.host(normalizedUrl).equals(host);
    }

    /** True when a page at this URL is to be stored as an article. */
    public boolean isArticle(String normalizedUrl) {
        return articlePattern == null || articlePattern.matcher(normalizedUrl).find();
    }
}
