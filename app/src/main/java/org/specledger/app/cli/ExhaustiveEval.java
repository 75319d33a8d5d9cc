package org.specledger.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.specledger.claims.Document;
import org.specledger.claims.eval.ExhaustiveGold;
import org.specledger.claims.eval.ExhaustiveReport;
import org.specledger.claims.eval.ExhaustiveScorer;
import org.specledger.claims.eval.StoredClaim;
import org.specledger.ingest.local.ImportReport;
import org.specledger.ingest.local.LocalImport;
import org.specledger.db.ClaimView;
import org.specledger.db.DatabaseUnavailableException;
import org.specledger.db.ModelSummary;
import org.specledger.index.IndexUnavailableException;
import org.specledger.app.AppContext;

/**
 * {@code specledger eval} on an exhaustive gold file (the shape of {@code ../shared/bench/claims-real/gold.json}:
 * {@code models}, {@code documents} keyed by id, top-level {@code claims} and {@code wrong}). The documents are
 * imported through the same path as {@code specledger import} into a fresh data folder, then the claims stored
 * for each are scored by {@link ExhaustiveScorer}.
 */
public final class ExhaustiveEval {
    /** Extensions tried, in order, for a gold {@code file} given without one (claims-real gives "r01-…"). */
    private static final List<String> EXTENSIONS = List.of("", ".txt", ".html", ".htm", ".md", ".txt.gz",
            ".html.gz", ".htm.gz", ".md.gz");

    private ExhaustiveEval() {
    }

    /**
     * Imports the gold's documents into {@code dataDir} (which must be new or empty) and scores what was stored.
     *
     * @param pages   files or folders to score; empty means every document the gold lists, found beside the gold
     *                file (its folder or a {@code docs/} folder in it, the extension tried when the gold gives none)
     * @param notices where warnings go (documents not found, failed imports, pages the gold does not list)
     * @throws IOException when a listed document cannot be found or the data folder is not fresh
     */
    public static ExhaustiveReport run(ExhaustiveGold gold, Path goldFile, List<Path> pages, Path dataDir,
                                       PrintStream notices) throws IOException {
        Map<String, Path> files = pages.isEmpty() ? besideGold(gold, goldFile) : fromPaths(gold, pages, notices);
        if (files.isEmpty()) {
            throw new IOException("none of the pages given is a document of the gold file " + goldFile);
        }
        requireFresh(dataDir);
        Map<String, List<StoredClaim>> stored = new HashMap<>();
        try (AppContext app = open(dataDir, notices)) {
            ImportReport r = app.importPaths(List.copyOf(files.values()), null);
            for (ImportReport.Failure f : r.failures()) {
                notices.println("specledger eval: import failed: " + f.path() + ": " + f.reason());
            }
            Map<String, ModelSummary> models = new HashMap<>();
            for (Map.Entry<String, Path> e : files.entrySet()) {
                String url = e.getValue().toAbsolutePath().normalize().toUri().toString();
                Document d = app.db().documents().findLiveByUrl(url).orElse(null);
                if (d == null) {
                    notices.println("specledger eval: " + e.getKey() + " (" + e.getValue()
                            + ") was not stored; it is scored with no claims");
                    continue;
                }
                List<StoredClaim> claims = new ArrayList<>();
                for (ClaimView v : app.db().claims().byDocument(d.id())) {
                    ModelSummary m = models.computeIfAbsent(v.modelId(),
                            id -> app.db().models().find(id).orElse(null));
                    List<String> names = new ArrayList<>();
                    if (m != null) {
                        names.add(m.name());
                        names.addAll(m.aliases());
                    }
                    claims.add(new StoredClaim(v.claim(), v.modelId(), names));
                }
                stored.put(e.getKey(), claims);
            }
        }
        return new ExhaustiveScorer(gold).score(stored, files.keySet());
    }

    private static AppContext open(Path dataDir, PrintStream notices) throws IOException {
        try {
            return AppContext.open(dataDir, notices);
        } catch (DatabaseUnavailableException | IndexUnavailableException e) {
            throw new IOException("cannot open the data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Each gold document's file beside the gold file. */
    static Map<String, Path> besideGold(ExhaustiveGold gold, Path goldFile) throws IOException {
        Path dir = goldFile.toAbsolutePath().normalize().getParent();
        Map<String, Path> out = new LinkedHashMap<>();
        for (ExhaustiveGold.GoldDocument d : gold.documents().values()) {
            Path found = null;
            for (Path folder : List.of(dir, dir.resolve("docs"))) {
                for (String ext : EXTENSIONS) {
                    Path p = folder.resolve(d.file() + ext);
                    if (found == null && Files.isRegularFile(p)) {
                        found = p;
                    }
                }
            }
            if (found == null) {
                throw new IOException("the gold file lists " + d.id() + " as \"" + d.file() + "\", but no such file is in "
                        + dir + " or " + dir.resolve("docs") + " (tried the extensions .txt, .html, .htm, .md, .gz)");
            }
            out.put(d.id(), found);
        }
        return out;
    }

    /** The gold documents among the pages given (files, or folders walked), matched by file name with or without extension. */
    static Map<String, Path> fromPaths(ExhaustiveGold gold, List<Path> pages, PrintStream notices) throws IOException {
        Map<String, String> docByName = new HashMap<>();
        for (ExhaustiveGold.GoldDocument d : gold.documents().values()) {
            docByName.put(d.file(), d.id());
            docByName.put(stem(d.file()), d.id());
        }
        Map<String, Path> byDoc = new HashMap<>();
        for (Path p : pages) {
            if (!Files.exists(p)) {
                throw new IOException("no such file or folder: " + p);
            }
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(LocalImport::accepts).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                String doc = docByName.getOrDefault(name, docByName.get(stem(name)));
                if (doc == null) {
                    notices.println("specledger eval: " + f + " is not a document of the gold file; ignored");
                } else {
                    byDoc.putIfAbsent(doc, f);
                }
            }
        }
        Map<String, Path> out = new LinkedHashMap<>();
        for (String id : gold.documents().keySet()) {
            if (byDoc.containsKey(id)) {
                out.put(id, byDoc.get(id));
            }
        }
        return out;
    }

    private static String stem(String name) {
        String n = name;
        if (n.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static void requireFresh(Path dataDir) throws IOException {
        if (Files.isDirectory(dataDir)) {
            try (Stream<Path> s = Files.list(dataDir)) {
                if (s.findAny().isPresent()) {
                    throw new IOException("eval imports into a fresh data folder, and " + dataDir
                            + " is not empty: remove it or name another with --data (or leave --data out for a temporary one)");
                }
            }
        } else if (Files.exists(dataDir)) {
            throw new IOException(dataDir + " is not a folder");
        }
    }

    /** Deletes a folder and everything in it (the temporary data folder). */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
