package org.specledger.web.export;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.specledger.web.server.WebServer;
import org.specledger.web.sheet.SpecSheet;

/**
 * The PDF fact sheet: the HTML of {@code factsheet/factsheet.jte} laid out by openhtmltopdf.
 *
 * <p>openhtmltopdf embeds only fonts it is given, and its built-in PDF fonts have no Chinese glyphs. Debian's
 * {@code fonts-wqy-zenhei} ships a TrueType <em>collection</em> (.ttc) that its file-based {@code useFont}
 * cannot open, so the first face of the collection is loaded with PDFBox's {@link TrueTypeCollection} and
 * handed over as a subsetted Type 0 font. Without the file the sheet is still made, with a visible note.
 */
public final class PdfFactSheet {
    /**
     * Turns the PDF libraries' own logging on or off: openhtmltopdf writes INFO lines (timings, "Prepare to fly")
     * through its XRLog, PDFBox a WARN per standard font it replaces. They are noise to a user exporting a sheet.
     * Off by default ({@code Main} calls this at start); {@code export --verbose} turns them on.
     */
    public static void libraryLogging(boolean on) {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(on);
        // slf4j-simple reads a logger's level when the logger is made, i.e. when PDFBox's classes first load.
        for (String pkg : new String[] {"org.apache.pdfbox", "org.apache.fontbox"}) {
            System.setProperty("org.slf4j.simpleLogger.log." + pkg, on ? "info" : "error");
        }
    }

    /** Where Debian's fonts-wqy-zenhei puts its collection (BUILD-NOTES.md). */
    public static final Path DEFAULT_CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    /** The CSS family name the template asks for first. */
    static final String CJK_FAMILY = "SpecLedger CJK";

    private PdfFactSheet() {
    }

    public static void render(SpecSheet sheet, OutputStream out) {
        render(sheet, out, DEFAULT_CJK_FONT);
    }

    /** @param cjkFont a .ttc or .ttf with CJK glyphs; when the file is missing a note says glyphs may be missing */
    public static void render(SpecSheet sheet, OutputStream out, Path cjkFont) {
        boolean haveFont = cjkFont != null && Files.isReadable(cjkFont);
        String html = WebServer.render("factsheet/factsheet.jte", Map.of("sheet", sheet, "cjkFontMissing", !haveFont));
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
        List<AutoCloseable> open = new ArrayList<>();
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(pdf);
            if (haveFont) {
                builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, firstFace(cjkFont, open), true)), CJK_FAMILY);
            }
            builder.withW3cDocument(dom, "about:blank");
            builder.withProducer("SpecLedger");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the PDF fact sheet of " + sheet.model().id(), e);
        } finally {
            for (AutoCloseable c : open) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // The font file was only read; nothing to recover.
                }
            }
        }
    }

    /** The first face of a collection, or the font itself; kept open until the PDF (and its subset) is written. */
    private static TrueTypeFont firstFace(Path file, List<AutoCloseable> open) throws IOException {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
            open.add(ttc);
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            if (first[0] == null) {
                throw new IOException("the font collection " + file + " holds no font");
            }
            return first[0];
        }
        TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser().parse(
                new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file.toFile()));
        open.add(ttf);
        return ttf;
    }
}
