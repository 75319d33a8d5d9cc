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
 * @param scaled      true when a scale was written (K, B, trillion, 亿 …) or the number was spelled out ("seven",
 *                    "dozens", 数十), which makes it a count, not an ordinal or a score
 * @param yearLike    a bare four-digit integer between 1900 and 2099 with no scale or unit
 * @param approximate "about", "around", "~", 约 …
 * @param currency    for money, the ISO 4217 code the text gives ("USD" for "$", "US$" or "dollars"; "CNY" for 元,
 *                    "yuan", "RMB" or "¥" before 万/亿; "EUR", "GBP", "JPY", "HKD" …); null when not money or when
 *                    the text does not say which currency. A yuan amount is never read as dollars.
 * @param unitName    the unit as written, by its canonical singular name ("mile per hour", "kilowatt", "week",
 *                    "gigabyte", "percent", "token", "dollar", "yuan"); null for a bare count
 * @param unitFactor  how many canonical units ({@link Unit}) one {@code unitName} is: {@code value / unitFactor} is
 *                    the amount as written (6 for "six weeks", whose value is 3,628,800 s); 1 when nothing converts
 */
public record Quantity(int start, int end, double value, Double low, Double high, Unit unit, boolean scaled,
                       boolean yearLike, boolean approximate, String currency, String unitName, double unitFactor) {

    /** A quantity with no currency and no unit name (the shape before those were recorded). */
    public Quantity(int start, int end, double value, Double low, Double high, Unit unit, boolean scaled,
                    boolean yearLike, boolean approximate) {
        this(start, end, value, low, high, unit, scaled, yearLike, approximate, null, null, 1);
    }

    public boolean isRange() {
        return low != null && high != null;
    }

    /** The amount in the written unit ({@link #unitName}): 6 for "six weeks", 96 for "96 GB", 5.4e6 for "$5.4m". */
    public double amount() {
        return value / unitFactor;
    }

    /** {@link #low} in the written unit, or null. */
    public Double lowAmount() {
        return low == null ? null : low / unitFactor;
    }

    /** {@link #high} in the written unit, or null. */
    public Double highAmount() {
        return high == null ? null : high / unitFactor;
    }

    /** This quantity with its span moved (to map a normalized span back to the text it came from). */
    public Quantity at(int newStart, int newEnd) {
        return new Quantity(newStart, newEnd, value, low, high, unit, scaled, yearLike, approximate, currency,
                unitName, unitFactor);
    }
}
