package org.specledger.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.specledger.index.Segment;
import org.specledger.index.Snippet;

/**
 * Lucene's UnifiedHighlighter with a formatter that returns {@link Snippet}s (plain text segments) instead of an
 * HTML string: scraped text must never reach a page unescaped, and only the page knows how to escape it.
 *
 * <p>Made cheap for a page of hits (SearchBench profile: highlighting was half of a search): match offsets come
 * from the postings (the text fields are indexed with offsets, so no text is re-analysed); the texts are the ones
 * the caller already read with the hit's other stored fields (one stored-fields read per hit, not two); sentence
 * boundaries come from {@link SentenceBreaks}; and passages are scored without the per-passage hash table of
 * Lucene's default scorer.
 */
final class SnippetHighlighter {

    /** Passages per hit. */
    static final int PASSAGES = 2;
    /** Highlight within the first 100,000 characters (UnifiedHighlighter's default is 10,000, too short for long reports). */
    static final int MAX_CHARS = 100_000;
    /** A longer passage (a run-on sentence, a list without full stops) is cut to this many characters around its first match. */
    static final int MAX_PASSAGE_CHARS = 320;
    private static final PassageScorer SCORER = new DistinctTermScorer();

    private SnippetHighlighter() {
    }

    /**
     * Snippets of each document, in the order of {@code docIds}; a document matched only through a claim field
     * gets its opening passage without marks.
     *
     * @param texts for each document, its stored values of {@link Fields#TEXT} in that order (null when absent)
     */
    static List<List<Snippet>> highlight(IndexSearcher searcher, Analyzer indexAnalyzer, Query query, int[] docIds,
                                         String[][] texts) throws IOException {
        if (docIds.length == 0) {
            return List.of();
        }
        Highlighter h = new Highlighter(UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new SegmentFormatter())
                .withScorer(SCORER)
                .withMaxLength(MAX_CHARS)
                .withMaxNoHighlightPassages(1)
                // Sentences as passages. A LengthGoalBreakIterator over the JDK's rule-based sentence iterator
                // cost 20x the whole search in SearchBench; SentenceBreaks scans to the nearest terminator.
                .withBreakIterator(SentenceBreaks::new), docIds, texts);
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

    /**
     * Opens up the object-returning highlight method, which the public API hides behind String results, and
     * serves the texts the caller already loaded instead of reading the stored fields again.
     */
    private static final class Highlighter extends UnifiedHighlighter {
        private final int[] docIds;
        private final String[][] texts;

        Highlighter(Builder b, int[] docIds, String[][] texts) {
            super(b);
            this.docIds = docIds;
            this.texts = texts;
        }

        Map<String, Object[]> highlight(String[] fields, Query q, int[] ids, int[] maxPassages) throws IOException {
            return highlightFieldsAsObjects(fields, q, ids, maxPassages);
        }

        /**
         * Offsets from the postings, as the base class would find, without asking it to: it merges the field
         * infos of every segment to find out, once per field and search (SearchBench: 2 % of a search). The text
         * fields are always indexed with offsets ({@link DocumentMapper}); a field no document has is never asked
         * for (its content is null).
         */
        @Override
        protected OffsetSource getOffsetSource(String field) {
            return OffsetSource.POSTINGS;
        }

        @Override
        protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
            if (offsetSource == OffsetSource.POSTINGS
                    && components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
                return new LeafWeightOffsetStrategy(components);
            }
            return super.getOffsetStrategy(offsetSource, components);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                                                       int cacheCharsThreshold) throws IOException {
            // Every remaining document in one batch (in doc id order, as the base class iterates): the texts are
            // already in memory, so there is nothing to gain from smaller batches.
            List<CharSequence[]> out = new ArrayList<>(docIds.length);
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                String[] mine = texts[indexOf(doc)];
                CharSequence[] values = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    String v = mine[fieldIndex(fields[f])];
                    values[f] = v == null || v.length() <= MAX_CHARS ? v : v.substring(0, MAX_CHARS);
                }
                out.add(values);
            }
            return out;
        }

        private int indexOf(int doc) {
            for (int i = 0; i < docIds.length; i++) {
                if (docIds[i] == doc) {
                    return i;
                }
            }
            throw new IllegalStateException("the highlighter asked for document " + doc + ", which is not on the page");
        }

        private static int fieldIndex(String field) {
            for (int f = 0; f < Fields.TEXT.length; f++) {
                if (Fields.TEXT[f].equals(field)) {
                    return f;
                }
            }
            throw new IllegalStateException("not a text field: " + field);
        }
    }

    /**
     * Offsets from the postings through {@link Weight#matches}, as Lucene's {@link PostingsOffsetStrategy} finds
     * them, with one query rewrite and one {@link Weight} per segment instead of one per document: the base class
     * builds a searcher, rewrites the query and looks every term up in the term dictionary again for each hit
     * (three quarters of an /api/search request of 50 hits under the load bench). A weight depends on its segment
     * only, so the matches, and the snippets, are the same. One strategy serves one highlight call (one thread).
     */
    private static final class LeafWeightOffsetStrategy extends PostingsOffsetStrategy {
        private final Map<Object, LeafWeight> bySegment = new java.util.IdentityHashMap<>();

        private record LeafWeight(LeafReader reader, Weight weight) {
        }

        LeafWeightOffsetStrategy(UHComponents components) {
            super(components);
        }

        @Override
        protected void createOffsetsEnumsWeightMatcher(LeafReader segment, int docId, List<OffsetsEnum> results)
                throws IOException {
            LeafWeight lw = bySegment.get(segment);
            if (lw == null) {
                // As the base class does: the field the highlighter is asked for answers for the fields its
                // matcher accepts (only itself here), and no query cache.
                LeafReader reader = new FilterLeafReader(segment) {
                    @Override
                    public Terms terms(String field) throws IOException {
                        return super.terms(components.fieldMatcher().test(field) ? components.field() : field);
                    }

                    @Override
                    public CacheHelper getCoreCacheHelper() {
                        return null;
                    }

                    @Override
                    public CacheHelper getReaderCacheHelper() {
                        return null;
                    }
                };
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setQueryCache(null);
                lw = new LeafWeight(reader, searcher.rewrite(components.query())
                        .createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1.0f));
                bySegment.put(segment, lw);
            }
            Matches matches = lw.weight().matches(lw.reader().getContext(), docId);
            if (matches == null) {
                return; // the document does not match
            }
            for (String field : matches) {
                if (components.fieldMatcher().test(field)) {
                    MatchesIterator iterator = matches.getMatches(field);
                    if (iterator != null) {
                        results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
                    }
                }
            }
        }
    }

    /**
     * Lucene's passage score (BM25 over the passage's distinct matched terms, times a position norm), counting the
     * distinct terms by comparing the few matches of a passage with each other: the default scorer allocates a
     * BytesRefHash (a 32 KB block pool) for every candidate passage, 10% of a search in SearchBench.
     */
    private static final class DistinctTermScorer extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            int n = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
            double score = 0;
            for (int i = 0; i < n; i++) {
                if (seenBefore(terms, i)) {
                    continue;
                }
                int freq = 1;
                for (int j = i + 1; j < n; j++) {
                    if (same(terms[i], terms[j])) {
                        freq++;
                    }
                }
                score += tf(freq, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
            }
            return (float) (score * norm(passage.getStartOffset()));
        }

        private static boolean seenBefore(BytesRef[] terms, int i) {
            for (int j = 0; j < i; j++) {
                if (same(terms[j], terms[i])) {
                    return true;
                }
            }
            return false;
        }

        private static boolean same(BytesRef a, BytesRef b) {
            return a == b || (a != null && b != null && a.bytesEquals(b));
        }
    }

    /**
     * Passages → snippets: text between matches plain, matches marked; runs of white space become one space. A
     * passage longer than {@value #MAX_PASSAGE_CHARS} characters is cut to a window that starts a little before
     * its first match, with "…" where text was left out.
     */
    private static final class SegmentFormatter extends PassageFormatter {
        /** Characters of context kept before the first match of a cut passage. */
        private static final int LEAD = 80;

        @Override
        public Object format(Passage[] passages, String content) {
            List<Snippet> out = new ArrayList<>(passages.length);
            for (Passage p : passages) {
                int from = p.getStartOffset();
                int to = p.getEndOffset();
                if (to - from > MAX_PASSAGE_CHARS) {
                    int first = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : from;
                    from = Math.max(from, wordStart(content, first - LEAD, first));
                    to = Math.min(to, wordEnd(content, Math.max(from + MAX_PASSAGE_CHARS, matchEnd(p, first))));
                }
                List<Segment> segments = new ArrayList<>();
                if (from > p.getStartOffset()) {
                    segments.add(new Segment("… ", false));
                }
                int pos = from;
                int[] starts = p.getMatchStarts();
                int[] ends = p.getMatchEnds();
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int start = Math.max(starts[i], pos);
                    int end = Math.min(ends[i], to);
                    if (end <= start) {
                        continue; // nested in or equal to the previous match, or outside the window
                    }
                    add(segments, content, pos, start, false);
                    add(segments, content, start, end, true);
                    pos = end;
                }
                add(segments, content, pos, to, false);
                if (to < p.getEndOffset()) {
                    add(segments, " …", false);
                }
                trimEnds(segments);
                if (!segments.isEmpty()) {
                    out.add(new Snippet(segments));
                }
            }
            return out;
        }

        /** The end of the first match that starts at {@code start}, so a cut never splits a match. */
        private static int matchEnd(Passage p, int start) {
            for (int i = 0; i < p.getNumMatches(); i++) {
                if (p.getMatchStarts()[i] == start) {
                    return p.getMatchEnds()[i];
                }
            }
            return start;
        }

        /** A cut point at or after {@code at} (not past {@code limit}) that does not split a word. */
        private static int wordStart(String content, int at, int limit) {
            int i = Math.max(0, at);
            while (i < limit && i > 0 && !Character.isWhitespace(content.charAt(i - 1))
                    && !isHan(content.charAt(i))) {
                i++;
            }
            return i;
        }

        /** A cut point at or after {@code at} that does not split a word (at most 20 characters further). */
        private static int wordEnd(String content, int at) {
            int i = Math.min(at, content.length());
            int limit = Math.min(content.length(), i + 20);
            while (i < limit && !Character.isWhitespace(content.charAt(i)) && !isHan(content.charAt(i))) {
                i++;
            }
            return i;
        }

        private static boolean isHan(char c) {
            return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }

        /** Appends content[from, to) with white-space runs collapsed to one space (no regex: this runs per segment). */
        private static void add(List<Segment> segments, String content, int from, int to, boolean match) {
            if (to <= from) {
                return;
            }
            StringBuilder b = new StringBuilder(to - from);
            boolean space = false;
            for (int i = from; i < to; i++) {
                char c = content.charAt(i);
                if (Character.isWhitespace(c)) {
                    space = true;
                } else {
                    if (space) {
                        b.append(' ');
                        space = false;
                    }
                    b.append(c);
                }
            }
            if (space) {
                b.append(' ');
            }
            add(segments, b.toString(), match);
        }

        private static void add(List<Segment> segments, String t, boolean match) {
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
