package org.specledger.web.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Entry dates of the Atom feeds (the feeds themselves are served and read in app's FeedRoutesTest). */
class FeedDatesTest {
    @Test
    void datesOfEveryPrecisionBecomeEntryDates() {
        assertThat(FeedRoutes.date("2025-07-11").toInstant().toString()).isEqualTo("2025-07-11T00:00:00Z");
        assertThat(FeedRoutes.date("2025-07").toInstant().toString()).isEqualTo("2025-07-01T00:00:00Z");
        assertThat(FeedRoutes.date("2025").toInstant().toString()).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(FeedRoutes.date("2025-07-11T08:00:00+08:00").toInstant().toString()).isEqualTo("2025-07-11T00:00:00Z");
        assertThat(FeedRoutes.date("yesterday").toInstant().toString()).isEqualTo("1970-01-01T00:00:00Z");
    }
}
