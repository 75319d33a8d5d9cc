package org.specledger.claims.reference;

import java.util.Objects;

/**
 * One row of {@code supply.csv}: cards of one domestic chip produced (or planned) in one year.
 *
 * @param basis {@code estimate}, {@code plan} or {@code forecast}
 */
public record SupplyEstimate(String chip, int year, long units, String basis, String source) {

    public SupplyEstimate {
        Objects.requireNonNull(chip, "chip");
    }
}
