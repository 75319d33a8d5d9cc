package org.specledger.index.lucene;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets, found by looking at single characters: a sentence ends with a
 * Chinese/full-width terminator (。！？), a line break, or {@code . ! ?} followed by white space or the end, and
 * the next one starts after the white space that follows. So "GLM 4.5" and "3.5 GHz" are never cut, while
 * abbreviations such as "Inc. said" are (a snippet starting at "said" is harmless).
 *
 * <p>Why not the JDK's sentence instance: the UnifiedHighlighter asks for the boundaries around every match, and
 * the JDK's rule-based iterator re-scans from a safe point each time; in SearchBench it took 15% of a whole
 * search. This one answers {@link #following} and {@link #preceding} by scanning to the nearest terminator.
 */
final class SentenceBreaks extends BreakIterator {

    private String text = "";
    private int current;

    @Override
    public int first() {
        current = 0;
        return current;
    }

    @Override
    public int last() {
        current = text.length();
        return current;
    }

    @Override
    public int next(int n) {
        int r = current;
        for (int i = 0; i < n && r != DONE; i++) {
            r = next();
        }
        for (int i = 0; i > n && r != DONE; i--) {
            r = previous();
        }
        return r;
    }

    @Override
    public int next() {
        if (current >= text.length()) {
            return DONE;
        }
        current = boundaryAfter(current);
        return current;
    }

    @Override
    public int previous() {
        if (current <= 0) {
            return DONE;
        }
        current = boundaryBefore(current);
        return current;
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        if (offset >= text.length()) {
            current = text.length();
            return DONE;
        }
        current = boundaryAfter(offset);
        return current;
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        if (offset <= 0) {
            current = 0;
            return DONE;
        }
        current = boundaryBefore(offset);
        return current;
    }

    @Override
    public boolean isBoundary(int offset) {
        checkOffset(offset);
        current = offset;
        if (offset == 0 || offset == text.length()) {
            return true;
        }
        int k = offset;
        while (k > 0 && Character.isWhitespace(text.charAt(k - 1)) && !endsSentence(k - 1)) {
            k--;
        }
        return k > 0 && endsSentence(k - 1) && skipSpace(k) == offset;
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator it) {
        StringBuilder b = new StringBuilder(it.getEndIndex() - it.getBeginIndex());
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
            b.append(c);
        }
        setText(b.toString());
    }

    /** The smallest boundary greater than {@code offset} (the text's end when there is no other). */
    private int boundaryAfter(int offset) {
        // A terminator just before offset may be followed by white space reaching past it.
        int i = offset;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        for (i = Math.max(0, i - 1); i < text.length(); i++) {
            if (endsSentence(i)) {
                int b = skipSpace(i + 1);
                if (b > offset) {
                    return b;
                }
                i = b - 1;
            }
        }
        return text.length();
    }

    /** The largest boundary smaller than {@code offset} (0 when there is no other). */
    private int boundaryBefore(int offset) {
        for (int i = offset - 2; i >= 0; i--) {
            if (endsSentence(i)) {
                int b = skipSpace(i + 1);
                if (b < offset) {
                    return b;
                }
            }
        }
        return 0;
    }

    /** The first position at or after {@code i} that is not white space (or the end). */
    private int skipSpace(int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether a sentence ends with the character at {@code i}. */
    private boolean endsSentence(int i) {
        char c = text.charAt(i);
        return switch (c) {
            case '\n', '\u3002', '\uFF01', '\uFF1F' -> true; // line break, 。！？
            case '.', '!', '?' -> i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
            default -> false;
        };
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside 0.." + text.length());
        }
    }
}
