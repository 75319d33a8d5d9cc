package org.specledger.claims.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MONDAY, MARCH 2, 2026 | 2026-03-02 | day",
            "Published FEB 11, 2026 | 2026-02-11 | day",
            "2026年3月2日 | 2026-03-02 | day",
            "2026-03-02T08:00:00+08:00 | 2026-03-02 | day",
            "15 September 2026 | 2026-09-15 | day",
            "June 2025 | 2025-06 | month",
            "2026年3月 | 2026-03 | month",
            "2025 | 2025 | year"})
    void parsesDatelines(String in, String iso, String precision) {
        assertThat(Dates.parse(in)).hasValueSatisfying(d -> {
            assertThat(d.iso()).isEqualTo(iso);
            assertThat(d.precision()).isEqualTo(precision);
        });
    }

    @Test
    void rejectsNonDates() {
        assertThat(Dates.parse("no date here")).isEmpty();
        assertThat(Dates.parse("February 30, 2026")).isEmpty();
        assertThat(Dates.parse(null)).isEmpty();
    }

    @Test
    void resolvesRelativeDatesAgainstPublication() {
        LocalDate pub = LocalDate.of(2026, 3, 2);
        String t = "Posted 17h ago; 2d ago it leaked; yesterday it shipped; 昨天发布; last week too.";
        List<DateMention> ds = Dates.find(t, 0, t.length(), pub);
        assertThat(ds).extracting(d -> d.date().iso()).containsExactly("2026-03-02", "2026-02-28", "2026-03-01",
                "2026-03-01", "2026-02");
        assertThat(ds).allMatch(DateMention::relative);
        assertThat(Dates.find(t, 0, t.length(), null)).isEmpty();
    }

    @Test
    void theModalMayIsNotAMonth() {
        String t = "It may 3x the speed, and launched May 3, 2026.";
        assertThat(Dates.find(t, 0, t.length(), null)).singleElement()
                .satisfies(d -> assertThat(d.date().iso()).isEqualTo("2026-05-03"));
    }

    @Test
    void wireCopyWeekdaysResolveToTheWeekBeforeTheDateline() {
        LocalDate wednesday = LocalDate.of(2025, 1, 29);
        String t = "Alibaba on Wednesday released it; rivals answered on Monday; last Wednesday was quiet.";
        assertThat(Dates.find(t, 0, t.length(), wednesday)).extracting(d -> d.date().iso())
                .containsExactly("2025-01-29", "2025-01-27", "2025-01-22");
        String prose = "Wednesday's launch";
        assertThat(Dates.find(prose, 0, prose.length(), wednesday)).isEmpty();
    }
}
