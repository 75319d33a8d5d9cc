package org.specledger.crawler.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.specledger.crawler.ingest.IngestOutcome;
import org.specledger.crawler.ingest.Ingester;
import org.specledger.crawler.ingest.RawPage;

/**
 * Imports files and folders through the {@link Ingester}. One document per file; a bad file is reported
 * with its reason and the rest go on. The same file imported again is reported unchanged.
 */
public final class LocalImport {
    /** Folders with more files than this get a progress bar on stderr. */
    public static final int PROGRESS_THRESHOLD = 5;

    private final Ingester ingester;
    private final PrintStream progress;

    /**
     * @param progress where the progress bar goes (stderr for the CLI), or null for none
     */
    public LocalImport(Ingester ingester, PrintStream progress) {
        this.ingester = ingester;
        this.progress = progress;
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
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            IngestOutcome out = importFile(f);
            switch (out.status()) {
                case NEW, REVISED -> created++;
                case UNCHANGED -> unchanged++;
                case FAILED -> failures.add(new ImportReport.Failure(f.toString(), out.reason()));
            }
            if (bar) {
                drawProgress(i + 1, files.size());
            }
        }
        if (bar) {
            progress.println();
        }
        return new ImportReport(created, unchanged, failures);
    }

    private IngestOutcome importFile(Path f) {
        byte[] bytes;
        try {
            bytes = read(f);
        } catch (NoSuchFileException e) {
            return IngestOutcome.failed("the file disappeared while importing");
        } catch (ZipException e) {
            return IngestOutcome.failed("not a valid gzip file: " + e.getMessage());
        } catch (TooLarge e) {
            return IngestOutcome.failed(e.getMessage());
        } catch (IOException e) {
            return IngestOutcome.failed("cannot read the file: " + e.getMessage());
        }
        String url = f.toAbsolutePath().normalize().toUri().toString();
        return ingester.ingest(new RawPage(url, bytes, contentType(f), Instant.now(), null, false));
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
