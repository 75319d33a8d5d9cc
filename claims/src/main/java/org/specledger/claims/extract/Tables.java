package org.specledger.claims.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.specledger.claims.Attributes;

/**
 * Tables flattened to text, one line a row (how the article extractor writes an HTML {@code <table>}): a header
 * line of column names with at least two benchmarks, then rows that open with a model name followed by exactly
 * one cell per remaining column. A row whose cells do not line up with the header is left alone, since a
 * misaligned cell would put a score under the wrong benchmark.
 */
final class Tables {
    /** What a column holds: an attribute, {@link #PARAM_PAIR} ("671B / 37B"), or null for one to ignore. */
    record Column(String attribute) {
    }

    /** One cell to claim: the attribute, its value in canonical units, and its span in the text. */
    record Cell(String attribute, double value, int start, int end) {
    }

    static final String PARAM_PAIR = "total/active";

    /** A cell: "671B / 37B", "1T", "84.0", "65.8%", a dash, or any other run of non-space characters. */
    private static final Pattern CELL = Pattern.compile(
            "(\\d+(?:\\.\\d+)?) ?([BTMK]) ?/ ?(\\d+(?:\\.\\d+)?) ?([BTMK])(?![A-Za-z0-9])|\\S+");
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)([BTMK])?%?");

    private Tables() {
    }

    /** The columns of a header line t[from, to) after the first (the model column), or null when it is no header. */
    static List<Column> header(String t, int from, int to) {
        if (to - from > 400 || !Cues.any(t.substring(from, to).toLowerCase(Locale.ROOT), Benchmarks.GATE)) {
            return null;
        }
        List<Benchmarks.Hit> hits = Benchmarks.find(t, from, to);
        if (hits.size() < 2) {
            return null;
        }
        List<Column> cols = new ArrayList<>();
        int at = from;
        boolean first = true;
        for (Benchmarks.Hit h : hits) {
            String seg = t.substring(at, h.start()).strip();
            if (!otherColumns(seg, first, cols)) {
                return null;
            }
            first = false;
            cols.add(new Column(h.attribute()));
            at = h.end();
        }
        if (!otherColumns(t.substring(at, to).strip(), false, cols)) {
            return null;
        }
        return cols;
    }

    /**
     * Adds the columns a stretch of header text between benchmarks names; the first stretch starts with the
     * model column's label. False when the stretch reads like prose (a sentence, not a header).
     */
    private static boolean otherColumns(String seg, boolean first, List<Column> cols) {
        if (seg.endsWith(".") || seg.length() > 60 || seg.chars().filter(Character::isDigit).count() > 3) {
            return false;
        }
        String lower = seg.toLowerCase(Locale.ROOT);
        if (first) {
            if (seg.isEmpty()) {
                return false;
            }
            int sp = seg.indexOf(' ');
            lower = sp < 0 ? "" : lower.substring(sp + 1).strip(); // the model column's own label
        }
        if (lower.isEmpty()) {
            return true;
        }
        if (lower.contains("param") || lower.contains("参数") || lower.contains("size")) {
            cols.add(new Column(lower.contains("/") || lower.contains("active") || lower.contains("激活")
                    ? PARAM_PAIR : Attributes.TOTAL_PARAMETERS));
        } else if (lower.contains("context") || lower.contains("上下文")) {
            cols.add(new Column(Attributes.CONTEXT_LENGTH));
        } else {
            cols.add(new Column(null)); // price, licence, release …: nothing this table reader claims
        }
        return true;
    }

    /** The cells of a row t[from, to) (from = just after the model name) under cols, or null when they do not line up. */
    static List<Cell> row(String t, int from, int to, List<Column> cols) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = CELL.matcher(t).region(from, to);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.size() != cols.size()) {
            return null;
        }
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            String attribute = cols.get(i).attribute();
            if (attribute == null) {
                continue;
            }
            Matcher c = CELL.matcher(t).region(spans.get(i)[0], spans.get(i)[1]);
            c.lookingAt();
            if (attribute.equals(PARAM_PAIR)) {
                if (c.group(1) == null) {
                    continue;
                }
                out.add(new Cell(Attributes.TOTAL_PARAMETERS, value(c.group(1), c.group(2), false), c.start(1), c.end(2)));
                out.add(new Cell(Attributes.ACTIVE_PARAMETERS, value(c.group(3), c.group(4), false), c.start(3), c.end()));
                continue;
            }
            Matcher n = NUMBER.matcher(c.group());
            if (!n.matches()) {
                continue; // a dash or a word: the table has no figure here
            }
            boolean context = attribute.equals(Attributes.CONTEXT_LENGTH);
            double v = value(n.group(1), n.group(2), context);
            if (attribute.startsWith("benchmark:")) {
                boolean elo = attribute.endsWith("arena-elo");
                if (n.group(2) != null || (elo ? v < 300 || v > 4000 : v <= 0 || v > 100)) {
                    continue;
                }
            } else if (n.group(2) == null && !context) {
                continue; // a parameter count needs its B or T
            }
            out.add(new Cell(attribute, v, c.start(), c.end()));
        }
        return out;
    }

    private static double value(String digits, String scale, boolean context) {
        double v = Double.parseDouble(digits);
        if (scale == null) {
            return v;
        }
        return switch (scale) {
            case "K" -> v * (context ? 1024 : 1e3); // "128K" context windows are binary (see ClaimExtractor)
            case "M" -> v * 1e6;
            case "B" -> v * 1e9;
            default -> v * 1e12;
        };
    }
}
