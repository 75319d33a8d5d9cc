package org.specledger.web.pages;

import java.util.List;
import org.specledger.db.Source;
import org.specledger.db.SourceRepository.LogEntry;

/**
 * The sources page: the crawl's sources, its recent log, and the admin form.
 *
 * @param adminEnabled false when no admin token is configured: the form says admin is disabled
 * @param csrf         the session's CSRF token for the form's hidden field
 * @param notice       what the last POST did ("queued …"), or null
 * @param error        why the last POST was refused, or null
 * @param url          the URL typed, kept on a refusal so that it can be corrected
 */
public record SourcesView(List<Source> sources, List<LogEntry> log, boolean adminEnabled, String csrf, String notice,
                          String error, String url) {
}
