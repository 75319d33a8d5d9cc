package org.specledger.crawler.discovery;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** What a source or a fetched URL is: an HTML page, an RSS/Atom feed or a sitemap. */
public enum SourceKind {
    PAGE, FEED, SITEMAP;

    /** The name stored in the database's {@code sources.kind}. */
    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a kind given by a user or stored in the database ("page", "feed", "sitemap", any case).
     *
     * @throws IllegalArgumentException naming the accepted kinds
     */
    public static SourceKind parse(String kind) {
        try {
            return valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown source kind '" + kind + "': use page, feed or sitemap");
        }
    }

    /**
     * A guess from the URL alone, used when a source is added without a kind; the content decides once it
     * is fetched ({@link #detect}).
     */
    public static SourceKind guess(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.contains("sitemap")) {
            return SITEMAP;
        }
        if (u.contains("rss") || u.contains("atom") || u.contains("/feed") || u.endsWith(".xml")) {
            return FEED;
        }
        return PAGE;
    }

    /**
     * The kind of fetched content, from its media type and, for XML, its root element: {@code rss},
     * {@code feed} (Atom) and {@code rdf:RDF} (RSS 1.0) are feeds, {@code urlset} and {@code sitemapindex}
     * are sitemaps (sitemaps.org protocol); anything else, including HTML that is not XML, is a page.
     */
    public static SourceKind detect(String contentType, byte[] body) {
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (ct.contains("rss+xml") || ct.contains("atom+xml") || ct.contains("rdf+xml")) {
            return FEED;
        }
        if (ct.startsWith("text/html") || ct.startsWith("application/xhtml")) {
            return PAGE;
        }
        return switch (rootElement(body)) {
            case "rss", "feed", "RDF" -> FEED;
            case "urlset", "sitemapindex" -> SITEMAP;
            default -> PAGE;
        };
    }

    /** The local name of the document element, or "" when the bytes are not well-formed XML up to it. */
    static String rootElement(byte[] body) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // No DTDs and no external entities: the bytes come from the network (XXE).
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(body));
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT) {
                        return r.getLocalName();
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return "";
        }
        return "";
    }
}
