package org.specledger.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.specledger.index.Dimension;
import org.specledger.index.FacetCount;
import org.specledger.index.Hit;
import org.specledger.index.IndexUnavailableException;
import org.specledger.index.IndexedDocument;
import org.specledger.index.QueryException;
import org.specledger.index.SearchIndex;
import org.specledger.index.SearchRequest;
import org.specledger.index.SearchResult;
import org.specledger.index.Snippet;

/**
 * The search index in a folder of Lucene files (or in memory, for tests).
 *
 * <p>One {@link IndexWriter} takes every write; searches use a {@link SearcherManager}. A search first checks
 * whether a write returned since the searcher was opened and, only then, reopens it (near-real-time: the
 * document upserted is found by the next search, no commit needed). Searches that find nothing new written use
 * the current searcher at no cost, and writes that nobody searches for cost no reopen: an NRT reopen flushes a
 * segment, so reopening on a timer while documents stream in (what a ControlledRealTimeReopenThread does) would
 * make a segment a second and keep the merger busy. Each searcher carries the facet state of its reader, built
 * once when it is opened. {@link #bulkLoad()} adds documents with a large RAM buffer and no reopens, and commits
 * at the end. {@link #commit()} makes writes durable; {@link #close()} commits too.
 */
public final class LuceneSearchIndex implements SearchIndex {

    /** The writer's RAM buffer between bulk loads: NRT reopens flush it long before it fills. */
    private static final double RAM_BUFFER_MB = 64;
    /**
     * The RAM buffer during a bulk load: fewer, larger segments, so less merging (Lucene's advice for bulk
     * indexing: a large buffer and no reopens); at most an eighth of the heap.
     */
    private static final double BULK_RAM_BUFFER_MB = Math.min(256, Runtime.getRuntime().maxMemory() / 8.0 / (1 << 20));
    /** Facet values read per dimension: SearchResult.FACET_VALUES. */
    private static final int FACET_VALUES = SearchResult.FACET_VALUES;
    private static final Sort NEWEST_FIRST = newestFirst();
    private static final Set<String> HIT_FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.URL, Fields.PUBLISHER,
            Fields.PUBLISHED);
    private static final Set<String> HIT_AND_TEXT_FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.URL,
            Fields.PUBLISHER, Fields.PUBLISHED, Fields.TEXT_EN, Fields.TEXT_ZH);
    /**
     * Hits of a page that get snippets: the web page shows 20, an API page rarely more than 50; highlighting all
     * {@value SearchRequest#MAX_LIMIT} of a maximal page would cost 25 times a normal search.
     */
    static final int MAX_HIGHLIGHTED = 50;

    private final String location;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /**
     * Writes completed so far. A count rather than the writer's sequence numbers: those are handed out in order
     * but may complete out of order, so "every write up to number N is visible" cannot be read off them.
     */
    private final AtomicLong writesDone = new AtomicLong(0);
    /**
     * The least time between two reopens for writes by other threads: between them, searches use the current
     * searcher (a thread always sees its own writes at once).
     */
    static final long REOPEN_INTERVAL_NANOS = 500_000_000L;
    /**
     * How stale a search may be for writes by other threads: the bound is "searchable within a second of
     * being stored". While one search reopens, the others use the current searcher, unless the last reopen
     * finished longer ago than this: then they wait for the one under way.
     */
    static final long MAX_STALE_NANOS = 1_000_000_000L;
    /** The last write each thread made (its writesDone number), for read-your-own-writes. */
    private final ThreadLocal<long[]> ownWrites = ThreadLocal.withInitial(() -> new long[1]);
    private volatile long lastReopenNanos = System.nanoTime() - MAX_STALE_NANOS;
    /** Writes that the current searcher sees: each of the first {@code searchable} writes to complete. */
    private final AtomicLong searchable = new AtomicLong(0);
    /** Held while reopening, so that a burst of searches after a write reopens once. */
    private final java.util.concurrent.locks.ReentrantLock reopening = new java.util.concurrent.locks.ReentrantLock();
    /** Bulk loads open; the RAM buffer is large while there is one. */
    private final java.util.concurrent.atomic.AtomicInteger bulkLoads = new java.util.concurrent.atomic.AtomicInteger();
    private final TextAnalysis analysis = new TextAnalysis();
    private final StoredHits storedHits = new StoredHits();
    private final FacetsConfig facetsConfig = DocumentMapper.facetsConfig();
    private final DocumentMapper mapper = new DocumentMapper(facetsConfig);
    private final QueryTranslator translator = new QueryTranslator(analysis.query());
    /** Query boxes parsed lately, least recently used out first. */
    static final int PARSED_QUERIES = 1_024;
    private final Map<String, Query> parsedQueries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Query> eldest) {
            return size() > PARSED_QUERIES;
        }
    };

    private LuceneSearchIndex(String location, Directory directory, IndexWriterConfig.OpenMode mode)
            throws IOException {
        this.location = location;
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(analysis.index()).setOpenMode(mode);
        config.setRAMBufferSizeMB(RAM_BUFFER_MB);
        this.writer = new IndexWriter(directory, config);
        try {
            this.searchers = new SearcherManager(writer, new FacetedSearcherFactory(facetsConfig));
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /**
     * Opens the index in {@code dir}, checking first that it is there and readable.
     *
     * @throws IndexUnavailableException when there is no index (MISSING), it cannot be read (CORRUPT), another
     *                                   process has it open (LOCKED), or the folder fails (IO); the message says
     *                                   how to fix it
     */
    public static LuceneSearchIndex open(Path dir) throws IndexUnavailableException {
        String rebuild = " Run `specledger reindex` to rebuild it from the database.";
        if (!Files.isDirectory(dir)) {
            throw new IndexUnavailableException(dir, IndexUnavailableException.Reason.MISSING,
                    "The search index at " + dir + " is missing." + rebuild, null);
        }
        Directory directory = null;
        try {
            directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory)) {
                throw new IndexUnavailableException(dir, IndexUnavailableException.Reason.MISSING,
                        "The search index at " + dir + " is missing." + rebuild, null);
            }
            // CheckIndex-lite: opening a reader reads every segment's header, footer and metadata, which is where
            // a truncated or overwritten file shows; a full CheckIndex would read every byte and take minutes.
            try (DirectoryReader probe = DirectoryReader.open(directory)) {
                probe.numDocs();
            }
            return new LuceneSearchIndex(dir.toString(), directory, IndexWriterConfig.OpenMode.APPEND);
        } catch (IndexUnavailableException e) {
            closeQuietly(directory);
            throw e;
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new IndexUnavailableException(dir, IndexUnavailableException.Reason.LOCKED,
                    "The search index at " + dir + " is in use by another SpecLedger process: stop it, or use"
                            + " another --data folder.", e);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                 | java.io.EOFException | java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
            closeQuietly(directory);
            throw new IndexUnavailableException(dir, IndexUnavailableException.Reason.CORRUPT,
                    "The search index at " + dir + " is corrupt (" + e.getMessage() + ")." + rebuild, e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new IndexUnavailableException(dir, IndexUnavailableException.Reason.IO,
                    "The search index at " + dir + " cannot be read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Lucene reports some damaged files as IllegalStateException/IllegalArgumentException.
            closeQuietly(directory);
            throw new IndexUnavailableException(dir, IndexUnavailableException.Reason.CORRUPT,
                    "The search index at " + dir + " is corrupt (" + e + ")." + rebuild, e);
        }
    }

    /**
     * Creates an empty index in {@code dir}, replacing whatever index files were there (a rebuild starts here).
     *
     * @throws IndexUnavailableException when the folder cannot be written or another process holds the index
     */
    public static LuceneSearchIndex create(Path dir) throws IndexUnavailableException {
        Directory directory = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            try {
                return new LuceneSearchIndex(dir.toString(), directory, IndexWriterConfig.OpenMode.CREATE);
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                     | java.io.EOFException e) {
                // OpenMode.CREATE still reads the last commit (to continue its generation): a broken one must go.
                wipeIndexFiles(dir);
                return new LuceneSearchIndex(dir.toString(), directory, IndexWriterConfig.OpenMode.CREATE);
            }
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new IndexUnavailableException(dir, IndexUnavailableException.Reason.LOCKED,
                    "The search index at " + dir + " is in use by another SpecLedger process: stop it, or use"
                            + " another --data folder.", e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new IndexUnavailableException(dir, IndexUnavailableException.Reason.IO,
                    "Cannot create the search index at " + dir + ": " + e.getMessage(), e);
        }
    }

    /** An empty index in memory (tests, benchmarks). */
    public static LuceneSearchIndex inMemory() {
        try {
            return new LuceneSearchIndex("memory", new ByteBuffersDirectory(), IndexWriterConfig.OpenMode.CREATE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void upsert(IndexedDocument d) {
        Document doc = mapper.toLucene(d);
        write(() -> writer.updateDocument(new Term(Fields.ID, Long.toString(d.doc().id())), doc));
    }

    @Override
    public void delete(long documentId) {
        write(() -> writer.deleteDocuments(new Term(Fields.ID, Long.toString(documentId))));
    }

    @Override
    public void deleteAll() {
        write(writer::deleteAll);
    }

    @Override
    public BulkLoad bulkLoad() {
        if (bulkLoads.getAndIncrement() == 0) {
            writer.getConfig().setRAMBufferSizeMB(BULK_RAM_BUFFER_MB);
        }
        return new BulkLoad() {
            private final java.util.concurrent.atomic.AtomicBoolean closed =
                    new java.util.concurrent.atomic.AtomicBoolean();

            @Override
            public void add(IndexedDocument d) {
                if (closed.get()) {
                    throw new IllegalStateException("this bulk load is closed");
                }
                Document doc = mapper.toLucene(d);
                try {
                    // Not counted in writesDone: searches need not reopen for it until close().
                    writer.updateDocument(new Term(Fields.ID, Long.toString(d.doc().id())), doc);
                } catch (IOException e) {
                    throw new UncheckedIOException("writing to the search index at " + location, e);
                }
            }

            @Override
            public void close() {
                if (!closed.compareAndSet(false, true)) {
                    return;
                }
                if (bulkLoads.decrementAndGet() == 0) {
                    writer.getConfig().setRAMBufferSizeMB(RAM_BUFFER_MB);
                }
                commit();
                // Reopen now, so the first search after a rebuild does not pay for it.
                catchUp(writesDone.incrementAndGet(), true);
            }
        };
    }

    @Override
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("committing the search index at " + location, e);
        }
    }

    @Override
    public long count() {
        IndexSearcher s = acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            release(s);
        }
    }

    @Override
    public SearchResult search(SearchRequest r) throws QueryException {
        Query base = parse(r.query());
        DrillDownQuery drill = toLuceneQuery(r, base);
        IndexSearcher searcher = acquire();
        try (QueryBudget.Clock clock = QueryBudget.start()) {
            CountKey counts = CountKey.of(drill, r);
            AnswerKey key = new AnswerKey(counts, r.sort(), r.offset(), r.limit());
            SearchResult result = ((FacetedSearcher) searcher).answered(key);
            if (result == null) {
                result = run(searcher, r, base, drill, counts);
                clock.check(r.query());
                ((FacetedSearcher) searcher).remember(key, result);
            }
            return result;
        } catch (IndexSearcher.TooManyClauses e) {
            throw QueryTranslator.tooManyClauses(r.query());
        } catch (org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
            throw QueryTranslator.tooComplex(r.query());
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index at " + location, e);
        } finally {
            release(searcher);
        }
    }

    /**
     * The Lucene query a request runs: query box, dates and facet filters (for the benchmark's bare-Lucene
     * comparison and for debugging).
     */
    public Query toLuceneQuery(SearchRequest r) throws QueryException {
        return toLuceneQuery(r, translator.parse(r.query()));
    }

    /** The sort a request's hits are ranked by, null for relevance (for the benchmark's bare-Lucene comparison). */
    public static Sort luceneSort(SearchRequest r) {
        return r.sort() == SearchRequest.Sort.DATE ? NEWEST_FIRST : null;
    }

    /**
     * The query box parsed, from {@link #parsedQueries} when it was parsed lately: queries are immutable and the
     * parse depends on the box alone, and the same few boxes come again and again (the home page, links to
     * facets, clients polling). A refused box is not kept: it is refused again, with the same message.
     */
    private Query parse(String box) throws QueryException {
        String key = box == null ? "" : box;
        synchronized (parsedQueries) {
            Query q = parsedQueries.get(key);
            if (q != null) {
                return q;
            }
        }
        Query q = translator.parse(box);
        synchronized (parsedQueries) {
            parsedQueries.put(key, q);
        }
        return q;
    }

    private DrillDownQuery toLuceneQuery(SearchRequest r, Query base) throws QueryException {
        Query dates = QueryTranslator.dateRange(r.from(), r.to());
        Query main = base;
        if (dates != null) {
            main = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST)
                    .add(dates, BooleanClause.Occur.FILTER).build();
        }
        DrillDownQuery drill = new DrillDownQuery(facetsConfig, main);
        for (Map.Entry<String, List<String>> f : r.filters().entrySet()) {
            Dimension dim = Dimension.byKey(f.getKey()).orElseThrow(() -> new QueryException(
                    "There is no filter \"" + f.getKey() + "\". Filters: " + Dimension.keys() + ".", null, 0));
            for (String value : f.getValue()) {
                if (value != null && !value.isBlank()) {
                    drill.add(dim.key(), value);
                }
            }
        }
        return drill;
    }

    private SearchResult run(IndexSearcher searcher, SearchRequest r, Query base, DrillDownQuery drill, CountKey key)
            throws IOException {
        int topN = r.offset() + r.limit();
        boolean byDate = r.sort() == SearchRequest.Sort.DATE;
        SortedSetDocValuesReaderState state = ((FacetedSearcher) searcher).facetState;
        TopDocs top;
        long total;
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        Counted known = ((FacetedSearcher) searcher).counted(key);
        if (known != null) {
            // The same query on the same reader: its exact total and facet counts cannot have changed, so only the
            // page of hits is searched, with early termination as bare Lucene does (issue 14, item 2).
            top = topHits(searcher, drill, topN, byDate);
            return new SearchResult(known.total(), hits(searcher, base, page(top, r), byDate),
                    new LinkedHashMap<>(known.facets()));
        }
        if (state == null) { // nothing faceted indexed yet
            top = topHits(searcher, drill, topN, byDate);
            total = searcher.count(drill);
        } else if (!hasFilters(r)) {
            // No drill-down, so nothing to count sideways. Two passes are cheaper than DrillSideways' one: the top
            // hits may skip non-competitive documents (block-max WAND, as bare Lucene does), and the facet pass
            // visits every match without scoring it.
            top = topHits(searcher, drill, topN, byDate);
            Facets counts;
            if (drill.getBaseQuery() instanceof MatchAllDocsQuery) { // no words and no dates
                counts = new SortedSetDocValuesFacetCounts(state); // counts every live document, no collector
                total = searcher.getIndexReader().numDocs();
            } else {
                FacetsCollector matches = searcher.search(drill, new FacetsCollectorManager());
                total = 0;
                for (FacetsCollector.MatchingDocs m : matches.getMatchingDocs()) {
                    total += m.totalHits();
                }
                counts = new SortedSetDocValuesFacetCounts(state, matches);
            }
            readFacets(counts, facets);
        } else {
            // A searcher without the time budget: DrillSidewaysScorer refuses to score in the windows Lucene's
            // TimeLimitingBulkScorer hands it ("maxDoc must be Integer.MAX_VALUE"); QueryBudget's term limits still hold.
            DrillSideways sideways = new DrillSideways(new IndexSearcher(searcher.getIndexReader()), facetsConfig, state);
            DrillSideways.DrillSidewaysResult result = byDate
                    ? sideways.search(drill, null, null, topN, NEWEST_FIRST, false)
                    : sideways.search(drill, topN);
            top = result.hits;
            total = 0;
            for (FacetsCollector.MatchingDocs m : result.drillDownFacetsCollector.getMatchingDocs()) {
                total += m.totalHits();
            }
            readFacets(result.facets, facets);
        }
        ((FacetedSearcher) searcher).remember(key, new Counted(total, facets));
        return new SearchResult(total, hits(searcher, base, page(top, r), byDate), new LinkedHashMap<>(facets));
    }

    /** The top {@code topN} hits, by relevance or newest first (early-terminating, as bare Lucene searches). */
    private static TopDocs topHits(IndexSearcher searcher, Query drill, int topN, boolean byDate) throws IOException {
        return byDate ? searcher.search(drill, topN, NEWEST_FIRST) : searcher.search(drill, topN);
    }

    /** The requested page of the top hits. */
    private static ScoreDoc[] page(TopDocs top, SearchRequest r) {
        return top.scoreDocs.length <= r.offset() ? new ScoreDoc[0]
                : Arrays.copyOfRange(top.scoreDocs, r.offset(), top.scoreDocs.length);
    }

    /**
     * What a query's total and facet counts depend on: the words and dates (the drill-down's base query) and the
     * filters, not the sort or the page. Not the {@link DrillDownQuery} itself: its equals compares its per-dimension
     * {@code BooleanQuery.Builder}s by identity, so two drill-downs with the same filters are never equal, and every
     * filtered search missed the cache and ran DrillSideways again (a fifth of a search's CPU in SearchBench).
     */
    record CountKey(Query main, Map<String, java.util.SortedSet<String>> filters) {
        static CountKey of(DrillDownQuery drill, SearchRequest r) {
            Map<String, java.util.SortedSet<String>> f = new java.util.TreeMap<>();
            for (Map.Entry<String, List<String>> e : r.filters().entrySet()) {
                for (String v : e.getValue()) {
                    if (v != null && !v.isBlank()) {
                        f.computeIfAbsent(e.getKey(), k -> new java.util.TreeSet<>()).add(v);
                    }
                }
            }
            return new CountKey(drill.getBaseQuery(), f);
        }
    }

    /** What a whole answer depends on: its counts' key, the sort and the page. */
    record AnswerKey(CountKey counts, SearchRequest.Sort sort, int offset, int limit) {
    }

    /** A query's exact total and facet counts on one reader. */
    record Counted(long total, Map<String, List<FacetCount>> facets) {
        Counted {
            Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
            facets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            facets = java.util.Collections.unmodifiableMap(copy);
        }
    }

    private static boolean hasFilters(SearchRequest r) {
        for (List<String> values : r.filters().values()) {
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void readFacets(Facets result, Map<String, List<FacetCount>> out) throws IOException {
        for (Dimension d : Dimension.values()) {
            FacetResult fr;
            try {
                fr = result.getTopChildren(FACET_VALUES, d.key());
            } catch (IllegalArgumentException e) {
                fr = null; // no document has this dimension yet
            }
            List<FacetCount> counts = new ArrayList<>();
            if (fr != null) {
                for (LabelAndValue lv : fr.labelValues) {
                    counts.add(new FacetCount(lv.label, lv.value.longValue()));
                }
            }
            out.put(d.key(), counts);
        }
    }

    private List<Hit> hits(IndexSearcher searcher, Query base, ScoreDoc[] page, boolean byDate) throws IOException {
        // One stored-fields read per hit, texts included for the hits that get snippets: the highlighter is
        // handed these texts instead of reading the (compressed) stored fields a second time. Hits read lately
        // from the same segment come from storedHits without any read.
        int highlighted = Math.min(page.length, MAX_HIGHLIGHTED);
        int[] ids = new int[highlighted];
        String[][] texts = new String[highlighted][];
        Document[] docs = new Document[page.length];
        IndexReader reader = searcher.getIndexReader();
        StoredFields stored = null;
        for (int i = 0; i < page.length; i++) {
            Document d = storedHits.get(reader, page[i].doc);
            if (d == null) {
                if (stored == null) {
                    stored = searcher.storedFields();
                }
                if (i < highlighted) {
                    d = stored.document(page[i].doc, HIT_AND_TEXT_FIELDS);
                    storedHits.keep(reader, page[i].doc, d);
                } else {
                    d = stored.document(page[i].doc, HIT_FIELDS);
                }
            }
            docs[i] = d;
            if (i < highlighted) {
                ids[i] = page[i].doc;
                texts[i] = new String[Fields.TEXT.length];
                for (int f = 0; f < Fields.TEXT.length; f++) {
                    texts[i][f] = docs[i].get(Fields.TEXT[f]);
                }
            }
        }
        List<List<Snippet>> snippets = snippets(searcher, base, docs, ids, texts);
        List<Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document d = docs[i];
            float score = byDate || Float.isNaN(page[i].score) ? 0f : page[i].score;
            hits.add(new Hit(Long.parseLong(d.get(Fields.ID)), d.get(Fields.TITLE), d.get(Fields.URL),
                    d.get(Fields.PUBLISHER), d.get(Fields.PUBLISHED), score,
                    i < highlighted ? snippets.get(i) : List.of()));
        }
        return hits;
    }

    /**
     * The snippets of a page's hits: those made lately for the same query and the same text come from
     * {@link #recentSnippets}, the others are highlighted (together, as one call). A snippet depends on the query
     * and the document's text alone (passages are scored within the document), so it survives reopens: under a
     * steady writer the searcher changes every half second, and highlighting was most of a search's cost.
     */
    private List<List<Snippet>> snippets(IndexSearcher searcher, Query base, Document[] docs, int[] ids,
                                         String[][] texts) throws IOException {
        int n = ids.length;
        List<List<Snippet>> out = new ArrayList<>(java.util.Collections.nCopies(n, null));
        SnippetKey[] keys = new SnippetKey[n];
        int missing = 0;
        synchronized (recentSnippets) {
            for (int i = 0; i < n; i++) {
                keys[i] = SnippetKey.of(base, docs[i].get(Fields.ID), texts[i]);
                List<Snippet> known = recentSnippets.get(keys[i]);
                if (known != null) {
                    out.set(i, known);
                } else {
                    missing++;
                }
            }
        }
        if (missing == 0) {
            return out;
        }
        int[] missIds = new int[missing];
        String[][] missTexts = new String[missing][];
        int[] at = new int[missing];
        for (int i = 0, m = 0; i < n; i++) {
            if (out.get(i) == null) {
                missIds[m] = ids[i];
                missTexts[m] = texts[i];
                at[m++] = i;
            }
        }
        List<List<Snippet>> made = SnippetHighlighter.highlight(searcher, analysis.index(), base, missIds, missTexts);
        synchronized (recentSnippets) {
            for (int m = 0; m < missing; m++) {
                List<Snippet> snippet = List.copyOf(made.get(m));
                out.set(at[m], snippet);
                recentSnippets.put(keys[at[m]], snippet);
            }
        }
        return out;
    }

    /** Snippets kept: one per (query, document text), least recently used out first. */
    static final int RECENT_SNIPPETS = 8_192;
    private final Map<SnippetKey, List<Snippet>> recentSnippets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SnippetKey, List<Snippet>> eldest) {
            return size() > RECENT_SNIPPETS;
        }
    };

    /**
     * What a snippet depends on: the query, and the text it is cut from (the document's id, and the length and
     * hash of each text field, so that a re-indexed document with another text is highlighted afresh).
     */
    record SnippetKey(Query query, String documentId, int[] lengths, int[] hashes) {
        static SnippetKey of(Query q, String documentId, String[] texts) {
            int[] lengths = new int[texts.length];
            int[] hashes = new int[texts.length];
            for (int f = 0; f < texts.length; f++) {
                lengths[f] = texts[f] == null ? -1 : texts[f].length();
                hashes[f] = texts[f] == null ? 0 : texts[f].hashCode();
            }
            return new SnippetKey(q, documentId, lengths, hashes);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SnippetKey k && query.equals(k.query) && documentId.equals(k.documentId)
                    && Arrays.equals(lengths, k.lengths) && Arrays.equals(hashes, k.hashes);
        }

        @Override
        public int hashCode() {
            return (query.hashCode() * 31 + documentId.hashCode()) * 31 + Arrays.hashCode(hashes);
        }
    }

    /**
     * Forgets what searches keep for the queries asked again (parsed boxes, snippets, and the current searcher's
     * counts and stored hits), so that the next searches cost what a query asked for the first time costs. For
     * benchmarks; answers do not change.
     */
    public void forgetRecent() {
        synchronized (parsedQueries) {
            parsedQueries.clear();
        }
        synchronized (recentSnippets) {
            recentSnippets.clear();
        }
        storedHits.clear();
        withCurrentSearcher(FacetedSearcher::forget);
    }

    /**
     * Forgets the whole answers the current searcher kept (not counts, stored hits or snippets), so that the next
     * search of a request asked before runs again. For benchmarks comparing the search itself with bare Lucene;
     * answers do not change.
     */
    public void forgetAnswers() {
        withCurrentSearcher(FacetedSearcher::forgetAnswers);
    }

    private void withCurrentSearcher(java.util.function.Consumer<FacetedSearcher> action) {
        IndexSearcher s = acquire();
        try {
            action.accept((FacetedSearcher) s);
        } finally {
            release(s);
        }
    }

    /** A searcher that has caught up with the last write; give it back with {@link #release}. */
    private IndexSearcher acquire() {
        try {
            long written = writesDone.get();
            if (written > searchable.get()) {
                long mine = ownWrites.get()[0];
                long sinceReopen = System.nanoTime() - lastReopenNanos;
                if (mine > searchable.get()) {
                    // Read your own writes: the thread that wrote waits for a searcher that shows its write.
                    catchUp(mine, true);
                } else if (sinceReopen >= REOPEN_INTERVAL_NANOS) {
                    // Others' writes: at most one reopen per REOPEN_INTERVAL_NANOS, made by the search that finds the
                    // reopen lock free; the searches arriving meanwhile use the current searcher, unless it has
                    // been stale for longer than MAX_STALE_NANOS. Under a steady writer (a crawl, an import),
                    // making every search wait for the reopen (a segment flush and a facet-state rebuild, slow on
                    // a busy machine) queued the searches behind it: seconds of latency at a few hundred a second.
                    catchUp(written, sinceReopen >= MAX_STALE_NANOS);
                }
            }
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reopens the searcher unless another thread already did so past {@code written} while this one waited. When
     * another thread is reopening, {@code wait} says whether to wait for it; without waiting, nothing is done.
     */
    private void catchUp(long written, boolean wait) {
        if (wait) {
            reopening.lock();
        } else if (!reopening.tryLock()) {
            return;
        }
        try {
            if (written <= searchable.get()) {
                return;
            }
            // Read before the reopen: the reopened reader holds every write completed by now.
            long covered = writesDone.get();
            searchers.maybeRefreshBlocking();
            searchable.accumulateAndGet(covered, Math::max);
            lastReopenNanos = System.nanoTime();
        } catch (IOException e) {
            throw new UncheckedIOException("reopening the search index at " + location, e);
        } finally {
            reopening.unlock();
        }
    }

    private void release(IndexSearcher s) {
        try {
            searchers.release(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Write {
        long run() throws IOException;
    }

    private void write(Write w) {
        try {
            w.run();
            ownWrites.get()[0] = writesDone.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to the search index at " + location, e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close(); // commits (IndexWriterConfig.commitOnClose defaults to true)
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the search index at " + location, e);
        }
    }

    @Override
    public String toString() {
        return "LuceneSearchIndex[" + location + "]";
    }

    private static Sort newestFirst() {
        SortField date = new SortField(Fields.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE); // undated documents last
        return new Sort(date, SortField.FIELD_SCORE);
    }

    /** Deletes Lucene's files (segments_N, pending_segments_N, _*) in a folder; anything else is left alone. */
    private static void wipeIndexFiles(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f) && (name.startsWith("segments") || name.startsWith("pending_segments")
                        || name.startsWith("_"))) {
                    Files.delete(f);
                }
            }
        }
    }

    private static void closeQuietly(Directory d) {
        if (d != null) {
            try {
                d.close();
            } catch (IOException ignored) {
                // the original failure is what the caller needs to see
            }
        }
    }

    /** A searcher carrying the facet state of its reader, built once per reopen rather than once per search. */
    static final class FacetedSearcher extends IndexSearcher {
        /** Queries whose counts are kept per reader: the facet pass and exact total cost more than the top hits. */
        static final int COUNTED_QUERIES = 512;
        final SortedSetDocValuesReaderState facetState;
        /**
         * Totals and facet counts of recent queries (keyed by {@link CountKey}: words, dates, filters;
         * not the sort or the page, which do not change them). A reader never changes, so neither do they; a
         * write is seen through a new searcher, which starts with an empty map.
         */
        private final Map<CountKey, Counted> counted = new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<CountKey, Counted> eldest) {
                return size() > COUNTED_QUERIES;
            }
        };

        FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
            super(reader);
            this.facetState = facetState;
        }

        synchronized void forget() {
            counted.clear();
            answered.clear();
        }

        synchronized void forgetAnswers() {
            answered.clear();
        }

        /**
         * Whole answers of recent requests (query, dates, filters, sort and page): a reader never changes, so
         * neither do they, and the same few searches come again and again (the home page, a popular model, clients
         * polling). Between two reopens under a writer, each popular search is then searched once.
         */
        static final int ANSWERED_REQUESTS = 256;
        private final Map<AnswerKey, SearchResult> answered = new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<AnswerKey, SearchResult> eldest) {
                return size() > ANSWERED_REQUESTS;
            }
        };

        synchronized SearchResult answered(AnswerKey k) {
            return answered.get(k);
        }

        synchronized void remember(AnswerKey k, SearchResult r) {
            answered.put(k, r);
        }

        synchronized Counted counted(CountKey q) {
            return counted.get(q);
        }

        synchronized void remember(CountKey q, Counted c) {
            counted.put(q, c);
        }
    }

    private static final class FacetedSearcherFactory extends SearcherFactory {
        private final FacetsConfig config;

        FacetedSearcherFactory(FacetsConfig config) {
            this.config = config;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            SortedSetDocValuesReaderState state;
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, config);
            } catch (IllegalArgumentException e) {
                state = null; // no document with a facet field yet
            }
            FacetedSearcher searcher = new FacetedSearcher(reader, state);
            searcher.setTimeout(QueryBudget.TIMEOUT);
            return searcher;
        }
    }
}
