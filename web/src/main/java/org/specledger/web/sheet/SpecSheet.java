package org.specledger.web.sheet;

import java.util.List;
import org.specledger.db.FlagView;

/**
 * Everything a journalist's fact sheet (and the model page) shows about one model.
 *
 * @param model       the model, its aliases and its family's other variants
 * @param specs       one entry per attribute that has claims or a stored consensus, in schema order
 * @param flags       every flag of the model, newest first, each with its reason
 * @param generatedAt ISO-8601 instant the sheet was assembled
 */
public record SpecSheet(SheetModel model, List<Spec> specs, List<FlagView> flags, String generatedAt) {
    public SpecSheet {
        specs = List.copyOf(specs);
        flags = List.copyOf(flags);
    }
}
