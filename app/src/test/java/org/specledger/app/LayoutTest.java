package org.specledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tree is what a newcomer reads first, so it must say one thing per name: a package's last name (its leaf) means
 * one thing across the modules, benchmarks stay in bench/, out of the runtime jars, and each module uses only the
 * modules before it in the root pom (so web/, the server, never reaches into app/). Walks the module source folders
 * (main and test) and poms from the repository root.
 */
class LayoutTest {
    /** The module that holds every benchmark; nothing else may depend on it or have a bench package. */
    static final String BENCH = "bench";
    /** Test-only leaves that mean the same in every module: "property-based fuzz tests of this module". */
    static final Set<String> SHARED_TEST_LEAVES = Set.of("fuzz");

    @Test
    void theRepositoryKeepsItsLayout() {
        Path root = repositoryRoot();
        List<String> modules = modules(root);
        assertThat(modules).as("the reactor modules, in dependency order")
                .containsExactly("claims", "db", "index", "article", "ingest", "crawler", "web", "app", "bench");
        assertThat(problems(root)).as("layout problems").isEmpty();
    }

    @Test
    void aLeafReusedAcrossModulesOrABenchInARuntimeModuleIsReported(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("pom.xml"), "<modules><module>one</module><module>two</module>"
                + "<module>bench</module></modules>");
        source(root, "one/src/main/java/org/example/one/extract/A.java");
        source(root, "two/src/main/java/org/example/two/extract/B.java");
        source(root, "two/src/main/java/org/example/two/bench/C.java");
        source(root, "one/src/test/java/org/example/one/fuzz/ATest.java");
        source(root, "two/src/test/java/org/example/two/fuzz/BTest.java");
        source(root, "bench/src/main/java/org/example/bench/D.java");
        Files.writeString(root.resolve("one/pom.xml"), "<dependency><artifactId>specledger-bench</artifactId></dependency>");
        Files.writeString(root.resolve("two/pom.xml"), "<artifactId>specledger-two</artifactId>"
                + "<dependency><artifactId>specledger-one</artifactId></dependency>");

        List<String> problems = problems(root);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("'extract'", "one", "two"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("two", "org.example.two.bench"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("one/pom.xml", "specledger-bench"));
        assertThat(problems).noneSatisfy(p -> assertThat(p).contains("'fuzz'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("'bench'", "[bench, two]"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("one/pom.xml uses bench, which comes after it"));
        assertThat(problems).hasSize(5);
    }

    /** Every breach of the layout rules under {@code root}, one readable line each. */
    static List<String> problems(Path root) {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> modulesByLeaf = new TreeMap<>();
        for (String module : modules(root)) {
            Set<String> main = packages(root.resolve(module).resolve("src/main/java"));
            Set<String> test = packages(root.resolve(module).resolve("src/test/java"));
            Set<String> all = new TreeSet<>(main);
            for (String p : test) {
                if (!SHARED_TEST_LEAVES.contains(leaf(p))) {
                    all.add(p);
                }
            }
            for (String p : all) {
                modulesByLeaf.computeIfAbsent(leaf(p), k -> new TreeSet<>()).add(module);
            }
            if (module.equals(BENCH)) {
                continue;
            }
            for (String p : main) {
                if (List.of(p.split("\\.")).contains(BENCH)) {
                    problems.add("runtime module " + module + " has a benchmark package " + p + " (move it to bench/)");
                }
            }
            Path pom = root.resolve(module).resolve("pom.xml");
            if (Files.isRegularFile(pom) && read(pom).contains("<artifactId>specledger-bench</artifactId>")) {
                problems.add(module + "/pom.xml depends on specledger-bench: no runtime module may");
            }
        }
        List<String> order = modules(root);
        for (int i = 0; i < order.size(); i++) {
            Path pom = root.resolve(order.get(i)).resolve("pom.xml");
            if (!Files.isRegularFile(pom)) {
                continue;
            }
            Matcher used = Pattern.compile("<artifactId>specledger-([a-z]+)</artifactId>").matcher(read(pom));
            while (used.find()) {
                int j = order.indexOf(used.group(1));
                if (j > i) {
                    problems.add(order.get(i) + "/pom.xml uses " + used.group(1) + ", which comes after it: a module"
                            + " may use only the modules before it in the root pom's order");
                }
            }
        }
        modulesByLeaf.forEach((leaf, modules) -> {
            if (modules.size() > 1) {
                problems.add("package name '" + leaf + "' is used in several modules: " + modules
                        + " (one name, one meaning: rename one of them)");
            }
        });
        return problems;
    }

    /** The modules of the root pom, in its order. */
    static List<String> modules(Path root) {
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(read(root.resolve("pom.xml")));
        List<String> modules = new ArrayList<>();
        while (m.find()) {
            modules.add(m.group(1).strip());
        }
        return modules;
    }

    /** The packages (folders holding .java files) under a source root, as dotted names. */
    static Set<String> packages(Path sourceRoot) {
        Set<String> packages = new TreeSet<>();
        if (!Files.isDirectory(sourceRoot)) {
            return packages;
        }
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                Path dir = sourceRoot.relativize(f.getParent());
                if (!dir.toString().isEmpty()) {
                    packages.add(dir.toString().replace(dir.getFileSystem().getSeparator(), "."));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packages;
    }

    private static String leaf(String pkg) {
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void source(Path root, String path) throws IOException {
        Path f = root.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, "");
    }

    /** The folder with test.sh above the working folder (Maven runs tests in the module's folder). */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("test.sh")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root (a folder with test.sh and pom.xml) above " + dir);
    }
}
