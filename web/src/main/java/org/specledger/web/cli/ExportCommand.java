package org.specledger.web.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.specledger.web.app.AppContext;
import org.specledger.web.export.FactSheetFormat;
import org.specledger.web.export.FactSheets;
import org.specledger.web.sheet.SpecSheet;
import org.specledger.web.sheet.SpecSheets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code specledger export --model NAME --format md|csv|json|pdf [--out FILE]}: one model's fact sheet. */
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
            description = "Where to write the sheet. Default: standard output (a PDF needs --out).")
    Path out;

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
        try (AppContext app = Contexts.open(data)) {
            SpecSheet sheet = new SpecSheets(app.db()).find(model).orElseThrow(() -> new CliException(
                    "no model '" + model + "' in " + app.dataDir() + " (ids, names and aliases are accepted)"));
            byte[] bytes = FactSheets.render(sheet, f);
            if (out == null) {
                System.out.write(bytes);
                System.out.flush();
            } else {
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.write(out, bytes);
                System.err.println("wrote the " + f.extension() + " fact sheet of " + sheet.model().name() + " to " + out);
            }
            return 0;
        }
    }
}
