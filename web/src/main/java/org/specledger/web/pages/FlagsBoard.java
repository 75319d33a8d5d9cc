package org.specledger.web.pages;

import java.util.List;
import org.specledger.db.ClaimView;
import org.specledger.db.FlagView;
import org.specledger.db.ModelSummary;

/**
 * The flags board's model: flags newest first with the claims each rests on, and the filter form's state.
 *
 * @param kind   the kind filtered on, "" for any
 * @param model  the model id filtered on, "" for any
 * @param models the models offered in the filter's drop-down
 * @param next   the URL of the next page, or null
 */
public record FlagsBoard(List<Row> rows, String kind, String model, List<String> kinds, List<ModelSummary> models,
                         String next) {

    public record Row(FlagView flag, List<ClaimView> claims) {
    }
}
