package org.specledger.web.export;

/**
 * Text made inert for Markdown: line breaks become spaces (a quote stays on its list item or table row),
 * HTML's {@code & < >} become entities (Markdown passes raw HTML through, so {@code <script>} would run), and
 * Markdown's inline punctuation is backslash-escaped (CommonMark 0.31 §2.4). Block markers ({@code # - + >}
 * and digits) only act at the start of a line, and escaped text never starts one here, so they stay as
 * written for readability.
 */
final class Markdown {
    private static final String ESCAPED = "\\`*_[]|~";

    private Markdown() {
    }

    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        String flat = s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> {
                    if (ESCAPED.indexOf(c) >= 0) {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    /** A URL as an autolink; characters that would end or break it are percent-encoded. */
    static String link(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        return "<" + url.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
                .replace("\n", "").replace("\r", "") + ">";
    }
}
