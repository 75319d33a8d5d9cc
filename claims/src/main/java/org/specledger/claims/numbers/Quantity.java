package org.specledger.claims.numbers;

/**
 * One number found in normalized text, its scale, bounds and unit applied.
 *
 * @param start       first char of the number (or of the number word) in the scanned string
 * @param end         just past the scale and unit words
 * @param value       the value in the unit's canonical measure; for a range the midpoint, for a lower bound only
 *                    the bound itself, for an upper bound only the bound itself
 * @param low         lower bound, or null
 * @param high        upper bound, or null
 * @param unit        what it counts
 * @param scaled      true when a scale was written (K, B, trillion, 亿 …), which makes it a count, not an ordinal
 * @param yearLike    a bare four-digit integer between 1900 and 2099 with no scale or unit
 * @param approximate "about", "around", "~", 约 …
 */
public record Quantity(int start, int end, double value, Double low, Double high, Unit unit, boolean scaled,
                       boolean yearLike, boolean approximate) {

    public boolean isRange() {
        return low != null && high != null;
    }
}
