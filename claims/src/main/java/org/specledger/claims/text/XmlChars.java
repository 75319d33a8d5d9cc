package org.specledger.claims.text;

/**
 * Removes the characters XML 1.0 forbids (§2.2 "Char": every control character but tab, line feed and carriage
 * return, unpaired surrogates, U+FFFE and U+FFFF). Scraped text carries them now and then (a U+0001 in a site name
 * made every Atom feed that listed it unwritable), and text is written to XML in feeds and sitemaps, so it is
 * cleaned when a page is ingested and again wherever text is written to XML.
 */
public final class XmlChars {
    private XmlChars() {
    }

    /** {@code s} without the characters XML forbids; the same instance when there are none; null stays null. */
    public static String strip(String s) {
        if (s == null) {
            return null;
        }
        int first = firstForbidden(s);
        if (first < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        out.append(s, 0, first);
        for (int i = first; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (allowed(cp)) {
                out.appendCodePoint(cp);
            }
            i += n;
        }
        return out.toString();
    }

    private static int firstForbidden(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!allowed(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** XML 1.0 §2.2: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
    static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
