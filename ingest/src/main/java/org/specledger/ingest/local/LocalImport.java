package org.specledger.ingest.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.specledger.ingest.IngestOutcome;
import org.specledger.ingest.Ingester;
import org.specledger.ingest.Prepared;
import org.specledger.ingest.RawPage;

/**
 * Imports files and folders through the {@link Ingester}. One document per file; a bad file is reported
 * with its reason and the rest go on. The same file imported again is reported unchanged.
 *
 * <p>Reading and extraction ({@link Ingester#prepare}, pure) run on a small pool, a bounded number of files
 * ahead; storing ({@link Ingester#store}) stays on the calling thread, in file order, since SQLite has one
 * writer. So the outcome, the progress bar and the failure list are the same as a one-file-at-a-time import.
 */
public final class LocalImport {
    /** Folders with more files than this get a progress bar on stderr. */
    public static final int PROGRESS_THRESHOLD = 5;

    /** Files prepared ahead of the one being stored, per extraction thread: bounds the memory held in flight. */
    static final int AHEAD_PER_THREAD = 4;

    private final Ingester ingester;
    private final PrintStream progress;
    private final int threads;

    /** The extraction threads an import uses unless told otherwise: one per processor. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * An import that extracts on {@link #defaultThreads()} threads.
     *
     * @param progress where the progress bar goes (stderr for the CLI), or null for none
     */
    public LocalImport(Ingester ingester, PrintStream progress) {
        this(ingester, progress, defaultThreads());
    }

    /**
     * @param progress where the progress bar goes (stderr for the CLI), or null for none
     * @param threads  extraction threads; 1 reads, extracts and stores each file in turn on the calling thread
     */
    public LocalImport(Ingester ingester, PrintStream progress, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.ingester = ingester;
        this.progress = progress;
        this.threads = threads;
    }

    /** The file names import accepts. */
    public static boolean accepts(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".txt") || n.endsWith(".md");
    }

    public ImportReport run(List<Path> paths) {
        List<ImportReport.Failure> failures = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                failures.add(new ImportReport.Failure(p.toString(), "no such file or folder"));
            } else if (!Files.isReadable(p)) {
                failures.add(new ImportReport.Failure(p.toString(), "not readable (permission denied)"));
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(LocalImport::accepts).sorted().forEach(files::add);
                } catch (IOException | RuntimeException e) {
                    failures.add(new ImportReport.Failure(p.toString(), "cannot list the folder: " + e.getMessage()));
                }
            } else if (accepts(p)) {
                files.add(p);
            } else {
                failures.add(new ImportReport.Failure(p.toString(),
                        "unsupported file type (import takes .html, .htm, .txt, .md and .gz of those)"));
            }
        }
        int created = 0;
        int unchanged = 0;
        boolean bar = progress != null && files.size() > PROGRESS_THRESHOLD;
        try (Preparer preparer = new Preparer(files)) {
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                IngestOutcome out = ingester.store(preparer.next());
                switch (out.status()) {
                    case NEW, REVISED -> created++;
                    case UNCHANGED -> unchanged++;
                    case FAILED -> failures.add(new ImportReport.Failure(f.toString(), out.reason()));
                }
                if (bar) {
                    drawProgress(i + 1, files.size());
                }
            }
        }
        if (bar) {
            progress.println();
        }
        return new ImportReport(created, unchanged, failures);
    }

    /**
     * Hands out the prepared files in order, preparing up to {@code threads * AHEAD_PER_THREAD} ahead on a pool
     * of named daemon threads (a killed or failed import leaves none behind); with one thread, on the caller's.
     */
    private final class Preparer implements AutoCloseable {
        private final List<Path> files;
        private final ExecutorService pool;
        private final ArrayDeque<Future<Prepared>> ahead = new ArrayDeque<>();
        private int submitted;
        private int taken;

        Preparer(List<Path> files) {
            this.files = files;
            this.pool = threads == 1 || files.size() < 2 ? null : Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "specledger-import-" + THREADS.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }

        Prepared next() {
            Path f = files.get(taken++);
            if (pool == null) {
                return prepareFile(f);
            }
            while (submitted < files.size() && submitted - taken < threads * AHEAD_PER_THREAD) {
                Path g = files.get(submitted++);
                ahead.add(pool.submit(() -> prepareFile(g)));
            }
            try {
                return ahead.remove().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the import was interrupted", e);
            } catch (ExecutionException e) {
                // prepareFile turns bad content into a failure; what arrives here is a bug or an Error.
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException("preparing " + f + " failed: " + e.getCause(), e.getCause());
            }
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    /** Reads and extracts one file; runs on the pool. */
    private Prepared prepareFile(Path f) {
        byte[] bytes;
        try {
            bytes = read(f);
        } catch (NoSuchFileException e) {
            return Prepared.failed("the file disappeared while importing");
        } catch (ZipException e) {
            return Prepared.failed("not a valid gzip file: " + e.getMessage());
        } catch (TooLarge e) {
            return Prepared.failed(e.getMessage());
        } catch (IOException e) {
            return Prepared.failed("cannot read the file: " + e.getMessage());
        }
        String url = f.toAbsolutePath().normalize().toUri().toString();
        return ingester.prepare(new RawPage(url, bytes, contentType(f), Instant.now(), null, false));
    }

    private static final class TooLarge extends IOException {
        TooLarge(String m) {
            super(m);
        }
    }

    /** Reads a file (decompressing .gz), refusing more than {@link Ingester#MAX_BYTES} decompressed. */
    static byte[] read(Path f) throws IOException {
        if (Files.size(f) > Ingester.MAX_BYTES) {
            throw new TooLarge("too large: " + Files.size(f) + " bytes (the limit is " + Ingester.MAX_BYTES + ")");
        }
        if (!f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return Files.readAllBytes(f);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                if (out.size() > Ingester.MAX_BYTES) {
                    throw new TooLarge("too large: more than " + Ingester.MAX_BYTES + " bytes once decompressed");
                }
            }
            return out.toByteArray();
        }
    }

    static String contentType(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (n.endsWith(".txt")) {
            return "text/plain";
        }
        if (n.endsWith(".md")) {
            return "text/markdown";
        }
        return "text/html";
    }

    private void drawProgress(int done, int total) {
        int width = 30;
        int filled = (int) ((long) done * width / total);
        progress.print("\rimporting [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
        progress.flush();
    }
}
