package org.specledger.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.specledger.claims.Claim;
import org.specledger.claims.Document;
import org.specledger.claims.Model;
import org.specledger.claims.extract.ClaimExtractor;
import org.specledger.claims.text.XmlChars;
import org.specledger.article.Article;
import org.specledger.article.ArticleExtractor;
import org.specledger.db.Database;
import org.specledger.db.DocumentDates;
import org.specledger.db.SaveResult;
import org.specledger.db.StoreException;

/**
 * The stage shared by the crawler and the local import: one page in, one stored document (with all of its
 * claims, in one transaction) or one failure with its reason out. Listeners registered with
 * {@link #onStored} run after the commit (index, reconciliation); a listener's failure is reported but never
 * undoes the stored document, since everything derived can be rebuilt from the database.
 *
 * <p>Thread-safe: the crawler calls it from one thread per host.
 */
public final class Ingester {
    /** Pages larger than this are refused as "too large" (the fetcher caps earlier; files are checked here). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private final Database db;
    private final ArticleExtractor articles;
    private final ClaimExtractor claims;
    private final List<Consumer<StoredDocument>> listeners = new CopyOnWriteArrayList<>();

    public Ingester(Database db, ArticleExtractor articles, ClaimExtractor claims) {
        this.db = db;
        this.articles = articles;
        this.claims = claims;
    }

    /** Registers a listener called after each NEW or REVISED document is committed. */
    public void onStored(Consumer<StoredDocument> listener) {
        listeners.add(listener);
    }

    public ClaimExtractor claimExtractor() {
        return claims;
    }

    /** Extracts, stores and announces one page; never throws for bad content. {@code store(prepare(page))}. */
    public IngestOutcome ingest(RawPage page) {
        return store(prepare(page));
    }

    /**
     * The pure half of {@link #ingest}: checks the bytes and extracts the article and its claims, touching
     * neither the database nor the listeners. Safe to call from many threads at once (a bulk import runs it on
     * a pool while {@link #store} stays on one thread, since SQLite has one writer); never throws for bad content.
     */
    public Prepared prepare(RawPage page) {
        String problem = contentProblem(page);
        if (problem != null) {
            return Prepared.failed(problem);
        }
        Article article;
        try {
            article = isPlainText(page)
                    ? articles.extractPlainText(page.url(), page.body(), page.contentType(), page.fetchedAt())
                    : articles.extract(page.url(), page.body(), page.contentType(), page.fetchedAt());
        } catch (RuntimeException | StackOverflowError e) {
            return Prepared.failed("the page could not be parsed (" + e.getClass().getSimpleName() + ")");
        }
        // Characters XML forbids go at the door: stored text ends up in Atom feeds and sitemaps (issue 14, item 7).
        String text = article.text() == null ? "" : XmlChars.strip(article.text()).strip();
        if (text.isEmpty()) {
            return Prepared.failed("no article text found in the page");
        }
        if (text.indexOf('\uFFFD') >= 0 && replacementShare(text) > 0.05) {
            return Prepared.failed("the text cannot be decoded (more than 5% undecodable characters)");
        }
        Document doc = new Document(0, page.url(), article.canonicalUrl(), XmlChars.strip(article.title()),
                XmlChars.strip(article.publisher()), XmlChars.strip(article.byline()), article.publishedAt(), article.publishedPrecision(), article.publishedSource(),
                page.fetchedAt().toString(), article.language(), text, sha256(text));
        List<Claim> found;
        try {
            found = claims.extract(text, localDate(article.publishedAt()), article.title());
        } catch (RuntimeException | StackOverflowError e) {
            return Prepared.failed("claim extraction failed on this page (" + e.getClass().getSimpleName() + ")");
        }
        Map<String, Model> models = new LinkedHashMap<>();
        for (Claim c : found) {
            models.computeIfAbsent(c.model(), name -> claims.catalog().resolve(name)
                    .orElseGet(() -> new Model(Model.idFor(name), name, null, null, List.of())));
        }
        DocumentDates dates = new DocumentDates(0, article.modifiedAt(), article.publishedConfidence(), article.dateEvidence(),
                article.original());
        return new Prepared(doc, found, List.copyOf(models.values()), null, dates.isEmpty() ? null : dates);
    }

    /**
     * The writing half of {@link #ingest}: stores a prepared page in one transaction and, when it is new or
     * revised, announces it to the listeners. A failed preparation comes back as that failure.
     */
    public IngestOutcome store(Prepared prepared) {
        if (prepared.failure() != null) {
            return IngestOutcome.failed(prepared.failure());
        }
        Document doc = prepared.document();
        SaveResult saved;
        try {
            saved = db.documents().save(doc, prepared.claims(), new ArrayList<>(prepared.models()));
        } catch (StoreException e) {
            return IngestOutcome.failed("could not store the document: " + e.getMessage());
        }
        if (saved.status() == SaveResult.Status.UNCHANGED) {
            return new IngestOutcome(IngestOutcome.Status.UNCHANGED, saved.documentId(), 0, null);
        }
        if (prepared.dates() != null) {
            DocumentDates d = prepared.dates();
            try {
                db.documentDates().save(new DocumentDates(saved.documentId(), d.modifiedAt(), d.confidence(), d.disagreement(),
                        d.original()));
            } catch (StoreException e) {
                // How the dates were found is a note beside the document; the stored document stands without it.
            }
        }
        StoredDocument stored = new StoredDocument(doc.withId(saved.documentId()), saved.claims(), saved.supersededId());
        for (Consumer<StoredDocument> l : listeners) {
            l.accept(stored);
        }
        return new IngestOutcome(saved.status() == SaveResult.Status.NEW ? IngestOutcome.Status.NEW
                : IngestOutcome.Status.REVISED, saved.documentId(), saved.claims().size(), null);
    }

    /** A reason to refuse the bytes before parsing, or null when they look like text. */
    static String contentProblem(RawPage page) {
        byte[] b = page.body();
        if (b.length == 0) {
            return "empty: the file or response has no content";
        }
        if (b.length > MAX_BYTES) {
            return "too large: " + b.length + " bytes (the limit is " + MAX_BYTES + ")";
        }
        int sample = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int v = b[i] & 0xff;
            if (v == 0) {
                return "binary: the content contains NUL bytes, it is not text or HTML";
            }
            if (v < 0x09 || (v > 0x0d && v < 0x20 && v != 0x1b)) {
                control++;
            }
        }
        if (control > sample / 10) {
            return "binary: " + control + " control bytes in the first " + sample + ", it is not text or HTML";
        }
        if (isBlank(b)) {
            return "empty: the content is only white space";
        }
        return null;
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (!Character.isWhitespace(x & 0xff)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlainText(RawPage page) {
        String ct = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
        return ct.startsWith("text/plain") || ct.startsWith("text/markdown");
    }

    private static double replacementShare(String text) {
        long bad = text.chars().filter(ch -> ch == '\uFFFD').count();
        return (double) bad / text.length();
    }

    private static LocalDate localDate(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** SHA-256 of the text, in hex: with the URL, the natural key of a document. */
    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
