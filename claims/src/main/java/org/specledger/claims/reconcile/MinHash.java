package org.specledger.claims.reconcile;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Shingle sets and MinHash signatures of main texts (Broder 1997, "On the resemblance and containment of
 * documents"). Latin-script text is cut into word 5-shingles; text that is mostly CJK, which has no spaces
 * between words, into character 5-shingles over its letters and digits. Hashes use fixed seeds, so signatures
 * are the same on every run.
 */
final class MinHash {
    /** Words (or CJK characters) per shingle. */
    static final int SHINGLE = 5;
    /** Hash functions per signature; the estimate's standard error is about 1/sqrt(128) ≈ 0.09 at J = 0.5. */
    static final int HASHES = 128;

    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x5EED_1ED6_E1L;
        for (int i = 0; i < HASHES; i++) {
            s += 0x9E37_79B9_7F4A_7C15L;
            SEEDS[i] = mix(s);
        }
    }

    private MinHash() {
    }

    /** The distinct shingle hashes of a text. */
    static Set<Long> shingles(String text) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> tokens = mostlyCjk(t) ? characters(t) : words(t);
        Set<Long> out = new HashSet<>();
        if (tokens.isEmpty()) {
            return out;
        }
        int n = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = i; j < Math.min(tokens.size(), i + SHINGLE); j++) {
                sb.append(tokens.get(j)).append(' ');
            }
            out.add(hash(sb));
        }
        return out;
    }

    /** The signature of a shingle set: per seed, the minimum of the seeded hashes. */
    static long[] signature(Set<Long> shingles) {
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long h : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long v = mix(h ^ SEEDS[i]);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return sig;
    }

    /** The estimated Jaccard similarity: the fraction of positions where two signatures agree. */
    static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    private static boolean mostlyCjk(String t) {
        int cjk = 0;
        int letters = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (isCjk(cp)) {
                    cjk++;
                }
            }
            i += Character.charCount(cp);
        }
        // Chinese news text carries Latin model names ("GLM-4.5"); a third CJK letters is already Chinese prose.
        return letters > 0 && cjk * 3 >= letters;
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }

    private static List<String> words(String t) {
        List<String> out = new ArrayList<>();
        for (String w : t.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> characters(String t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                out.add(new String(Character.toChars(cp)));
            }
            i += Character.charCount(cp);
        }
        return out;
    }

    /** FNV-1a 64 over UTF-16 units, finished by {@link #mix}. */
    private static long hash(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The SplitMix64 finaliser (Steele, Lea, Flood 2014): a cheap bijective 64-bit mixer. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
