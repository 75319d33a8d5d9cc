package org.specledger.web.security;

import java.util.Optional;

/**
 * Decides whether a URL may be added as a crawl source. The crawler's own {@code UrlPolicy} (which also checks
 * every resolved address at fetch time) replaces {@link BasicSourceUrlCheck} once it is in main.
 */
@FunctionalInterface
public interface SourceUrlCheck {
    /** Why the URL is refused, in a sentence for the form; empty when it is acceptable. */
    Optional<String> rejection(String url);
}
