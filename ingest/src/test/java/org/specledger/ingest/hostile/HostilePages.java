package org.specledger.ingest.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Generates the hostile corpus: pages a crawler meets on the open web or a user drops into an import folder
 * by mistake. Nothing is committed as a blob; every page comes from a seeded {@link Random}, so a failing page
 * is reproduced by its name and the seed.
 */
public final class HostilePages {

    /** One generated input: a name that says what it is, the raw bytes, and the Content-Type it is served with. */
    record Hostile(String name, byte[] body, String contentType) {
        @Override
        public String toString() {
            return name + " (" + body.length + " bytes, " + contentType + ")";
        }
    }

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");

    /** A paragraph of the genre, so that hostile bits sit inside something the extractor takes for an article. */
    public static final String SPEC_PARAGRAPH = "The lab said its new model, DeepSeek-V3, has 671B total parameters with 37B"
            + " activated per token, a 128K-token context window, and was trained on 14.8 trillion tokens using 2,048"
            + " H800 GPUs over 2.788M GPU hours.";
    static final String SPEC_PARAGRAPH_ZH = "据报道，该模型总参数量为1.2万亿，激活参数320亿，上下文长度100万，"
            + "在8192张昇腾910C上训练完成，训练耗时六周。";

    private final Random rnd;

    HostilePages(long seed) {
        this.rnd = new Random(seed);
    }

    /** Wraps body HTML in an ordinary news page shell. */
    public static String article(String title, String bodyHtml) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<meta property=\"article:published_time\" content=\"2026-03-02T08:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/ai\">AI</a></nav><article><h1>" + title + "</h1>"
                + "<p>" + SPEC_PARAGRAPH + "</p>" + bodyHtml + "<p>Analysts said the figures could not be"
                + " verified independently.</p></article><footer>© 2026 Example News</footer></body></html>";
    }

    static Hostile html(String name, String html) {
        return new Hostile(name, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
    }

    /** About {@code n} small pages from every family, in a fixed order for one seed. */
    List<Hostile> smallCorpus(int rounds) {
        List<Hostile> out = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            out.addAll(malformed(r));
            out.addAll(deepNesting(r));
            out.addAll(binary(r));
            out.addAll(charsetMistakes(r));
            out.addAll(emptyish(r));
            out.addAll(injection(r));
            out.addAll(hugeNumbers(r));
            out.addAll(redos(r));
        }
        return out;
    }

    // ---- malformed HTML -------------------------------------------------------------------------------------

    private static final String[] TAGS = {"div", "p", "span", "a", "table", "tr", "td", "ul", "li", "script", "style",
        "article", "section", "h1", "b", "i", "pre", "code", "svg", "math", "template", "noscript", "iframe", "title",
        "textarea", "select", "option", "frameset", "body", "html", "head", "meta", "base", "form", "time"};

    List<Hostile> malformed(int round) {
        List<Hostile> out = new ArrayList<>();
        out.add(html("malformed/tag-soup-" + round, article("Soup " + round, tagSoup(2_000 + rnd.nextInt(4_000)))));
        out.add(html("malformed/raw-soup-" + round, tagSoup(5_000)));
        out.add(html("malformed/unclosed-comment-" + round, article("Comment", "<p>before</p><!-- never closed <p>"
                + SPEC_PARAGRAPH.repeat(50))));
        out.add(html("malformed/unclosed-script-" + round, article("Script", "<script>var a = '" + "x".repeat(10_000)
                + SPEC_PARAGRAPH)));
        out.add(html("malformed/unclosed-attribute-" + round, article("Attr", "<p class=\"never-closed>" + SPEC_PARAGRAPH
                + "</p>".repeat(100))));
        out.add(html("malformed/cdata-" + round, article("CDATA", "<![CDATA[" + SPEC_PARAGRAPH + "]]<p>x</p>")));
        out.add(html("malformed/bad-entities-" + round, article("Entities &#0; &#x110000; &#xD800; &#99999999999;",
                "<p>&#0;&#x0;&#xD800;&#xDFFF;&#x110000;&#-1;&amp&lt;&gt&quot&#;&#x;&nosuch; " + SPEC_PARAGRAPH + "</p>")));
        out.add(html("malformed/huge-attribute-" + round, article("Attr", "<p data-x=\"" + "a".repeat(200_000) + "\">"
                + SPEC_PARAGRAPH + "</p>")));
        out.add(html("malformed/thousand-attributes-" + round, article("Attrs", "<p " + attributes(5_000) + ">"
                + SPEC_PARAGRAPH + "</p>")));
        out.add(html("malformed/frameset-" + round, "<html><frameset><frame src=x><p>" + SPEC_PARAGRAPH
                + "</frameset><body><p>" + SPEC_PARAGRAPH + "</body></html>"));
        out.add(html("malformed/two-bodies-heads-" + round, "<html><head><title>a</title></head><body><p>"
                + SPEC_PARAGRAPH + "</p></body><head><title>b</title></head><body><p>" + SPEC_PARAGRAPH + "</p></body>"
                + "</html><html><body>again</body></html>"));
        out.add(html("malformed/broken-jsonld-" + round, "<html><head><script type=\"application/ld+json\">{\"@type\":"
                + "\"NewsArticle\",\"datePublished\":\"9999-99-99\",\"articleBody\": " + "[".repeat(50_000)
                + "</script></head><body><p>" + SPEC_PARAGRAPH + "</p></body></html>"));
        out.add(html("malformed/jsonld-deep-object-" + round, "<html><head><script type=\"application/ld+json\">"
                + "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000) + "</script></head><body><p>" + SPEC_PARAGRAPH
                + "</p></body></html>"));
        out.add(html("malformed/absurd-dates-" + round, article("Dates", "<time datetime=\"-999999999-01-01\">x</time>"
                + "<time datetime=\"+999999999-12-31T23:59:59Z\">y</time><meta name=date content=\"31/02/2026\">"
                + "<p>Published 2026-13-45, updated 0000-00-00, 29 February 2027, 3000年13月40日.</p>")));
        out.add(html("malformed/no-tags-" + round, SPEC_PARAGRAPH.repeat(1 + rnd.nextInt(30))));
        return out;
    }

    private String tagSoup(int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            switch (rnd.nextInt(9)) {
                case 0 -> sb.append('<').append(TAGS[rnd.nextInt(TAGS.length)]).append('>');
                case 1 -> sb.append("</").append(TAGS[rnd.nextInt(TAGS.length)]).append('>');
                case 2 -> sb.append('<').append(TAGS[rnd.nextInt(TAGS.length)]).append(" a=\"").append(rnd.nextInt());
                case 3 -> sb.append(SPEC_PARAGRAPH, 0, rnd.nextInt(SPEC_PARAGRAPH.length()));
                case 4 -> sb.append("<!--").append(rnd.nextBoolean() ? "-->" : "");
                case 5 -> sb.append("&#").append(rnd.nextInt(0x120000)).append(';');
                case 6 -> sb.append((char) rnd.nextInt(0x10000));
                case 7 -> sb.append("<").append(rnd.nextBoolean() ? "/" : "!").append(rnd.nextBoolean() ? ">" : "");
                default -> sb.append(' ').append(rnd.nextInt(100_000)).append(" B ").append(SPEC_PARAGRAPH_ZH, 0, 10);
            }
        }
        return sb.toString();
    }

    private static String attributes(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("a").append(i).append("=\"").append(i).append("\" ");
        }
        return sb.toString();
    }

    // ---- deep nesting -----------------------------------------------------------------------------------------

    /** The brief's 100,000 levels, in the shapes that recurse in different parts of a parser and a scorer. */
    public static final int DEEP = 100_000;

    List<Hostile> deepNesting(int round) {
        List<Hostile> out = new ArrayList<>();
        String[] shapes = {"div", "b", "span", "blockquote", "table", "ul", "li", "a", "font", "p", "section", "td"};
        String tag = shapes[round % shapes.length];
        int depth = round == 0 ? DEEP : 1_000 + rnd.nextInt(DEEP);
        boolean close = rnd.nextBoolean();
        out.add(html("deep/" + tag + "-" + depth + (close ? "-closed" : "-open"),
                article("Deep " + tag, nest(tag, depth, SPEC_PARAGRAPH, close))));
        if (round % 4 == 0) {
            out.add(html("deep/mixed-" + round, article("Deep mixed", mixedNest(DEEP))));
            out.add(html("deep/table-rows-" + round, article("Deep table", "<table><tr><td>".repeat(DEEP / 3)
                    + SPEC_PARAGRAPH)));
            out.add(html("deep/svg-" + round, article("Deep svg", "<svg>" + "<g>".repeat(DEEP) + "<text>"
                    + SPEC_PARAGRAPH + "</text></svg>")));
        }
        return out;
    }

    public static String nest(String tag, int depth, String inner, boolean close) {
        StringBuilder sb = new StringBuilder(depth * (tag.length() * 2 + 5) + inner.length());
        sb.append(("<" + tag + ">").repeat(depth)).append("<p>").append(inner).append("</p>");
        if (close) {
            sb.append(("</" + tag + ">").repeat(depth));
        }
        return sb.toString();
    }

    private String mixedNest(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append('<').append(TAGS[rnd.nextInt(8)]).append('>');
            if (i % 5_000 == 0) {
                sb.append(SPEC_PARAGRAPH);
            }
        }
        return sb.toString();
    }

    // ---- binary ------------------------------------------------------------------------------------------------

    private static final byte[][] MAGIC = {
        {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a},
        {'P', 'K', 0x03, 0x04},
        {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n'},
        {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0},
        {'G', 'I', 'F', '8', '9', 'a'},
        {0x7f, 'E', 'L', 'F', 2, 1, 1},
        {0x1f, (byte) 0x8b, 8, 0},
        {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P'},
        {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe},
    };

    List<Hostile> binary(int round) {
        List<Hostile> out = new ArrayList<>();
        byte[] magic = MAGIC[round % MAGIC.length];
        byte[] b = randomBytes(1 + rnd.nextInt(64 * 1024));
        System.arraycopy(magic, 0, b, 0, Math.min(magic.length, b.length));
        out.add(new Hostile("binary/magic-" + round + "-as-html", b, "text/html"));
        out.add(new Hostile("binary/random-" + round, randomBytes(rnd.nextInt(4096) + 1), rnd.nextBoolean()
                ? "text/html" : null));
        // Binary without NULs: every byte 0x80..0xff, what a naive "is there a NUL" check lets through.
        byte[] high = new byte[1 + rnd.nextInt(20_000)];
        for (int i = 0; i < high.length; i++) {
            high[i] = (byte) (0x80 + rnd.nextInt(0x80));
        }
        out.add(new Hostile("binary/high-bytes-" + round, high, "text/html; charset=utf-8"));
        // A PDF is mostly printable: only its header says it is not HTML.
        String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nstream\n" + SPEC_PARAGRAPH + "\nendstream\n%%EOF";
        out.add(new Hostile("binary/printable-pdf-" + round, pdf.getBytes(StandardCharsets.ISO_8859_1), "text/html"));
        out.add(new Hostile("binary/as-plain-text-" + round, randomBytes(2048), "text/plain"));
        return out;
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }

    // ---- charset mistakes -------------------------------------------------------------------------------------

    List<Hostile> charsetMistakes(int round) {
        List<Hostile> out = new ArrayList<>();
        String zh = "<html><head><meta charset=\"utf-8\"><title>国产大模型</title></head><body><article><h1>国产大模型发布</h1><p>"
                + SPEC_PARAGRAPH_ZH.repeat(3) + "</p></article></body></html>";
        String en = article("Café naïve – “quoted” " + round, "<p>Zürich résumé — € " + SPEC_PARAGRAPH + "</p>");
        out.add(new Hostile("charset/declared-utf8-gb18030-bytes-" + round, zh.getBytes(GB18030), "text/html; charset=utf-8"));
        out.add(new Hostile("charset/meta-utf8-gb18030-bytes-" + round, zh.getBytes(GB18030), "text/html"));
        out.add(new Hostile("charset/declared-utf8-latin1-bytes-" + round, en.getBytes(StandardCharsets.ISO_8859_1),
                "text/html; charset=utf-8"));
        out.add(new Hostile("charset/declared-gbk-utf8-bytes-" + round, zh.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=gbk"));
        out.add(new Hostile("charset/big5-declared-latin1-" + round, zh.getBytes(BIG5), "text/html; charset=iso-8859-1"));
        out.add(new Hostile("charset/utf8-bom-meta-gbk-" + round, concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                zh.replace("utf-8", "gbk").getBytes(StandardCharsets.UTF_8)), "text/html; charset=gbk"));
        out.add(new Hostile("charset/utf16le-bom-declared-utf8-" + round, concat(new byte[] {(byte) 0xff, (byte) 0xfe},
                zh.getBytes(StandardCharsets.UTF_16LE)), "text/html; charset=utf-8"));
        out.add(new Hostile("charset/utf16be-no-bom-" + round, zh.getBytes(StandardCharsets.UTF_16BE), "text/html"));
        out.add(new Hostile("charset/utf16le-no-bom-" + round, en.getBytes(StandardCharsets.UTF_16LE), null));
        out.add(new Hostile("charset/bom-only-" + round, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, "text/html"));
        out.add(new Hostile("charset/utf32-bom-" + round, concat(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0},
                en.getBytes(Charset.forName("UTF-32LE"))), "text/html"));
        out.add(new Hostile("charset/invalid-utf8-" + round, invalidUtf8(en), "text/html; charset=utf-8"));
        out.add(new Hostile("charset/truncated-multibyte-" + round, Arrays.copyOf(zh.getBytes(StandardCharsets.UTF_8),
                zh.getBytes(StandardCharsets.UTF_8).length - 1 - rnd.nextInt(2)), "text/html"));
        out.add(new Hostile("charset/mixed-utf8-gbk-" + round, concat(zh.substring(0, zh.length() / 2)
                .getBytes(StandardCharsets.UTF_8), zh.substring(zh.length() / 2).getBytes(GB18030)), "text/html"));
        String[] bogus = {"klingon", "\"\"", "utf-7", "x-user-defined", "utf-8; charset=gbk", "UTF8", "../../etc/passwd",
            "utf-16", "ibm-037", "%00"};
        out.add(new Hostile("charset/bogus-name-" + round, en.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=" + bogus[round % bogus.length]));
        out.add(html("charset/meta-bogus-" + round, en.replace("<meta charset=\"utf-8\">",
                "<meta charset=\"" + bogus[round % bogus.length] + "\"><meta http-equiv=content-type content=\"text/html;charset=x\">")));
        out.add(new Hostile("charset/ebcdic-declared-" + round, en.getBytes(StandardCharsets.UTF_8), "text/html; charset=ibm-037"));
        out.add(new Hostile("charset/plain-text-gb18030-" + round, SPEC_PARAGRAPH_ZH.getBytes(GB18030), "text/plain"));
        return out;
    }

    private byte[] invalidUtf8(String text) {
        byte[] valid = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[][] bad = {{(byte) 0xc0, (byte) 0xaf}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xf8, (byte) 0x88},
            {(byte) 0xff}, {(byte) 0xfe}, {(byte) 0x80}, {(byte) 0xe2, (byte) 0x82}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        for (byte v : valid) {
            out.write(v);
            if (rnd.nextInt(40) == 0) {
                out.writeBytes(bad[rnd.nextInt(bad.length)]);
            }
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    // ---- zero-byte and near-empty -----------------------------------------------------------------------------

    List<Hostile> emptyish(int round) {
        List<Hostile> out = new ArrayList<>();
        String[] types = {"text/html", "text/plain", "text/markdown", null, "application/octet-stream", ""};
        String type = types[round % types.length];
        out.add(new Hostile("empty/zero-bytes-" + round, new byte[0], type));
        out.add(new Hostile("empty/whitespace-" + round, " \t\r\n".repeat(1 + rnd.nextInt(1000)).getBytes(StandardCharsets.US_ASCII), type));
        String[] tiny = {"<", ">", "<html>", "<html></html>", "<!doctype html>", "<p></p>", "&", "<!--", "\u00a0",
            "<script>", "<title></title>", "<p>&nbsp;</p>", "\u200b\u200b", "<body>\u3000</body>"};
        out.add(new Hostile("empty/tiny-" + round, tiny[round % tiny.length].getBytes(StandardCharsets.UTF_8), type));
        out.add(html("empty/only-chrome-" + round, "<html><body><nav><a href=/>Home</a></nav><footer>©</footer></body></html>"));
        out.add(html("empty/only-script-" + round, "<html><body><script>" + SPEC_PARAGRAPH + "</script><style>p{}</style></body></html>"));
        return out;
    }

    // ---- injection payloads -------------------------------------------------------------------------------------

    static final String[] PAYLOADS = {
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
        "\"><script>alert(document.cookie)</script>", "javascript:alert(1)", "${7*7}", "${T(java.lang.Runtime).getRuntime()}",
        "{{7*7}}", "{{constructor.constructor('alert(1)')()}}", "@if(true)PWNED@endif", "@for(int i=0;i<9;i++)x@endfor",
        "@template.layout.main(content = @`x`)", "!{var x = 1;}", "@raw<b>raw</b>@endraw", "$unsafe{\"<b>\"}", "#{7*7}",
        "<%= 7*7 %>", "*{7*7}", "<iframe src=\"javascript:alert(1)\"></iframe>", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "</textarea><script>alert(1)</script>",
        "'; DROP TABLE documents; --", "\u202eevil\u202c", "<base href=\"http://evil.invalid/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">", "%00<script>", "\\u003cscript\\u003e",
    };

    List<Hostile> injection(int round) {
        List<Hostile> out = new ArrayList<>();
        String p = PAYLOADS[round % PAYLOADS.length];
        String escaped = p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        out.add(html("inject/title-" + round, article(escaped, "<p>Payload as text: " + escaped + " and " + p + "</p>")));
        out.add(html("inject/raw-" + round, article("Raw payload " + round, "<p>" + p + " " + SPEC_PARAGRAPH + "</p>" + p)));
        out.add(html("inject/meta-" + round, "<html><head><meta property=og:title content=\"" + p + "\"><meta name=author content=\""
                + p + "\"><link rel=canonical href=\"" + p + "\"><meta property=og:site_name content=\"" + p + "\"></head><body><p>"
                + SPEC_PARAGRAPH + "</p></body></html>"));
        out.add(new Hostile("inject/plain-" + round, (p + "\n\n" + SPEC_PARAGRAPH + "\n" + p).getBytes(StandardCharsets.UTF_8),
                "text/plain"));
        out.add(new Hostile("inject/markdown-" + round, ("# " + p + "\n\n" + SPEC_PARAGRAPH + " `" + p + "`")
                .getBytes(StandardCharsets.UTF_8), "text/markdown"));
        return out;
    }

    // ---- numbers with 10,000 digits ---------------------------------------------------------------------------

    List<Hostile> hugeNumbers(int round) {
        List<Hostile> out = new ArrayList<>();
        String digits = digits(10_000);
        String[] shapes = {
            "The model has " + digits + " parameters.",
            "DeepSeek-V3 has " + digits + "B total parameters and " + digits + "B activated.",
            "It was trained on " + digits + " trillion tokens using " + digits + " H800 GPUs.",
            "A " + digits + "K-token context window.",
            "Qwen3 scores " + digits + "." + digits + " on MMLU.",
            "Training used 3.8e" + digits + " FLOPs and 1e-" + digits + " of the budget.",
            "总参数量为" + digits + "亿，激活参数" + digits + "万。",
            "It has " + grouped(3_000) + " parameters.",
            "Between " + digits + " and " + digits + " thousand cards, or 10^" + digits + " FLOP.",
            "Released on " + digits + "-03-02 or 2026-" + digits + "-" + digits + ".",
            "DeepSeek-V3 has 0." + "0".repeat(10_000) + "1B parameters and -" + digits + "B active.",
            "Kimi K2 has Infinity B parameters, NaN B active, " + Double.MAX_VALUE + "T tokens.",
        };
        String s = shapes[round % shapes.length];
        out.add(html("numbers/html-" + round, article("Numbers " + round, "<p>" + s + "</p>")));
        out.add(new Hostile("numbers/plain-" + round, s.getBytes(StandardCharsets.UTF_8), "text/plain"));
        return out;
    }

    private String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        sb.append((char) ('1' + rnd.nextInt(9)));
        for (int i = 1; i < n; i++) {
            sb.append((char) ('0' + rnd.nextInt(10)));
        }
        return sb.toString();
    }

    private static String grouped(int groups) {
        return "1" + ",000".repeat(groups);
    }

    // ---- ReDoS-shaped strings -----------------------------------------------------------------------------------

    /** Long runs aimed at quantity, range, unit, model-name and date patterns: catastrophic backtracking shows as a hang. */
    List<Hostile> redos(int round) {
        int n = 20_000 + rnd.nextInt(30_000);
        String[] runs = {
            "1".repeat(n), " ".repeat(n) + "B", "-".repeat(n) + "1", "B ".repeat(n / 2), "1.".repeat(n / 2),
            "1.1.1.1 ".repeat(n / 8), "一二三四五六七八九十百千万亿".repeat(n / 14), "trillion-".repeat(n / 9) + "parameter",
            "1 ".repeat(n / 2) + "B parameters", "1,".repeat(n / 2) + "B", "1-".repeat(n / 2) + "2 thousand cards",
            "3–".repeat(n / 2) + "4", "about ".repeat(n / 6) + "7B", "K ".repeat(n / 2) + "tokens", "GPU ".repeat(n / 4),
            "DeepSeek-".repeat(n / 9) + "V3", "Qwen ".repeat(n / 5) + "has 7B parameters", "(".repeat(n) + "1B" + ")".repeat(n),
            "1e1e1e".repeat(n / 6), "2026-".repeat(n / 5) + "03", "万".repeat(n) + "参数", "１２３４５６７８９０".repeat(n / 10),
            "0.".repeat(n / 2) + "5T", "a".repeat(n) + "!", "\t\n".repeat(n / 2) + "1B", "'s ".repeat(n / 3),
            "reportedly ".repeat(n / 11) + "could ", "the model the model ".repeat(n / 20), "B".repeat(n) + " parameters",
            "1B1B1B".repeat(n / 6), "1 B B B B B B B B B B B B B B B B B B B ".repeat(n / 40) + "x",
        };
        String run = runs[round % runs.length];
        List<Hostile> out = new ArrayList<>();
        out.add(new Hostile("redos/plain-" + round, ("DeepSeek-V3 has " + run + " parameters.").getBytes(StandardCharsets.UTF_8),
                "text/plain"));
        out.add(html("redos/html-" + round, article("ReDoS " + round, "<p>DeepSeek-V3 has " + run + "</p><p>Kimi K2 " + run + "</p>")));
        return out;
    }

    // ---- big pages ----------------------------------------------------------------------------------------------

    /**
     * A page of about {@code bytes} bytes: real paragraphs, so that it passes the cheap checks and exercises the
     * parser, the text scorer and the claim finder at full size. Built straight into a byte array of exactly
     * {@code bytes} bytes (padded with spaces), so that the size limit can be hit to the byte.
     */
    public static byte[] bigArticle(int bytes, boolean paragraphs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes + 4096);
        out.writeBytes("<!doctype html><html><head><meta charset=utf-8><title>Big page</title></head><body><article><h1>Big</h1>"
                .getBytes(StandardCharsets.UTF_8));
        byte[] para = ((paragraphs ? "<p>" : "") + SPEC_PARAGRAPH + " " + SPEC_PARAGRAPH_ZH + (paragraphs ? "</p>\n" : " "))
                .getBytes(StandardCharsets.UTF_8);
        byte[] end = "</article></body></html>".getBytes(StandardCharsets.UTF_8);
        while (out.size() + para.length + end.length < bytes) {
            out.writeBytes(para);
        }
        byte[] b = Arrays.copyOf(out.toByteArray(), bytes);
        Arrays.fill(b, out.size(), bytes - end.length, (byte) ' ');
        System.arraycopy(end, 0, b, bytes - end.length, end.length);
        return b;
    }
}
