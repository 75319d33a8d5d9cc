package org.specledger.index.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.specledger.index.Segment;
import org.specledger.index.Snippet;

/**
 * Lucene's UnifiedHighlighter with a formatter that returns {@link Snippet}s (plain text segments) instead of an
 * HTML string: scraped text must never reach a page unescaped, and only the page knows how to escape it.
 */
final class SnippetHighlighter {

    /** Passages per hit. */
    static final int PASSAGES = 2;
    /** Highlight within the first 100,000 characters (UnifiedHighlighter's default is 10,000, too short for long reports). */
    private static final int MAX_CHARS = 100_000;

    private SnippetHighlighter() {
    }

    /**
     * Snippets of each document, in the order of {@code docIds}; a document matched only through a claim field
     * gets its opening passage without marks.
     */
    static List<List<Snippet>> highlight(IndexSearcher searcher, Analyzer indexAnalyzer, Query query, int[] docIds)
            throws IOException {
        Highlighter h = new Highlighter(UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new SegmentFormatter())
                .withMaxLength(MAX_CHARS)
                .withMaxNoHighlightPassages(1)
                // Sentences as passages. A LengthGoalBreakIterator (passages of ~180 chars) cost 20x the whole
                // search in SearchBench: it re-runs the JDK's slow rule-based iterator around every match.
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT)));
        int[] passages = new int[Fields.TEXT.length];
        java.util.Arrays.fill(passages, PASSAGES);
        Map<String, Object[]> byField = h.highlight(Fields.TEXT, query, docIds, passages);
        List<List<Snippet>> out = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            List<Snippet> snippets = List.of();
            for (String field : Fields.TEXT) {
                Object[] values = byField.get(field);
                if (values != null && values[i] instanceof List<?> list && !list.isEmpty()) {
                    @SuppressWarnings("unchecked")
                    List<Snippet> typed = (List<Snippet>) list;
                    snippets = typed;
                    break;
                }
            }
            out.add(snippets);
        }
        return out;
    }

    /** Opens up the object-returning highlight method, which the public API hides behind String results. */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(Builder b) {
            super(b);
        }

        Map<String, Object[]> highlight(String[] fields, Query q, int[] docIds, int[] maxPassages) throws IOException {
            return highlightFieldsAsObjects(fields, q, docIds, maxPassages);
        }
    }

    /** Passages → snippets: text between matches plain, matches marked; runs of white space become one space. */
    private static final class SegmentFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Snippet> out = new ArrayList<>(passages.length);
            for (Passage p : passages) {
                List<Segment> segments = new ArrayList<>();
                int pos = p.getStartOffset();
                int[] starts = p.getMatchStarts();
                int[] ends = p.getMatchEnds();
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int start = Math.max(starts[i], pos);
                    int end = Math.min(ends[i], p.getEndOffset());
                    if (end <= start) {
                        continue; // nested in or equal to the previous match
                    }
                    add(segments, content.substring(pos, start), false);
                    add(segments, content.substring(start, end), true);
                    pos = end;
                }
                add(segments, content.substring(pos, p.getEndOffset()), false);
                trimEnds(segments);
                if (!segments.isEmpty()) {
                    out.add(new Snippet(segments));
                }
            }
            return out;
        }

        private static void add(List<Segment> segments, String text, boolean match) {
            String t = text.replaceAll("\\s+", " ");
            if (t.isEmpty()) {
                return;
            }
            if (!segments.isEmpty() && segments.getLast().match() == match) {
                segments.set(segments.size() - 1, new Segment(segments.getLast().text() + t, match));
            } else {
                segments.add(new Segment(t, match));
            }
        }

        private static void trimEnds(List<Segment> segments) {
            if (segments.isEmpty()) {
                return;
            }
            Segment first = segments.getFirst();
            segments.set(0, new Segment(first.text().stripLeading(), first.match()));
            Segment last = segments.getLast();
            segments.set(segments.size() - 1, new Segment(last.text().stripTrailing(), last.match()));
            segments.removeIf(s -> s.text().isEmpty());
        }
    }
}
