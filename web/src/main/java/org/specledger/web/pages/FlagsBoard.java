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
 * @param total  flags matching the filters, on all pages
 * @param first  the URL of the first page when this is a later one, else null
 */
public record FlagsBoard(List<Row> rows, String kind, String model, List<String> kinds, List<ModelSummary> models,
                         String next, long total, String first) {

    /**
     * One flag with the first of the claims it rests on ({@code more} others are on the spec sheet, where
     * {@code moreHref} points).
     */
    public record Row(FlagView flag, List<ClaimView> claims, int more, String moreHref) {
    }
}
