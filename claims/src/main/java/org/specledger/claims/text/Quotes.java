package org.specledger.claims.text;

/** Quotes as SPEC_SCHEMA.md stores them: the stored text's span with every run of white space made one space. */
public final class Quotes {
    private Quotes() {
    }

    /** Collapses runs of white space (including no-break and other Unicode spaces) to one space and trims. */
    public static String normalizeWhitespace(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pendingSpace = b.length() > 0;
            } else {
                if (pendingSpace) {
                    b.append(' ');
                    pendingSpace = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** White space for quoting: Java white space plus the Unicode space separators (no-break, thin, ideographic). */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
