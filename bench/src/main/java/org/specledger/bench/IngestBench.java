package org.specledger.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.specledger.article.Article;
import org.specledger.article.ArticleExtractor;
import org.specledger.ingest.local.ImportReport;
import org.specledger.ingest.local.LocalImport;
import org.specledger.db.DatabaseUnavailableException;
import org.specledger.app.AppContext;

/**
 * The ingest benchmark: N generated articles ({@link ArticleCorpus}) imported end to end through the pipeline
 * exactly as {@link AppContext} wires it (extract → claims → store → listeners such as reconciliation and the
 * index), into a fresh data folder. Reports documents per second, peak heap, and where the time goes (the
 * extraction stages timed alone on a sample, the rest being storage and listeners).
 *
 * <p>Goal (issue 8): at least 200 documents/s on 2 cores, with a peak heap below 1 GiB —
 * {@link #runInChildJvm} proves the latter by running the same benchmark under {@code -Xmx1g}.
 */
public final class IngestBench {
    /** The default corpus size. */
    public static final int DEFAULT_DOCS = 20_000;
    /** The goal, in documents per second (issue 8). */
    public static final double GOAL_DOCS_PER_SECOND = 200;
    static final long SEED = 20_261_124L;
    private static final int PHASE_SAMPLE = 500;

    private IngestBench() {
    }

    /** Figures of one run. */
    public record Result(int docs, int created, int failed, double seconds, long peakHeapBytes, long maxHeapBytes,
                         long gcCollections, long gcMillis, long claims, long dbBytes, double extractMsPerDoc,
                         double claimsMsPerDoc, double flushSeconds) {
        public double docsPerSecond() {
            return docs / seconds;
        }

        /** The figures as a Markdown table. */
        public String markdown() {
            double total = 1000.0 / docsPerSecond();
            double rest = Math.max(0, total - extractMsPerDoc - claimsMsPerDoc);
            return "## Ingest\n\n| figure | value |\n|---|---|\n"
                    + row("documents", String.format(Locale.ROOT, "%,d (%,d new, %,d failed)", docs, created, failed))
                    + row("wall time", String.format(Locale.ROOT, "%.1f s (of which the final flush: %.1f s)", seconds,
                    flushSeconds))
                    + row("throughput", String.format(Locale.ROOT, "**%.0f docs/s** (goal ≥ %.0f: %s)", docsPerSecond(),
                    GOAL_DOCS_PER_SECOND, docsPerSecond() >= GOAL_DOCS_PER_SECOND ? "met" : "NOT met"))
                    + row("peak heap used", String.format(Locale.ROOT, "**%s** of %s max (goal < 1 GiB: %s)",
                    BenchReport.mib(peakHeapBytes), BenchReport.mib(maxHeapBytes), peakHeapBytes < (1L << 30) ? "met" : "NOT met"))
                    + row("GC", String.format(Locale.ROOT, "%,d collections, %,d ms", gcCollections, gcMillis))
                    + row("claims stored", String.format(Locale.ROOT, "%,d", claims))
                    + row("database size", BenchReport.mib(dbBytes))
                    + "\n### Where the time goes (ms per document)\n\n| stage | ms/doc | share |\n|---|---|---|\n"
                    + stage("article extraction (Jsoup + main text), timed alone", extractMsPerDoc, total)
                    + stage("claim extraction, timed alone", claimsMsPerDoc, total)
                    + stage("the rest: file read, SQLite transaction, listeners (reconcile, index)", rest, total)
                    + stage("total", total, total);
        }

        private static String row(String k, String v) {
            return "| " + k + " | " + v + " |\n";
        }

        private static String stage(String k, double ms, double total) {
            return String.format(Locale.ROOT, "| %s | %.2f | %.0f %% |\n", k, ms, 100 * ms / total);
        }
    }

    /** Runs the benchmark in this JVM and returns its figures as Markdown. */
    public static String run(Path workDir, int docs) {
        return measure(workDir, docs).markdown();
    }

    /** Runs the benchmark in this JVM. */
    public static Result measure(Path workDir, int docs) {
        if (docs < 1) {
            throw new IllegalArgumentException("docs must be at least 1, not " + docs);
        }
        Path corpusDir = workDir.resolve("ingest-corpus-" + SEED + "-" + docs);
        new ArticleCorpus(SEED).write(corpusDir, docs);
        double[] phases = phaseTimes(corpusDir, Math.min(docs, PHASE_SAMPLE));
        Path data = workDir.resolve("ingest-data");
        deleteTree(data);
        System.gc();
        long start;
        long imported;
        long end;
        ImportReport report;
        long peak;
        long gcN;
        long gcMs;
        long claims;
        try (HeapSampler heap = new HeapSampler()) {
            start = System.nanoTime();
            AppContext app = open(data);
            try (var bulk = app.indexStage().bulk(LocalImport.defaultThreads())) {
                report = new LocalImport(app.ingester(), null).run(List.of(corpusDir));
            } finally {
                imported = System.nanoTime();
                // close() flushes what the listeners deferred (reconciliation, index commit): part of the run.
                app.close();
            }
            end = System.nanoTime();
            claims = countClaims(data);
            peak = heap.peakBytes();
            gcN = heap.gcCollections();
            gcMs = heap.gcMillisTotal();
        }
        return new Result(docs, report.created(), report.failed(), (end - start) / 1e9, peak, HeapSampler.maxHeapBytes(),
                gcN, gcMs, claims, sizeOf(data), phases[0], phases[1], (end - imported) / 1e9);
    }

    static AppContext open(Path data) {
        try {
            return AppContext.open(data);
        } catch (DatabaseUnavailableException | org.specledger.index.IndexUnavailableException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static long countClaims(Path data) {
        org.specledger.db.Database db;
        try {
            db = org.specledger.db.Database.open(data);
        } catch (DatabaseUnavailableException e) {
            return -1;
        }
        try (var c = db.dataSource().getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM claims")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            return -1;
        } finally {
            db.close();
        }
    }

    /** Article and claim extraction timed alone on the first {@code n} files (after a warm-up pass). */
    private static double[] phaseTimes(Path corpusDir, int n) {
        List<byte[]> pages = new ArrayList<>(n);
        try (Stream<Path> files = Files.list(corpusDir)) {
            for (Path f : files.sorted().limit(n).toList()) {
                pages.add(Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ArticleExtractor articles = new ArticleExtractor();
        var claims = org.specledger.claims.extract.ClaimExtractor.withDefaults();
        Instant at = Instant.parse("2026-11-24T00:00:00Z");
        List<Article> extracted = new ArrayList<>(n);
        for (byte[] p : pages) { // warm-up: JIT and lazy tables
            claims.extract(articles.extract("https://news.example/w", p, "text/html", at).text(), null);
        }
        long t0 = System.nanoTime();
        for (byte[] p : pages) {
            extracted.add(articles.extract("https://news.example/p", p, "text/html", at));
        }
        long t1 = System.nanoTime();
        for (Article a : extracted) {
            claims.extract(a.text(), LocalDate.of(2025, 6, 1));
        }
        long t2 = System.nanoTime();
        return new double[] {(t1 - t0) / 1e6 / n, (t2 - t1) / 1e6 / n};
    }

    /**
     * Runs the benchmark in a child JVM with the given maximum heap ("1g"), proving the pipeline fits in it;
     * returns that JVM's Markdown, or its output and exit code when it failed (an OutOfMemoryError shows here).
     */
    public static String runInChildJvm(Path workDir, int docs, String maxHeap) {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + maxHeap,
                "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector",
                "-cp", System.getProperty("java.class.path"), IngestBench.class.getName(), workDir.toString(),
                String.valueOf(docs));
        try {
            Path log = Files.createTempFile("specledger-ingest-bench-", ".log");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(2, TimeUnit.HOURS)) {
                p.destroyForcibly();
                return "the child JVM did not finish within 2 hours";
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            String heading = "## Ingest (child JVM, -Xmx" + maxHeap + ")\n\n";
            if (p.exitValue() != 0) {
                return heading + "FAILED with exit code " + p.exitValue() + ":\n\n```\n" + out.strip() + "\n```\n";
            }
            int at = out.indexOf("## Ingest");
            return heading + (at < 0 ? out : out.substring(at).replaceFirst("## Ingest\\n\\n", ""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the child JVM", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** {@code IngestBench WORKDIR [DOCS]}: what {@link #runInChildJvm} starts. */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench-work");
        int docs = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_DOCS;
        System.out.println(run(dir, docs));
    }

    static long sizeOf(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
    }
}
