package org.specledger.web.server;

import org.specledger.db.Database;
import org.specledger.db.Source;
import org.specledger.index.SearchIndex;

/**
 * What the server reads and starts: the ledger, the search index, and the crawls started from the site's admin
 * form. The application ({@code org.specledger.app.AppContext}) opens the engines and provides it; the server
 * knows no command line and no wiring.
 */
public interface ServerContext {
    Database db();

    SearchIndex index();

    /** Crawls started from the site's admin form. */
    Crawls crawls();

    /** Starts crawls of the sources added from the site. */
    interface Crawls {
        /**
         * Adds a source (normalized URL, queued in the frontier) and starts a crawl unless one is running.
         *
         * @throws IllegalArgumentException when the URL cannot be crawled or points at a refused address; the
         *                                  message says why
         */
        Source addAndStart(String url, String kind, int depth);
    }
}
