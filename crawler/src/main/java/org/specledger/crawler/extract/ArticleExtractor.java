package org.specledger.crawler.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Placeholder: whole-body text with Jsoup, until the real extraction stage lands. */
public final class ArticleExtractor {
    public Article extract(String url, byte[] body, String contentType, Instant fetchedAt) {
        try {
            Document d = Jsoup.parse(new ByteArrayInputStream(body), null, url);
            return new Article(url, null, d.title(), null, null, null, null, "none", null, d.body().wholeText(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
