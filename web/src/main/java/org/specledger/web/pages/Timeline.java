package org.specledger.web.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The spec sheet's "when was it first reported" chart as coordinates for a server-rendered inline SVG: x is the
 * publication date of the reporting document, one row per attribute, one dot per claim (linking to it). Claims
 * without a readable date are left out and counted.
 *
 * @param width   the drawing's width in SVG units
 * @param height  its height
 * @param rows    the attribute rows, top to bottom
 * @param dots    one per dated claim
 * @param ticks   labelled dates along the x axis
 * @param undated claims left out for want of a date
 */
public record Timeline(int width, int height, List<Row> rows, List<Dot> dots, List<Tick> ticks, int undated) {

    public static final int WIDTH = 900;
    static final int LABEL_WIDTH = 190;
    static final int ROW_HEIGHT = 22;
    static final int TOP = 10;
    static final int AXIS = 28;
    static final int RIGHT = 20;
    /** Dots on one row closer than this (SVG units) are drawn as one: a dot's radius is 4, the first's 6. */
    static final int DOT_SPACING = 4;

    /** An attribute's row: its label and the y of its line. */
    public record Row(String label, int y, String href) {
    }

    /** A claim: where it is drawn, where it links, and its tooltip. {@code first} marks the earliest of its row. */
    public record Dot(int x, int y, String href, String title, boolean first) {
    }

    public record Tick(int x, String label) {
    }

    /** A claim to place: its attribute row (label and link), date (ISO, any precision), link and tooltip. */
    public record Input(String rowLabel, String rowHref, String date, String href, String title) {
    }

    /** Lays out the claims; rows keep the order in which their attributes first appear in {@code inputs}. */
    public static Timeline of(List<Input> inputs) {
        Map<String, Integer> rowIndex = new LinkedHashMap<>();
        Map<String, String> rowHref = new LinkedHashMap<>();
        // Each input's date, read once (null: undated), and each row's earliest.
        LocalDate[] dateOf = new LocalDate[inputs.size()];
        List<LocalDate> dates = new ArrayList<>();
        Map<String, LocalDate> earliest = new LinkedHashMap<>();
        int undated = 0;
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            rowIndex.putIfAbsent(in.rowLabel(), rowIndex.size());
            rowHref.putIfAbsent(in.rowLabel(), in.rowHref());
            Optional<LocalDate> d = parse(in.date());
            if (d.isPresent()) {
                dateOf[i] = d.get();
                dates.add(d.get());
                earliest.merge(in.rowLabel(), d.get(), (a, b) -> a.isBefore(b) ? a : b);
            } else {
                undated++;
            }
        }
        int height = TOP + Math.max(1, rowIndex.size()) * ROW_HEIGHT + AXIS;
        List<Row> rows = new ArrayList<>();
        rowIndex.forEach((label, i) -> rows.add(new Row(label, y(i), rowHref.get(label))));
        if (dates.isEmpty()) {
            return new Timeline(WIDTH, height, rows, List.of(), List.of(), undated);
        }
        LocalDate min = dates.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate max = dates.stream().max(LocalDate::compareTo).orElseThrow();
        // Pad a little so that dots on the first and last day are not cut by the edges.
        long span = Math.max(1, ChronoUnit.DAYS.between(min, max));
        LocalDate from = min.minusDays(Math.max(1, span / 20));
        LocalDate to = max.plusDays(Math.max(1, span / 20));
        long days = ChronoUnit.DAYS.between(from, to);
        int plot = WIDTH - LABEL_WIDTH - RIGHT;
        List<Dot> dots = new ArrayList<>();
        // Dots closer than DOT_SPACING on a row would be drawn over each other: the first (as given) stands for
        // them, marked as the row's first report when any of them is. A model with a thousand claims drew a
        // thousand dots (130 KB of SVG) where a few dozen can be told apart.
        Map<Long, Integer> drawn = new java.util.HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            LocalDate d = dateOf[i];
            if (d != null) {
                int x = LABEL_WIDTH + (int) Math.round(plot * (double) ChronoUnit.DAYS.between(from, d) / days);
                int row = rowIndex.get(in.rowLabel());
                boolean first = d.equals(earliest.get(in.rowLabel()));
                Integer at = drawn.putIfAbsent((long) row << 32 | (x / DOT_SPACING), dots.size());
                if (at == null) {
                    dots.add(new Dot(x, y(row), in.href(), in.title(), first));
                } else if (first && !dots.get(at).first()) {
                    Dot o = dots.get(at);
                    dots.set(at, new Dot(x, o.y(), in.href(), in.title(), true));
                }
            }
        }
        return new Timeline(WIDTH, height, rows, dots, ticks(from, to, days, plot), undated);
    }

    private static int y(int row) {
        return TOP + row * ROW_HEIGHT + ROW_HEIGHT / 2;
    }

    /** Up to about six ticks at month starts (or days for a short span), labelled "2026-03" or "2026-03-14". */
    private static List<Tick> ticks(LocalDate from, LocalDate to, long days, int plot) {
        List<Tick> out = new ArrayList<>();
        if (days <= 62) {
            long step = Math.max(1, days / 6);
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(step)) {
                out.add(new Tick(LABEL_WIDTH + (int) Math.round(plot * (double) ChronoUnit.DAYS.between(from, d) / days),
                        d.toString()));
            }
            return out;
        }
        long months = ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1)) + 1;
        long step = Math.max(1, (months + 5) / 6);
        for (LocalDate d = from.withDayOfMonth(1).plusMonths(1); !d.isAfter(to); d = d.plusMonths(step)) {
            out.add(new Tick(LABEL_WIDTH + (int) Math.round(plot * (double) ChronoUnit.DAYS.between(from, d) / days),
                    d.toString().substring(0, 7)));
        }
        return out;
    }

    /** Reads "2026-03-14", "2026-03-14T08:00:00Z", "2026-03" (the 1st) or "2026" (1 January). */
    static Optional<LocalDate> parse(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        String s = iso.strip().toUpperCase(Locale.ROOT);
        try {
            if (s.length() >= 10) {
                return Optional.of(LocalDate.parse(s.substring(0, 10)));
            }
            if (s.length() == 7) {
                return Optional.of(LocalDate.parse(s + "-01"));
            }
            if (s.length() == 4) {
                return Optional.of(LocalDate.of(Integer.parseInt(s), 1, 1));
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
