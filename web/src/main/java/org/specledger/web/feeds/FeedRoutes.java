package org.specledger.web.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.specledger.claims.text.XmlChars;
import org.specledger.db.ClaimView;
import org.specledger.db.FlagView;
import org.specledger.db.ModelSummary;
import org.specledger.web.api.ApiRoutes;
import org.specledger.web.api.Responses;
import org.specledger.web.server.ServerContext;
import org.specledger.web.server.ApiException;
import org.specledger.web.server.Links;
import org.specledger.web.sheet.Units;

/**
 * Atom 1.0 feeds (RFC 4287) written with ROME: {@code /feeds/flags.atom} (the newest flags) and
 * {@code /feeds/models/{id}.atom} (a model's newest claims).
 */
public final class FeedRoutes {
    /** Entries per feed: the newest this many. */
    public static final int ENTRIES = 50;
    /** Entry dates when a report has no date: the Unix epoch rather than "now", so it never looks new. */
    private static final Date UNDATED = Date.from(Instant.EPOCH);

    private FeedRoutes() {
    }

    public static void register(JavalinConfig config, ServerContext app) {
        config.routes.get("/feeds/flags.atom", ctx -> {
            List<FlagView> flags = app.db().flags().list(null, null, null, ENTRIES).items();
            String base = ApiRoutes.origin(ctx);
            SyndFeed feed = feed("SpecLedger: new flags", "Conflicts, implausible values, failed arithmetic and"
                    + " impossible dates found in reports about AI models.", base + "/flags", base + ctx.path());
            List<SyndEntry> entries = new ArrayList<>();
            for (FlagView f : flags) {
                SyndEntry e = new SyndEntryImpl();
                e.setTitle(f.flag().kind().json() + ": " + f.flag().model()
                        + (f.flag().attribute() == null ? "" : " " + f.flag().attribute()));
                e.setLink(base + "/flags#flag-" + f.flag().id());
                e.setUri("urn:specledger:flag:" + f.flag().id());
                Date d = date(f.createdAt());
                e.setPublishedDate(d);
                e.setUpdatedDate(d);
                e.setDescription(text(f.flag().reason()));
                entries.add(e);
            }
            feed.setEntries(entries);
            feed.setPublishedDate(entries.isEmpty() ? UNDATED : entries.get(0).getPublishedDate());
            write(ctx, feed);
        });
        config.routes.get("/feeds/models/{file}", ctx -> {
            String file = ctx.pathParam("file");
            if (!file.endsWith(".atom")) {
                throw ApiException.notFound("no feed " + ctx.path() + " (model feeds are /feeds/models/{id}.atom)");
            }
            String id = file.substring(0, file.length() - ".atom".length());
            ModelSummary m = app.db().models().resolve(id)
                    .orElseThrow(() -> ApiException.notFound("no model '" + id + "'"));
            List<ClaimView> claims = app.db().claims().byModel(m.id(), null);
            String base = ApiRoutes.origin(ctx);
            SyndFeed feed = feed("SpecLedger: claims about " + m.name(), "Every new claimed spec of " + m.name()
                    + ", with the sentence that states it.", base + Links.model(m.id()), base + ctx.path());
            List<SyndEntry> entries = new ArrayList<>();
            for (int i = claims.size() - 1; i >= 0 && entries.size() < ENTRIES; i--) {
                ClaimView c = claims.get(i);
                SyndEntry e = new SyndEntryImpl();
                e.setTitle(m.name() + " " + c.claim().attribute() + ": " + Units.format(c.claim())
                        + (c.publisher() == null ? "" : " (" + c.publisher() + ")"));
                e.setLink(c.url());
                e.setUri("urn:specledger:claim:" + c.claim().id());
                Date d = date(c.publishedAt());
                e.setPublishedDate(d);
                e.setUpdatedDate(d);
                e.setDescription(text("“" + c.claim().quote() + "” (" + c.claim().hedge().json() + ")"));
                entries.add(e);
            }
            feed.setEntries(entries);
            feed.setPublishedDate(entries.stream().map(SyndEntry::getPublishedDate).max(Date::compareTo).orElse(UNDATED));
            write(ctx, feed);
        });
    }

    private static SyndFeed feed(String title, String description, String alternate, String self) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setDescription(description);
        feed.setUri(self);
        feed.setLink(alternate);
        SyndLink selfLink = new SyndLinkImpl();
        selfLink.setRel("self");
        selfLink.setHref(self);
        selfLink.setType("application/atom+xml");
        SyndLink alt = new SyndLinkImpl();
        alt.setRel("alternate");
        alt.setHref(alternate);
        feed.setLinks(new ArrayList<>(List.of(alt, selfLink)));
        return feed;
    }

    /** Plain text content: ROME escapes it, so quotes with markup stay text. */
    private static SyndContent text(String s) {
        SyndContent c = new SyndContentImpl();
        c.setType("text/plain");
        c.setValue(s);
        return c;
    }

    private static void write(Context ctx, SyndFeed feed) {
        clean(feed);
        try {
            Responses.text(ctx, new SyndFeedOutput().outputString(feed), "application/atom+xml; charset=utf-8");
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the feed " + ctx.path(), e);
        }
    }

    /**
     * Drops the characters XML forbids from every text of the feed: one in a stored title or site name made the
     * whole feed unwritable, a 400 for every reader (issue 14, item 7). Stored text is cleaned at ingest too; this
     * covers documents stored before that.
     */
    static void clean(SyndFeed feed) {
        feed.setTitle(XmlChars.strip(feed.getTitle()));
        feed.setDescription(XmlChars.strip(feed.getDescription()));
        for (SyndEntry e : feed.getEntries()) {
            e.setTitle(XmlChars.strip(e.getTitle()));
            e.setLink(XmlChars.strip(e.getLink()));
            e.setUri(XmlChars.strip(e.getUri()));
            if (e.getDescription() != null) {
                e.getDescription().setValue(XmlChars.strip(e.getDescription().getValue()));
            }
        }
    }

    /** An ISO date, month, year or instant as a Date (start of the period, UTC); the epoch when absent or unreadable. */
    static Date date(String iso) {
        if (iso == null || iso.isBlank()) {
            return UNDATED;
        }
        String s = iso.trim();
        try {
            if (s.length() == 4) {
                return Date.from(LocalDate.of(Integer.parseInt(s), 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (s.length() == 7) {
                return Date.from(YearMonth.parse(s).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (s.length() == 10) {
                return Date.from(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (s.endsWith("Z")) {
                return Date.from(Instant.parse(s));
            }
            return Date.from(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException | NumberFormatException e) {
            return UNDATED;
        }
    }
}
