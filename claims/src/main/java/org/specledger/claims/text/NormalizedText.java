package org.specledger.claims.text;

import com.ibm.icu.text.Normalizer2;

/**
 * A document's text made uniform for matching, with a map from every normalized char back to the stored text.
 *
 * <p>What changes: Unicode NFKC (full-width digits and letters become ASCII, "％" becomes "%"); every dash and
 * hyphen (U+2010–U+2015, U+2212 minus, U+FE58, U+FE63, U+FF0D) becomes '-'; thin, narrow, figure and no-break
 * spaces become ' '; curly quotes become straight; zero-width characters and the byte-order mark vanish;
 * a lone surrogate becomes U+FFFD. NFKC is applied code point by code point so that the map stays exact
 * (a combining sequence is therefore not composed; news text rarely carries one).
 */
public final class NormalizedText {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private final String original;
    private final String text;
    /** srcStart[i] = offset in the original of the code point that produced normalized char i; [length] = original length. */
    private final int[] srcStart;

    private NormalizedText(String original, String text, int[] srcStart) {
        this.original = original;
        this.text = text;
        this.srcStart = srcStart;
    }

    /** Normalizes {@code original} (null is taken as empty). */
    public static NormalizedText of(String original) {
        String src = original == null ? "" : original;
        int n = src.length();
        boolean traditional = Simplified.isTraditional(src);
        StringBuilder out = new StringBuilder(n);
        int[] map = new int[n + 1];
        int len = 0;
        int i = 0;
        while (i < n) {
            char c = src.charAt(i);
            if (c < 0x80) {
                map = ensure(map, len + 1);
                map[len++] = i;
                out.append(c);
                i++;
                continue;
            }
            int cp;
            int width;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(src.charAt(i + 1))) {
                cp = Character.toCodePoint(c, src.charAt(i + 1));
                width = 2;
            } else if (Character.isSurrogate(c)) {
                cp = 0xFFFD; // broken surrogate: keep a placeholder so offsets stay aligned
                width = 1;
            } else {
                cp = c;
                width = 1;
            }
            String repl = traditional && cp >= Simplified.FIRST && cp <= Simplified.LAST
                    ? String.valueOf(Simplified.of((char) cp)) : replacement(cp);
            map = ensure(map, len + repl.length() + 1);
            for (int k = 0; k < repl.length(); k++) {
                map[len++] = i;
                out.append(repl.charAt(k));
            }
            i += width;
        }
        map = ensure(map, len + 1);
        map[len] = n;
        return new NormalizedText(src, out.toString(), map);
    }

    private static int[] ensure(int[] a, int size) {
        if (size <= a.length) {
            return a;
        }
        int[] b = new int[Math.max(size, a.length + (a.length >> 1) + 16)];
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
    }

    private static String replacement(int cp) {
        switch (cp) {
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D, 0x2043:
                return "-";
            case 0x00A0, 0x2007, 0x2009, 0x202F, 0x200A, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x3000,
                 0x205F, 0x1680:
                return " ";
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032:
                return "'";
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033:
                return "\"";
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
                return "";
            case 0x00D7:
                return "×"; // keep the multiplication sign (NFKC keeps it too); named for clarity
            default:
                break;
        }
        if (NFKC.isInert(cp)) {
            return new String(Character.toChars(cp));
        }
        return NFKC.normalize(new String(Character.toChars(cp)));
    }

    /**
     * Traditional Chinese read as simplified (參數 → 参数, 億 → 亿), one character for one so offsets stay aligned:
     * the cue words and number scales are written once, in simplified characters. The table is ICU's Hant-Hans
     * transliteration of every CJK unified ideograph, built once. Only a text written in traditional characters is
     * converted (a few characters are valid in both scripts and would be changed: 昇 of 昇腾 stays as written).
     */
    private static final class Simplified {
        static final int FIRST = 0x4E00;
        static final int LAST = 0x9FFF;
        /** Characters kept as written: they name things in simplified text too (昇腾 is Huawei's Ascend). */
        private static final String KEEP = "昇";
        private static final char[] TABLE = build();

        static char of(char c) {
            return TABLE[c - FIRST];
        }

        /** At least 5 characters, and 2% of the CJK text, that only traditional writing uses. */
        static boolean isTraditional(String s) {
            int cjk = 0;
            int changed = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= FIRST && c <= LAST) {
                    cjk++;
                    if (of(c) != c) {
                        changed++;
                    }
                }
            }
            return changed >= 5 && changed * 50 >= cjk;
        }

        private static char[] build() {
            com.ibm.icu.text.Transliterator t2s = com.ibm.icu.text.Transliterator.getInstance("Hant-Hans");
            char[] table = new char[LAST - FIRST + 1];
            for (int cp = FIRST; cp <= LAST; cp++) {
                String s = t2s.transliterate(String.valueOf((char) cp));
                table[cp - FIRST] = s.length() == 1 && KEEP.indexOf(cp) < 0 ? s.charAt(0) : (char) cp;
            }
            return table;
        }
    }

    /** The normalized text. */
    public String text() {
        return text;
    }

    /** The stored text it came from. */
    public String original() {
        return original;
    }

    /** Offset in the original text where the normalized char at {@code i} comes from ({@code i} may be length()). */
    public int toOriginal(int i) {
        return srcStart[i];
    }

    /**
     * The original span for normalized span [start, end): from the source of {@code start} to just past the
     * source of {@code end - 1}.
     */
    public int[] toOriginalSpan(int start, int end) {
        int os = srcStart[start];
        int oe = srcStart[end];
        // end inside an expansion (one source char became several): move on to the next source char
        int k = end;
        while (k < text.length() && srcStart[k] == srcStart[end - 1] && end > start) {
            k++;
            oe = srcStart[k];
        }
        return new int[] {os, Math.max(os, oe)};
    }
}
