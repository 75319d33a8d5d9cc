package org.specledger.claims;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A model as one identity: canonical name, its URL-safe id, organisation, family and aliases.
 * A variant (GLM-4.5-Air beside GLM-4.5) is its own model with the same family.
 */
public record Model(String id, String name, String organization, String family, List<String> aliases) {

    public Model {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** The id for a canonical name: lower case, runs of anything but letters and digits become one '-'. */
    public static String idFor(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String id = n.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        return id.isEmpty() ? "model" : id;
    }
}
