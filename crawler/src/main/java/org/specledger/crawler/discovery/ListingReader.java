package org.specledger.crawler.discovery;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reads a fetched feed or sitemap into a {@link Listing}. Parsing only, no I/O (as crawler-commons does it):
 * the caller fetched the bytes. Feeds are read by ROME (RSS 0.9x–2.0, RSS 1.0, Atom), sitemaps by
 * crawler-commons (XML, text and the Google News extension).
 */
public final class ListingReader {
    private ListingReader() {
    }

    /** A feed or sitemap that could not be read; the message says why. */
    public static final class UnreadableListingException extends Exception {
        private final String url;

        UnreadableListingException(String url, String message, Throwable cause) {
            super(message, cause);
            this.url = url;
        }

        public String url() {
            return url;
        }
    }

    /** The pages and child sitemaps a feed or sitemap lists. */
    public static Listing read(SourceKind kind, String url, String contentType, byte[] body) throws UnreadableListingException {
        return switch (kind) {
            case FEED -> feed(url, contentType, body);
            case SITEMAP -> sitemap(url, contentType, body);
            case PAGE -> throw new IllegalArgumentException("a page is not a listing: " + url);
        };
    }

    private static Listing feed(String url, String contentType, byte[] body) throws UnreadableListingException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new UnreadableListingException(url, "not a readable RSS or Atom feed: " + e.getMessage(), e);
        }
        List<Listing.Item> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = e.getLink();
            if (link == null && !e.getLinks().isEmpty()) {
                link = e.getLinks().stream().map(SyndLink::getHref).filter(h -> h != null).findFirst().orElse(null);
            }
            if (link == null && e.getUri() != null && e.getUri().startsWith("http")) {
                link = e.getUri();
            }
            if (link != null) {
                Date d = e.getUpdatedDate() != null ? e.getUpdatedDate() : e.getPublishedDate();
                items.add(new Listing.Item(resolve(url, link), d == null ? null : d.toInstant()));
            }
        }
        return new Listing(items, List.of());
    }

    private static Listing sitemap(String url, String contentType, byte[] body) throws UnreadableListingException {
        // Not strict: news sites often list article URLs outside the sitemap's own folder; scope rules decide.
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap(contentType, body, URI.create(url).toURL());
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            throw new UnreadableListingException(url, "not a readable sitemap: " + e.getMessage(), e);
        }
        if (map instanceof SiteMapIndex index) {
            List<String> children = index.getSitemaps().stream().map(s -> s.getUrl().toString()).toList();
            return new Listing(List.of(), children);
        }
        List<Listing.Item> items = new ArrayList<>();
        for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
            items.add(new Listing.Item(u.getUrl().toString(), updated(u)));
        }
        return new Listing(items, List.of());
    }

    private static Instant updated(SiteMapURL u) {
        if (u.getLastModified() != null) {
            return u.getLastModified().toInstant();
        }
        ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
        if (news != null) {
            for (ExtensionMetadata m : news) {
                if (m instanceof NewsAttributes n && n.getPublicationDateTime() != null) {
                    return n.getPublicationDateTime().toInstant();
                }
            }
        }
        return null;
    }

    private static String resolve(String base, String link) {
        try {
            return URI.create(base).resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            return link.strip();
        }
    }
}
