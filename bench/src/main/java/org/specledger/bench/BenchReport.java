package org.specledger.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes a benchmark's figures as a Markdown report in {@code bench-results/}: the figures, the peers measured
 * beside them, and the machine they were measured on (cores, memory, JVM, OS, date), since a figure without
 * its machine cannot be compared with anything.
 */
public final class BenchReport {
    /** The folder reports go to, relative to the working folder. */
    public static final Path DEFAULT_DIR = Path.of("bench-results");

    private BenchReport() {
    }

    /**
     * Writes {@code dir/<date>-<name>.md} and returns its path.
     *
     * @param name    a file-name-safe benchmark name ("ingest", "load")
     * @param figures the Markdown a harness's {@code run} returned
     * @param peers   one Markdown line per peer figure measured beside ours (may be empty)
     */
    public static Path write(Path dir, String name, String figures, List<String> peers) {
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm", Locale.ROOT));
        Path file = dir.resolve(date + "-" + name.replaceAll("[^A-Za-z0-9_-]", "_") + ".md");
        StringBuilder md = new StringBuilder();
        md.append("# SpecLedger benchmark: ").append(name).append("\n\n");
        md.append(figures.strip()).append("\n\n");
        md.append("## Peers\n\n");
        if (peers.isEmpty()) {
            md.append("(none measured in this run)\n");
        } else {
            peers.forEach(p -> md.append("- ").append(p).append('\n'));
        }
        md.append("\n").append(machine());
        try {
            Files.createDirectories(dir);
            Files.writeString(file, md, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + file, e);
        }
        return file;
    }

    /** The machine as a Markdown section: what every figure depends on. */
    public static String machine() {
        Runtime rt = Runtime.getRuntime();
        long physical = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            physical = os.getTotalMemorySize();
        }
        return "## Machine\n\n| what | value |\n|---|---|\n"
                + "| date (UTC) | " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " |\n"
                + "| cores | " + rt.availableProcessors() + " |\n"
                + "| memory | " + (physical < 0 ? "unknown" : mib(physical)) + " |\n"
                + "| max heap | " + mib(rt.maxMemory()) + " |\n"
                + "| JVM | " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ") |\n"
                + "| OS | " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + " |\n";
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MiB", bytes / 1024.0 / 1024.0);
    }
}
