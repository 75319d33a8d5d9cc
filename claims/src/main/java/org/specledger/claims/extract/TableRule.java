package org.specledger.claims.extract;

import java.util.List;
import org.specledger.claims.Attribution;
import org.specledger.claims.models.Mention;

/**
 * Rows of a table flattened to text ({@link Tables}): a header line of benchmark columns opens the table (and claims
 * nothing), then each line that starts with a model name and has one cell per column gives that model one claim a
 * cell. The first line that is no row ends the table.
 */
final class TableRule {
    private TableRule() {
    }

    /** Whether the sentence is a table's header line; if so the document now reads that table. */
    static boolean header(SentenceAnnotation s) {
        if (!s.sentence.firstInParagraph() && s.doc.table == null || !s.wholeLine()) {
            return false;
        }
        List<Tables.Column> header = Tables.header(s.t, s.start, s.end);
        if (header == null) {
            return false;
        }
        s.doc.table = header;
        return true;
    }

    /** Claims the sentence as a row of the current table; true when it was one. */
    static boolean row(SentenceAnnotation s, ClaimSink out) {
        if (s.doc.table == null) {
            return false;
        }
        if (s.mentions.isEmpty() || s.mentions.get(0).start() != s.start || !s.wholeLine()) {
            s.doc.table = null; // the first line that is no row ends the table
            return false;
        }
        Mention m = s.mentions.get(0);
        List<Tables.Cell> cells = Tables.row(s.t, m.end(), s.end, s.doc.table);
        if (cells == null) {
            s.doc.table = null;
            return false;
        }
        SentenceAnnotation.Owner owner = new SentenceAnnotation.Owner(m.model(), Attribution.EXPLICIT);
        for (Tables.Cell c : cells) {
            out.number(s, owner, c.attribute(), c.value(), null, null, ClaimSink.written(s, c.start(), c.end()), c.start());
        }
        return true;
    }

}
