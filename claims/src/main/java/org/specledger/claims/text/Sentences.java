package org.specledger.claims.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits normalized text into paragraphs (blank lines) and sentences. A sentence ends at '.', '!' or '?'
 * followed by white space and not after a known abbreviation or a single capital (an initial), at
 * '。', '！', '？' or '；', and at a line break (headlines, list items). A run longer than
 * {@link #MAX_SENTENCE} chars is cut at white space (at twice that length, anywhere) so that a quote stays
 * readable and work stays linear.
 */
public final class Sentences {
    /** The longest sentence kept whole, in chars; the default is 1,500. */
    public static final int MAX_SENTENCE = 1500;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "prof", "inc", "ltd", "co", "corp", "no", "approx",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "st", "jr",
            "fig", "est", "al", "ca");

    private Sentences() {
    }

    /** "[12]" (or "[7][11]") followed by a space and a capital or a list dash: the end of a cited sentence. */
    private static boolean citationEnds(String t, int sentenceStart, int close) {
        int k = close - 1;
        while (k > sentenceStart && Character.isDigit(t.charAt(k)) && close - k <= 3) {
            k--;
        }
        if (k <= sentenceStart || t.charAt(k) != '[' || k == close - 1) {
            return false;
        }
        int j = close + 1;
        if (j < t.length() && t.charAt(j) == '[') {
            return false; // more marks follow: cut after the last one
        }
        if (j + 1 >= t.length() || t.charAt(j) != ' ') {
            return false;
        }
        char next = t.charAt(j + 1);
        return Character.isUpperCase(next) || next == '-' || next == '•';
    }

    public static List<Sentence> split(String t) {
        List<Sentence> out = new ArrayList<>();
        int n = t.length();
        int paragraph = 0;
        boolean first = true;
        int s = 0;
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            int cut = -1;      // end of the sentence (exclusive) when a boundary is found at i
            int next = i + 1;  // where scanning resumes
            if (c == '\n') {
                cut = i;
                int j = i + 1;
                boolean blank = false;
                while (j < n && isBlank(t.charAt(j))) {
                    if (t.charAt(j) == '\n') {
                        blank = true;
                    }
                    j++;
                }
                next = j;
                if (emit(out, t, s, cut, paragraph, first)) {
                    first = false;
                }
                if (blank) {
                    if (!first) {
                        paragraph++;
                    }
                    first = true;
                }
                s = next;
                i = next;
                continue;
            } else if (c == '。' || c == '！' || c == '？' || c == '；') {
                int j = i + 1;
                while (j < n && (t.charAt(j) == '"' || t.charAt(j) == '”' || t.charAt(j) == '」' || t.charAt(j) == ')')) {
                    j++;
                }
                cut = j;
                next = j;
            } else if ((c == '.' || c == '!' || c == '?') && isEnd(t, i)) {
                int j = i + 1;
                while (j < n && (t.charAt(j) == '"' || t.charAt(j) == '\'' || t.charAt(j) == ')')) {
                    j++;
                }
                cut = j;
                next = j;
            } else if (c == ']' && citationEnds(t, s, i)) {
                // "… update plan [2] Model Specifications - …": a summary's citation mark closes its sentence
                cut = i + 1;
                next = i + 1;
            } else if ((i - s >= MAX_SENTENCE && c == ' ') || i - s >= 2 * MAX_SENTENCE) {
                cut = i;
                next = i + 1;
            }
            if (cut >= 0) {
                if (emit(out, t, s, cut, paragraph, first)) {
                    first = false;
                }
                s = next;
                i = next;
            } else {
                i++;
            }
        }
        emit(out, t, s, n, paragraph, first);
        return out;
    }

    private static boolean isBlank(char c) {
        return c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == '\f';
    }

    /** A '.', '!' or '?' at i ends a sentence: white space (or the end) follows, and it is no abbreviation. */
    private static boolean isEnd(String t, int i) {
        int n = t.length();
        int j = i + 1;
        while (j < n && (t.charAt(j) == '"' || t.charAt(j) == '\'' || t.charAt(j) == ')')) {
            j++;
        }
        if (j < n && !Character.isWhitespace(t.charAt(j))) {
            return false;
        }
        if (t.charAt(i) != '.') {
            return true;
        }
        // the word before the period
        int w = i;
        while (w > 0 && (Character.isLetter(t.charAt(w - 1)) || t.charAt(w - 1) == '.') && i - w < 8) {
            w--;
        }
        String word = t.substring(w, i).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(t.charAt(w))) {
            return false; // an initial: "J. Smith"
        }
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        // the next sentence should start with something that can start one
        int k = j;
        while (k < n && t.charAt(k) == ' ') {
            k++;
        }
        return k >= n || !Character.isLowerCase(t.charAt(k));
    }

    private static boolean emit(List<Sentence> out, String t, int s, int e, int paragraph, boolean first) {
        while (s < e && Character.isWhitespace(t.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        if (e <= s) {
            return false;
        }
        out.add(new Sentence(s, e, paragraph, first));
        return true;
    }
}
