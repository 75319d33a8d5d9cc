package org.specledger.claims.dates;

import java.time.LocalDate;

/**
 * A date as far as the text says it.
 *
 * @param date      the date; for month or year precision, the first day of that month or year
 * @param precision "day", "month" or "year"
 */
public record ParsedDate(LocalDate date, String precision) {

    /** The ISO form at its precision: "2026-03-02", "2026-03" or "2026". */
    public String iso() {
        String full = date.toString();
        return switch (precision) {
            case "year" -> full.substring(0, 4);
            case "month" -> full.substring(0, 7);
            default -> full;
        };
    }
}
