package org.specledger.app.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.specledger.app.AppContext;
import org.specledger.web.export.FactSheetFormat;
import org.specledger.web.export.FactSheets;
import org.specledger.web.export.PdfFactSheet;
import org.specledger.web.sheet.SpecSheet;
import org.specledger.web.sheet.SpecSheets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code specledger export --model NAME --format md|csv|json|pdf [--out FILE [--force]]}: one model's fact sheet. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a model's fact sheet: each spec with its value, independent sources, quotes and flags.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    Main.DataOption data;

    @Option(names = "--model", paramLabel = "NAME", required = true,
            description = "The model, by id, name or alias (e.g. kimi-k2, \"Kimi K2\").")
    String model;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
            description = "md, csv, json or pdf. Default: md")
    String format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write the sheet (its folder must exist). Default: standard output (a PDF needs --out).")
    Path out;

    @Option(names = "--force", description = "Replace --out FILE when it exists. Default: refuse.")
    boolean force;

    @Option(names = "--verbose", description = "Show the PDF libraries' own log lines (font fallbacks, timings).")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        FactSheetFormat f;
        try {
            f = FactSheetFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        if (f == FactSheetFormat.PDF && out == null) {
            throw new CliException("a PDF is binary: pass --out FILE.pdf");
        }
        if (out != null) {
            checkTarget(out, force);
        }
        PdfFactSheet.libraryLogging(verbose);
        try (AppContext app = Contexts.open(data)) {
            SpecSheet sheet = new SpecSheets(app.db()).find(model).orElseThrow(() -> new CliException(
                    "no model '" + model + "' in " + app.dataDir() + " (ids, names and aliases are accepted)"));
            byte[] bytes = FactSheets.render(sheet, f);
            if (out == null) {
                System.out.write(bytes);
                System.out.flush();
            } else {
                writeAtomically(out, bytes);
                System.err.println("wrote the " + f.extension() + " fact sheet of " + sheet.model().name() + " to " + out);
            }
            return 0;
        }
    }

    /** Refuses an --out whose folder is missing (no folders are made silently) or that exists, unless forced. */
    static void checkTarget(Path out, boolean force) {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new CliException("the folder " + parent + " does not exist: create it first, or choose another --out");
        }
        if (Files.isDirectory(out)) {
            throw new CliException(out + " is a folder: --out takes a file name");
        }
        if (Files.exists(out) && !force) {
            throw new CliException(out + " exists: pass --force to replace it");
        }
    }

    /**
     * Writes to a temporary file beside {@code out}, then moves it into place: a full disk or a crash leaves the
     * previous file whole, never a truncated sheet.
     */
    static void writeAtomically(Path out, byte[] bytes) {
        Path target = out.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the write's failure is the one to report
                }
            }
            throw new CliException("cannot write " + out + " (" + Failures.describe(e) + "); any earlier file there"
                    + " is unchanged");
        }
    }
}
