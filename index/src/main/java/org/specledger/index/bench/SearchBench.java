package org.specledger.index.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.specledger.index.IndexUnavailableException;
import org.specledger.index.QueryException;
import org.specledger.index.SearchRequest;
import org.specledger.index.lucene.LuceneSearchIndex;

/**
 * Indexing throughput and search latency of {@link LuceneSearchIndex} on a synthetic corpus, beside a bare Lucene
 * {@link IndexSearcher} running the same parsed queries over the same files (TopDocs only: no facets, snippets or
 * stored fields), to show what our layer costs. Wired to {@code specledger bench search}.
 *
 * <p>Defaults: {@value #DEFAULT_DOCS} documents, {@value #THREADS} search threads, {@value #QUERIES} timed queries
 * per side after {@value #WARMUP} warm-up queries. Goal: p99 under 20 ms, our layer within 1.5× of bare Lucene.
 */
public final class SearchBench {

    public static final int DEFAULT_DOCS = 100_000;
    static final int THREADS = 32;
    static final int QUERIES = 8_000;
    static final int WARMUP = 2_000;

    private SearchBench() {
    }

    /** The fixed mixed query set: words, phrases, fields, Chinese, synonyms, drill-downs, dates, date sort. */
    static List<SearchRequest> queries() {
        List<SearchRequest> q = new ArrayList<>();
        for (String box : new String[] {"Ascend", "training cluster", "GLM 4.5", "glm-4.5 context window",
                "\"open weights\"", "\"export controls\"", "Huawei AND Ascend", "Cambricon OR Kunlunxin",
                "benchmark NOT rumour", "昇腾", "华为 芯片", "DeepSeek", "ＤｅｅｐＳｅｅｋ", "model:\"Kimi K2\"",
                "org:zhipu", "hedge:rumoured AND HBM", "publisher:\"chip wire\" inference", "attribute:context_length",
                "lang:zh 训练", "date:[2025-01-01 TO 2025-03-31] accelerator", "date:2026-06", "H800 GPUs",
                "mixture experts", "\"Ascend 910C\"", "Qwen3", "\"power efficiency\"", "sanctions supply", ""}) {
            q.add(SearchRequest.of(box));
        }
        q.add(SearchRequest.of("chips").withFilters(Map.of("model", List.of("DeepSeek-V3", "DeepSeek-R1"))));
        q.add(SearchRequest.of("training").withFilters(Map.of("org", List.of("Huawei"), "hedge", List.of("stated"))));
        q.add(SearchRequest.of("").withFilters(Map.of("flagged", List.of("true"))));
        q.add(SearchRequest.of("cluster").withFilters(Map.of("year", List.of("2025"), "publisher",
                List.of("Tech Daily", "Chip Wire"))));
        q.add(SearchRequest.of("inference").withDates("2024-06", "2024-12-31"));
        q.add(SearchRequest.of("Ascend").withSort(SearchRequest.Sort.DATE));
        q.add(SearchRequest.of("").withSort(SearchRequest.Sort.DATE).withFilters(Map.of("lang", List.of("zh"))));
        q.add(SearchRequest.of("GLM").withPage(20, 20));
        return q;
    }

    /** Builds (or rebuilds) an index of {@code docs} documents under {@code workDir} and returns the report. */
    public static String run(Path workDir, int docs) {
        try {
            return measure(workDir.resolve("bench-index"), docs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IndexUnavailableException | QueryException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        int docs = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_DOCS;
        System.out.println(run(dir, docs));
    }

    private static String measure(Path dir, int docs)
            throws IOException, IndexUnavailableException, QueryException, InterruptedException {
        StringBuilder out = new StringBuilder();
        int cores = Runtime.getRuntime().availableProcessors();
        out.append(String.format(Locale.ROOT, "search bench: %,d documents, %d cores, %s%n", docs, cores,
                Runtime.version()));
        List<SearchRequest> requests = queries();
        try (LuceneSearchIndex index = LuceneSearchIndex.create(dir)) {
            long t0 = System.nanoTime();
            AtomicInteger next = new AtomicInteger();
            ExecutorService writers = Executors.newFixedThreadPool(cores, named("bench-index"));
            List<Future<?>> jobs = new ArrayList<>();
            for (int w = 0; w < cores; w++) {
                jobs.add(writers.submit(() -> {
                    for (int i = next.getAndIncrement(); i < docs; i = next.getAndIncrement()) {
                        index.upsert(SyntheticCorpus.document(i));
                    }
                }));
            }
            await(jobs);
            writers.shutdown();
            index.commit();
            double secs = (System.nanoTime() - t0) / 1e9;
            out.append(String.format(Locale.ROOT, "indexing: %.1f s, %,.0f docs/s (%d writer threads, NRT, commit"
                    + " included), index %,d MB%n", secs, docs / secs, cores, sizeMb(dir)));

            List<Query> parsed = new ArrayList<>();
            for (SearchRequest r : requests) {
                parsed.add(index.toLuceneQuery(r));
            }
            long[] ours = timed(i -> {
                try {
                    index.search(requests.get(i % requests.size()));
                } catch (QueryException e) {
                    throw new IllegalStateException(e);
                }
            });
            long[] bare;
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
                IndexSearcher searcher = new IndexSearcher(reader);
                bare = timed(i -> {
                    SearchRequest r = requests.get(i % requests.size());
                    try {
                        searcher.search(parsed.get(i % parsed.size()), r.offset() + r.limit());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            out.append(String.format(Locale.ROOT, "queries: %d distinct (words, phrases, fields, Chinese, synonyms,"
                    + " drill-downs, dates, date sort), %d threads, %,d timed after %,d warm-up%n",
                    requests.size(), THREADS, QUERIES, WARMUP));
            out.append(line("SpecLedger (facets+snippets+hits)", ours));
            out.append(line("bare Lucene (TopDocs only)", bare));
            out.append(String.format(Locale.ROOT, "overhead: p50 %.2fx, p99 %.2fx, QPS %.2fx%n",
                    pct(ours, 50) / (double) Math.max(1, pct(bare, 50)),
                    pct(ours, 99) / (double) Math.max(1, pct(bare, 99)),
                    qps(bare) / qps(ours)));
        }
        return out.toString();
    }

    private interface Call {
        void run(int i);
    }

    /** Latencies (ns) of QUERIES calls from THREADS threads, sorted; element [QUERIES] is the wall time. */
    private static long[] timed(Call call) throws InterruptedException {
        runAll(call, WARMUP, null);
        long[] lat = new long[QUERIES + 1];
        long t0 = System.nanoTime();
        runAll(call, QUERIES, lat);
        long wall = System.nanoTime() - t0;
        Arrays.sort(lat, 0, QUERIES);
        lat[QUERIES] = wall;
        return lat;
    }

    private static void runAll(Call call, int n, long[] lat) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, named("bench-search"));
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            jobs.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    long s = System.nanoTime();
                    call.run(i);
                    if (lat != null) {
                        lat[i] = System.nanoTime() - s;
                    }
                }
            }));
        }
        await(jobs);
        pool.shutdown();
    }

    private static String line(String name, long[] lat) {
        return String.format(Locale.ROOT, "  %-36s QPS %,8.0f   p50 %6.2f ms   p99 %6.2f ms%n", name, qps(lat),
                pct(lat, 50) / 1e6, pct(lat, 99) / 1e6);
    }

    private static long pct(long[] sorted, int p) {
        int n = sorted.length - 1;
        return sorted[Math.min(n - 1, (int) Math.ceil(p / 100.0 * n) - 1)];
    }

    private static double qps(long[] lat) {
        return (lat.length - 1) / (lat[lat.length - 1] / 1e9);
    }

    private static void await(List<Future<?>> jobs) throws InterruptedException {
        for (Future<?> f : jobs) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("benchmark task failed: " + e.getCause(), e.getCause());
            }
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static long sizeMb(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(f -> f.toFile().length()).sum() >> 20;
        }
    }
}
