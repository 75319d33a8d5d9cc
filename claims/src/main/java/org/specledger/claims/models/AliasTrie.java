package org.specledger.claims.models;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Longest-match lookup of aliases in normalized text, folding case and ignoring one hyphen, space or
 * underscore between any two chars, so "Kimi-K2", "Kimi K2" and "kimi_k2" are one key. Walking the trie is
 * linear in the alias length: no input can make it backtrack.
 */
final class AliasTrie<T> {

    /** A match: the value, its span, and the alias as written in the list (for case-exact entries). */
    record Hit<T>(T value, int start, int end) {
    }

    private static final class Node<T> {
        final Map<Character, Node<T>> next = new HashMap<>(4);
        final List<Entry<T>> entries = new ArrayList<>(1);
    }

    private record Entry<T>(T value, String exactKey) {
    }

    private final Node<T> root = new Node<>();

    /** The folded key: ASCII lower case, separators dropped. Input must already be normalized. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSeparator(c)) {
                b.append(lower(c));
            }
        }
        return b.toString();
    }

    static String dropSeparators(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSeparator(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Adds an alias (normalized text); with {@code exactCase} the text must match its case. */
    void add(String alias, T value, boolean exactCase) {
        String key = fold(alias);
        if (key.isEmpty()) {
            return;
        }
        Node<T> n = root;
        for (int i = 0; i < key.length(); i++) {
            n = n.next.computeIfAbsent(key.charAt(i), k -> new Node<>());
        }
        n.entries.add(new Entry<>(value, exactCase ? dropSeparators(alias) : null));
    }

    /** All non-overlapping longest matches in t[from, to), left to right. */
    List<Hit<T>> findAll(String t, int from, int to) {
        List<Hit<T>> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = t.charAt(i);
            if (isSeparator(c) || (isAsciiAlnum(c) && i > from && isAsciiAlnum(t.charAt(i - 1)))) {
                i++;
                continue;
            }
            Hit<T> h = longestAt(t, i, to);
            if (h != null) {
                out.add(h);
                i = h.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private Hit<T> longestAt(String t, int start, int to) {
        Node<T> n = root.next.get(lower(t.charAt(start)));
        if (n == null) {
            return null;
        }
        Hit<T> best = null;
        int j = start + 1;
        while (true) {
            if (!n.entries.isEmpty() && endsCleanly(t, start, j, to)) {
                T v = chooseEntry(n, t, start, j);
                if (v != null) {
                    best = new Hit<>(v, start, j);
                }
            }
            if (j >= to) {
                break;
            }
            char c = t.charAt(j);
            int k = j;
            if (isSeparator(c)) {
                k = j + 1;
                if (k >= to || isSeparator(t.charAt(k))) {
                    break;
                }
                c = t.charAt(k);
            }
            Node<T> m = n.next.get(lower(c));
            if (m == null) {
                break;
            }
            n = m;
            j = k + 1;
        }
        return best;
    }

    private T chooseEntry(Node<T> n, String t, int start, int end) {
        for (Entry<T> e : n.entries) {
            if (e.exactKey == null || e.exactKey.equals(dropSeparators(t.substring(start, end)))) {
                return e.value;
            }
        }
        return null;
    }

    /** The match may end here: the alias's last char is not glued to a following letter, digit or ".5". */
    private static boolean endsCleanly(String t, int start, int end, int to) {
        char last = t.charAt(end - 1);
        if (end >= to || !isAsciiAlnum(last)) {
            return true;
        }
        char next = t.charAt(end);
        if (isAsciiAlnum(next)) {
            return false;
        }
        return !(next == '.' && end + 1 < to && Character.isDigit(t.charAt(end + 1)) && Character.isDigit(last));
    }

    static boolean isSeparator(char c) {
        return c == '-' || c == ' ' || c == '_';
    }

    static boolean isAsciiAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
