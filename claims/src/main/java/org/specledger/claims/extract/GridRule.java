package org.specledger.claims.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.specledger.claims.Attribution;
import org.specledger.claims.Attributes;
import org.specledger.claims.Model;
import org.specledger.claims.models.Mention;
import org.specledger.claims.numbers.Quantity;
import org.specledger.claims.numbers.QuantityScanner;

/**
 * Grids: pipe tables and score tables pasted without their cell borders.
 * <ul>
 * <li>models as rows: a header of labels ("Models | Layers | Context Length |") then rows that open with a model
 *     ("Qwen3-8B | 36 | 32 / 8 | No | 128K |"): each cell under a label the schema knows is that model's claim;</li>
 * <li>models as columns: a header naming models ("| Benchmark | Hunyuan-Large | Llama 3.1 405B |", or glued:
 *     "BenchmarkDeepSeek-R1OpenAI o1") then rows that open with a benchmark or a label ("| MMLU | 86.2 | 87.3 |",
 *     "GPQA Diamond71.5%78.0%"): the cell in the column of the document's subject is its claim. The other columns
 *     are the comparison models the report measures against, and are not recorded.</li>
 * </ul>
 * A row whose cells do not line up with the header claims nothing: a shifted cell would be another model's figure.
 */
final class GridRule {
    private static final Pattern SEPARATOR = Pattern.compile("^[|:\\- ]+$");
    private static final Pattern PERCENT_CELL = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,2})?)%");

    /** The grid being read. */
    record Grid(boolean modelsAsRows, List<String> attributes, List<Model> columns, int subjectColumn) {
    }

    private GridRule() {
    }

    /** A header cell before the model columns: "Benchmark", "Model", "Metric", 基准 … */
    private static final Pattern CORNER = Pattern.compile("(?i)^\\|?\\s*(?:benchmarks?|models?|metrics?|tasks?|tests?|基准|测试|评测)\\s*\\|?\\s*");

    /** Whether the line is a grid's header; if so the document now reads that grid. */
    static boolean header(SentenceAnnotation s) {
        if (!s.wholeLine() || s.end - s.start > 300) {
            return false;
        }
        String line = s.text();
        Matcher corner = CORNER.matcher(line);
        if (s.doc.subject != null && corner.lookingAt() && startsWithName(line.substring(corner.end()), s.doc.subject)) {
            // "BenchmarkDeepSeek-R1OpenAI o1Claude 3.5": cells pasted without borders; the subject's column is first
            s.doc.grid = new Grid(false, List.of(), List.of(s.doc.subject), 0);
            return true;
        }
        List<Mention> ms = s.mentions;
        if (ms.size() >= 2 && ms.get(0).start() > s.start) {
            List<Model> cols = new ArrayList<>();
            for (Mention m : ms) {
                cols.add(m.model());
            }
            int subject = -1;
            for (int i = 0; i < cols.size(); i++) {
                if (s.doc.subject != null && cols.get(i).name().equals(s.doc.subject.name())) {
                    subject = i;
                }
            }
            if (subject < 0) {
                for (int i = 0; i < cols.size() && subject < 0; i++) {
                    subject = Scope.isReference(cols.get(i).name()) ? -1 : i;
                }
            }
            String first = s.t.substring(s.start, ms.get(0).start()).replace("|", "").strip();
            if (subject < 0 || first.length() > 20 || !onlySeparatorsBetween(s, ms)) {
                return false;
            }
            s.doc.grid = new Grid(false, List.of(), cols, subject);
            return true;
        }
        if (line.indexOf('|') < 0 || !ms.isEmpty()) {
            return false;
        }
        List<String> cells = cells(line);
        List<String> attributes = new ArrayList<>();
        boolean any = false;
        for (int i = 1; i < cells.size(); i++) {
            String a = LabelValueRule.attributeOfLabel(cells.get(i));
            if (a == null) {
                List<Benchmarks.Hit> b = Benchmarks.find(cells.get(i), 0, cells.get(i).length());
                a = b.size() == 1 ? b.get(0).attribute() : null;
            }
            any |= a != null;
            attributes.add(a);
        }
        if (!any || cells.size() < 3) {
            return false;
        }
        s.doc.grid = new Grid(true, attributes, List.of(), -1);
        return true;
    }

    /** Claims the line as a row of the current grid; true when it was one (or a separator line). */
    static boolean row(SentenceAnnotation s, ClaimSink out) {
        Grid g = s.doc.grid;
        if (g == null) {
            return false;
        }
        String line = s.text();
        if (!s.wholeLine()) {
            s.doc.grid = null;
            return false;
        }
        if (SEPARATOR.matcher(line).matches()) {
            return true;
        }
        boolean row = g.modelsAsRows() ? modelRow(s, g, out) : labelRow(s, g, out);
        if (!row) {
            s.doc.grid = null;
        }
        return row;
    }

    private static boolean modelRow(SentenceAnnotation s, Grid g, ClaimSink out) {
        List<String> cells = cells(s.text());
        if (s.mentions.isEmpty() || cells.size() != g.attributes().size() + 1) {
            return false;
        }
        Mention m = s.mentions.get(0);
        if (!cells.get(0).strip().equalsIgnoreCase(s.t.substring(m.start(), m.end()).strip())
                && s.t.substring(s.start, m.start()).replace("|", "").strip().length() > 0) {
            return false;
        }
        SentenceAnnotation.Owner owner = new SentenceAnnotation.Owner(m.model(), Attribution.EXPLICIT);
        int first = s.t.charAt(s.start) == '|' ? s.start + 1 : s.start;
        List<int[]> spans = cellSpans(s, first, false);
        for (int i = 0; i < g.attributes().size(); i++) {
            String a = g.attributes().get(i);
            if (a != null && i + 1 < spans.size()) {
                claimCell(s, owner, a, spans.get(i + 1)[0], spans.get(i + 1)[1], out);
            }
        }
        return true;
    }

    private static boolean labelRow(SentenceAnnotation s, Grid g, ClaimSink out) {
        String line = s.text();
        int skip = 0;
        while (skip < line.length() && (line.charAt(skip) == '|' || line.charAt(skip) == ' ')) {
            skip++;
        }
        String attribute = null;
        int valuesFrom = -1;
        List<Benchmarks.Hit> b = Benchmarks.find(s.t, s.start + skip, s.end);
        if (!b.isEmpty() && b.get(0).start() == s.start + skip) {
            attribute = b.get(0).attribute();
            valuesFrom = b.get(0).end();
        } else if (line.indexOf('|', skip) > 0) {
            int bar = line.indexOf('|', skip);
            attribute = LabelValueRule.attributeOfLabel(line.substring(skip, bar));
            valuesFrom = s.start + bar;
        }
        if (attribute == null) {
            return false;
        }
        if (line.indexOf('|', valuesFrom - s.start) >= 0) {
            // "| MMLU (English) | 86.2 | 87.3 |": the cells after the label's own cell
            int firstBar = line.indexOf('|', valuesFrom - s.start);
            List<int[]> spans = cellSpans(s, s.start + firstBar + 1, true);
            if (g.columns().size() > 1 ? spans.size() != g.columns().size() : spans.size() < 2) {
                return true; // a row of the grid, but not one that lines up: nothing claimed
            }
            int[] cell = spans.get(g.subjectColumn());
            claimCell(s, owner(g), attribute, cell[0], cell[1], out);
            return true;
        }
        // glued percent cells: "GPQA Diamond71.5%78.0%65.0%53.6%"
        Matcher p = PERCENT_CELL.matcher(s.t).region(valuesFrom, s.end);
        List<int[]> spans = new ArrayList<>();
        int at = valuesFrom;
        while (p.find()) {
            if (p.start() != at) {
                return true; // something between the cells: no reading is safe
            }
            spans.add(new int[] {p.start(1), p.end(1)});
            at = p.end();
        }
        boolean columnsKnown = g.columns().size() > 1;
        if (at == s.end && (columnsKnown ? spans.size() == g.columns().size() : spans.size() >= 2)
                && Attributes.isBenchmark(attribute)) {
            int[] cell = spans.get(g.subjectColumn());
            double v = Double.parseDouble(s.t.substring(cell[0], cell[1]));
            out.number(s, owner(g), attribute, v, null, null, ClaimSink.written(s, cell[0], cell[1] + 1), cell[0]);
        }
        return true;
    }

    private static SentenceAnnotation.Owner owner(Grid g) {
        return new SentenceAnnotation.Owner(g.columns().get(g.subjectColumn()), Attribution.EXPLICIT);
    }

    private static void claimCell(SentenceAnnotation s, SentenceAnnotation.Owner owner, String attribute, int from, int to,
                                  ClaimSink out) {
        String cell = s.t.substring(from, to).strip();
        if (Attributes.isBenchmark(attribute)) {
            Matcher n = Pattern.compile("(\\d{1,4}(?:\\.\\d{1,2})?)%?").matcher(cell);
            if (n.matches()) {
                double v = Double.parseDouble(n.group(1));
                if (v > 0 && (v <= 100 || attribute.endsWith("elo") || attribute.endsWith("codeforces"))) {
                    out.number(s, owner, attribute, v, null, null, cell, from);
                }
            }
            return;
        }
        if (Attributes.kindOf(attribute) != org.specledger.claims.ValueKind.NUMBER) {
            return;
        }
        List<Quantity> qs = QuantityScanner.scan(s.t, from, to);
        if (qs.size() == 1 && (qs.get(0).scaled() || qs.get(0).value() >= 1000)) {
            double factor = attribute.equals(Attributes.CONTEXT_LENGTH) && cell.matches("\\d{1,4}(?:\\.\\d)? ?[Kk]") ? 1.024 : 1;
            out.number(s, owner, attribute, qs.get(0), factor);
        }
    }

    private static boolean startsWithName(String rest, Model m) {
        String r = org.specledger.claims.models.ModelCatalog.key(rest.length() > 60 ? rest.substring(0, 60) : rest);
        if (r.startsWith(org.specledger.claims.models.ModelCatalog.key(m.name()))) {
            return true;
        }
        for (String a : m.aliases()) {
            if (a.length() > 3 && r.startsWith(org.specledger.claims.models.ModelCatalog.key(a))) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlySeparatorsBetween(SentenceAnnotation s, List<Mention> ms) {
        for (int i = 1; i < ms.size(); i++) {
            String between = s.t.substring(ms.get(i - 1).end(), ms.get(i).start()).replace("|", "").strip();
            if (between.length() > 12 || between.contains(" ") && between.split(" ").length > 2) {
                return false; // prose between the names: a sentence, not a header
            }
        }
        return s.t.substring(ms.get(ms.size() - 1).end(), s.end).replace("|", "").strip().length() <= 12;
    }

    private static List<String> cells(String line) {
        String l = line.strip();
        if (l.startsWith("|")) {
            l = l.substring(1);
        }
        if (l.endsWith("|")) {
            l = l.substring(0, l.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String c : l.split("\\|", -1)) {
            out.add(c.strip());
        }
        return out;
    }

    /**
     * The '|'-separated cells of the line from {@code from} on, as absolute {start, end} spans: blank cells left out when
     * {@code skipBlank}, else kept in place (only the empty stretch after a closing '|' is dropped).
     */
    private static List<int[]> cellSpans(SentenceAnnotation s, int from, boolean skipBlank) {
        List<int[]> spans = new ArrayList<>();
        int a = from;
        for (int k = a; k <= s.end; k++) {
            if (k == s.end || s.t.charAt(k) == '|') {
                boolean keep = skipBlank ? k > a && !s.t.substring(a, k).isBlank() : k > a || k < s.end;
                if (keep) {
                    spans.add(new int[] {a, k});
                }
                a = k + 1;
            }
        }
        return spans;
    }
}
