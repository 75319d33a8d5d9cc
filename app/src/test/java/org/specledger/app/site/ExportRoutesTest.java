package org.specledger.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.app.cli.Main;
import org.specledger.app.site.ApiServer;
import org.specledger.web.export.CsvReader;
import org.specledger.web.export.ExportRoutes;
import org.specledger.web.export.FactSheets;
import org.specledger.web.export.PdfFactSheet;
import org.specledger.web.sheet.SheetFixtures;
import org.specledger.web.sheet.SpecSheets;

/** Fact sheets and bulk exports over HTTP, and the export command. */
class ExportRoutesTest {
    @TempDir
    Path dir;
    ApiServer api;
    SheetFixtures.Ids ids;

    @BeforeEach
    void start() throws Exception {
        api = new ApiServer(dir.resolve("data"), 0);
        ids = SheetFixtures.load(api.app.db());
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void markdownSheetHasValuesQuotesLinksAndFlagsWithHostileTextInert() throws Exception {
        HttpResponse<String> r = api.get("/models/kimi-k2/factsheet.md");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
        String md = r.body();
        assertThat(md).startsWith("# Kimi K2 — fact sheet")
                .contains("| total\\_parameters | 1 T | 2 | stated | 3 | 1 |")
                .contains("| context\\_length | 128K tokens (most common claim) | 1 |")
                .contains("月之暗面发布Kimi K2，总参数达到1万亿。")
                .contains("Reuters, 2025-07-11, <https://reuters.example/kimi>")
                .contains("**conflict** on total\\_parameters: Reuters says 1 T total parameters, but Hostile Blog says 2 T (&lt;b&gt;twice&lt;/b&gt; as many).")
                .contains("Sheet made ");
        assertThat(md).doesNotContain("<script>").doesNotContain("<b>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        // The hostile quote's line break must not start a new Markdown line of its own.
        assertThat(md.lines()).noneMatch(l -> l.startsWith("| reportedly") || l.startsWith("\\| reportedly"));
        assertThat(api.get("/api/models/%E6%9C%88%E4%B9%8B%E6%9A%97%E9%9D%A2K2/factsheet?format=md").body())
                .startsWith("# Kimi K2 — fact sheet");
    }

    @Test
    void csvSheetParsesBackWithEveryClaimAndFlag() throws Exception {
        String csv = api.get("/api/models/kimi-k2/factsheet?format=csv").body();
        List<List<String>> rows = CsvReader.parse(csv);
        assertThat(rows.get(0)).isEqualTo(FactSheets.CSV_HEADER);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(FactSheets.CSV_HEADER.size()));
        int quote = FactSheets.CSV_HEADER.indexOf("quote");
        assertThat(rows.stream().filter(r -> r.get(0).equals("claim")).map(r -> r.get(quote)))
                .containsExactlyInAnyOrder(SheetFixtures.EN_QUOTE, SheetFixtures.EN_QUOTE, SheetFixtures.ZH_QUOTE,
                        "'" + SheetFixtures.HOSTILE_QUOTE);
        int reason = FactSheets.CSV_HEADER.indexOf("reason");
        assertThat(rows.stream().filter(r -> r.get(0).equals("flag")).map(r -> r.get(reason)))
                .containsExactly(SheetFixtures.CONFLICT_REASON);
    }

    @Test
    void jsonSheetIsTheModelObjectWithItsDate() throws Exception {
        JsonNode sheet = ApiServer.JSON.readTree(api.get("/models/kimi-k2/factsheet.json").body());
        assertThat(sheet.get("generatedAt").asText()).isNotBlank();
        assertThat(sheet.get("specs").get(0).get("claims").get(1).get("quote").asText()).isEqualTo(SheetFixtures.ZH_QUOTE);
        assertThat(sheet.get("flags").get(0).get("reason").asText()).isEqualTo(SheetFixtures.CONFLICT_REASON);
        assertThat(api.get("/models/nope/factsheet.json").statusCode()).isEqualTo(404);
    }

    @Test
    void pdfSheetCarriesTheModelAQuoteAndChineseText() throws Exception {
        HttpResponse<byte[]> r = api.getBytes("/models/kimi-k2/factsheet.pdf");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        String text = pdfText(r.body());
        assertThat(text).contains("Kimi K2").contains("128K tokens").contains("Reuters")
                .contains("Hostile Blog says 2 T");
        assertThat(text.replaceAll("\\s+", " ")).contains("1 trillion total parameters");
        assertThat(text.replaceAll("\\s+", "")).contains("月之暗面发布KimiK2").contains("总参数达到1万亿");
        assertThat(text).doesNotContain("may be missing");
    }

    @Test
    void pdfWithoutTheCjkFontStillRendersWithANote() throws Exception {
        var sheet = new SpecSheets(api.app.db()).find("kimi-k2").orElseThrow();
        var out = new java.io.ByteArrayOutputStream();
        PdfFactSheet.render(sheet, out, dir.resolve("no-such-font.ttc"));
        String text = pdfText(out.toByteArray());
        assertThat(text).contains("Kimi K2").contains("may be missing");
    }

    @Test
    void bulkCsvHoldsEveryClaimSafely() throws Exception {
        HttpResponse<String> r = api.get("/api/claims.csv");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<List<String>> rows = CsvReader.parse(r.body());
        assertThat(rows.get(0)).isEqualTo(ExportRoutes.CLAIM_COLUMNS);
        assertThat(rows).hasSize(1 + 7);
        int quote = ExportRoutes.CLAIM_COLUMNS.indexOf("quote");
        assertThat(rows).anySatisfy(row -> assertThat(row.get(quote)).isEqualTo("'" + SheetFixtures.HOSTILE_QUOTE));
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(ExportRoutes.CLAIM_COLUMNS.size()));
        assertThat(rows).noneSatisfy(row -> assertThat(row).anyMatch(c -> c.startsWith("=")));
    }

    @Test
    void bulkJsonLinesHoldsEveryClaimOnceAndExactly() throws Exception {
        List<String> lines = api.get("/api/claims.jsonl").body().lines().toList();
        assertThat(lines).hasSize(7);
        List<JsonNode> claims = lines.stream().map(l -> {
            try {
                return ApiServer.JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertThat(claims).extracting(c -> c.get("id").asLong()).doesNotHaveDuplicates().isSorted();
        assertThat(claims).anySatisfy(c -> assertThat(c.get("quote").asText()).isEqualTo(SheetFixtures.HOSTILE_QUOTE));
    }

    @Test
    void exportCommandWritesEachFormat() throws Exception {
        api.close();
        Path data = dir.resolve("data");
        Path md = dir.resolve("out/kimi.md");
        // Issue 14, item 13: no folder is made silently.
        assertThat(Main.run("export", "--data", data.toString(), "--model", "Kimi K2", "--format", "md", "--out",
                md.toString())).isEqualTo(Main.EXIT_USAGE);
        assertThat(dir.resolve("out")).doesNotExist();
        Files.createDirectories(dir.resolve("out"));
        assertThat(Main.run("export", "--data", data.toString(), "--model", "Kimi K2", "--format", "md", "--out",
                md.toString())).isZero();
        assertThat(Files.readString(md)).contains("月之暗面发布Kimi K2").contains("Hostile Blog says 2 T");
        // An existing file is kept unless --force; with it, it is replaced whole and no temporary file is left.
        Files.writeString(md, "the analyst's edited copy");
        assertThat(Main.run("export", "--data", data.toString(), "--model", "Kimi K2", "--format", "md", "--out",
                md.toString())).isEqualTo(Main.EXIT_USAGE);
        assertThat(Files.readString(md)).isEqualTo("the analyst's edited copy");
        assertThat(Main.run("export", "--data", data.toString(), "--model", "Kimi K2", "--format", "md", "--out",
                md.toString(), "--force")).isZero();
        assertThat(Files.readString(md)).contains("月之暗面发布Kimi K2");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("kimi.md");
        }
        Path pdf = dir.resolve("out/kimi.pdf");
        assertThat(Main.run("export", "--data", data.toString(), "--model", "kimi-k2", "--format", "pdf", "--out",
                pdf.toString())).isZero();
        assertThat(pdfText(Files.readAllBytes(pdf))).contains("Kimi K2");
        assertThat(Main.run("export", "--data", data.toString(), "--model", "nope", "--format", "md")).isEqualTo(Main.EXIT_USAGE);
        assertThat(Main.run("export", "--data", data.toString(), "--model", "kimi-k2", "--format", "pdf")).isEqualTo(Main.EXIT_USAGE);
        assertThat(Main.run("export", "--data", data.toString(), "--model", "kimi-k2", "--format", "docx")).isEqualTo(Main.EXIT_USAGE);
        api = new ApiServer(dir.resolve("data2"), 0);
    }

    /** Issue 14, item 13: a PDF export says what it did on stderr, without the PDF libraries' INFO/WARN chatter. */
    @Test
    void aPdfExportPrintsOnlyItsOwnLine() throws Exception {
        api.close();
        Path pdf = dir.resolve("kimi.pdf");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "export", "--data", dir.resolve("data").toString(), "--model", "kimi-k2",
                "--format", "pdf", "--out", pdf.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(stderr).doesNotContain("WARN", "INFO", "COMMONS-LOGGING", "openhtmltopdf", "incubator");
        assertThat(stderr.lines().toList()).last().asString().startsWith("wrote the pdf fact sheet of Kimi K2");
        assertThat(pdfText(Files.readAllBytes(pdf))).contains("Kimi K2");
        api = new ApiServer(dir.resolve("data2"), 0);
    }

    static String pdfText(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
