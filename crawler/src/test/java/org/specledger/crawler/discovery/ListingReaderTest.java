package org.specledger.crawler.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ListingReaderTest {
    static byte[] resource(String name) throws IOException {
        try (InputStream in = ListingReaderTest.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void detectsTheKindFromTheRootElementWhenTheTypeSaysOnlyXml() throws IOException {
        assertThat(SourceKind.detect("application/xml", resource("atom.xml"))).isEqualTo(SourceKind.FEED);
        assertThat(SourceKind.detect("text/xml", resource("news-sitemap.xml"))).isEqualTo(SourceKind.SITEMAP);
        assertThat(SourceKind.detect(null, resource("sitemap-index.xml"))).isEqualTo(SourceKind.SITEMAP);
        assertThat(SourceKind.detect("application/rss+xml", new byte[0])).isEqualTo(SourceKind.FEED);
        assertThat(SourceKind.detect(null, "<!doctype html><html><body><p>x".getBytes())).isEqualTo(SourceKind.PAGE);
    }

    @Test
    void readsAnAtomFeedWithRelativeLinksAndDates() throws Exception {
        Listing l = ListingReader.read(SourceKind.FEED, "https://example.com/feed", "application/atom+xml", resource("atom.xml"));
        assertThat(l.pages()).extracting(Listing.Item::url)
                .containsExactly("https://example.com/2026/11/deepseek-v4.html", "https://example.com/2026/11/glm-5.html");
        assertThat(l.pages().getFirst().updated()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
    }

    @Test
    void readsANewsSitemapWithItsPublicationDates() throws Exception {
        Listing l = ListingReader.read(SourceKind.SITEMAP, "https://example.com/news-sitemap.xml", "text/xml",
                resource("news-sitemap.xml"));
        assertThat(l.pages()).hasSize(2);
        assertThat(l.pages().getFirst().url()).isEqualTo("https://example.com/ai/ernie-5.html");
        assertThat(l.pages().getFirst().updated()).isEqualTo(Instant.parse("2026-11-21T06:30:00Z"));
    }

    @Test
    void listsTheChildrenOfASitemapIndex() throws Exception {
        Listing l = ListingReader.read(SourceKind.SITEMAP, "https://example.com/sitemap.xml", "application/xml",
                resource("sitemap-index.xml"));
        assertThat(l.sitemaps()).containsExactly("https://example.com/sitemap-2026-11.xml", "https://example.com/sitemap-2026-10.xml");
        assertThat(l.pages()).isEmpty();
    }

    @Test
    void aBrokenFeedIsReportedWithTheReason() {
        assertThatThrownBy(() -> ListingReader.read(SourceKind.FEED, "https://example.com/feed", "application/rss+xml",
                "<rss><channel><item>".getBytes()))
                .isInstanceOf(ListingReader.UnreadableListingException.class).hasMessageContaining("not a readable RSS or Atom feed");
    }
}
