package org.specledger.web.sheet;

import java.util.List;

/**
 * The model a sheet is about.
 *
 * @param family   the family name, or null when the model has none
 * @param variants the family's other models (this one excluded), by name
 */
public record SheetModel(String id, String name, String organization, String family, List<String> aliases,
                         List<Variant> variants) {
    public SheetModel {
        aliases = List.copyOf(aliases);
        variants = List.copyOf(variants);
    }

    /** Another model of the same family. */
    public record Variant(String id, String name) {
    }
}
