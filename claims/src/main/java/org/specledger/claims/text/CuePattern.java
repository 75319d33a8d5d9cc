package org.specledger.claims.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression with a literal pre-filter: the pieces of plain text of which every match must hold one,
 * worked out from the expression itself when it is compiled. {@link #in} looks for those pieces with
 * {@link String#indexOf} (a vectorised scan) and runs the expression only when one is there. Most text holds
 * none of a cue's words, and a failed regular-expression search is the expensive kind: it tries every
 * alternative at every position.
 *
 * <p>The pieces are read conservatively, so the filter never refuses text the expression would match: per
 * top-level alternative, the longest run of literal characters outside groups, classes and optional parts.
 * An alternative without such a run (it opens with a group or a class) turns the filter off. Expressions
 * compiled case-insensitively are filtered on lower-cased text.
 */
public final class CuePattern {
    private final Pattern pattern;
    /** The literal pieces (lower case for a case-insensitive expression), or null when there is no filter. */
    private final String[] pieces;
    private final boolean ignoreCase;

    private CuePattern(Pattern pattern) {
        this.pattern = pattern;
        // an inline flag group ("(?i)") may turn case folding on for part of it: then filter on lower case too
        // (lower-casing both sides never loses a match)
        this.ignoreCase = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0 || pattern.pattern().matches("(?s).*\\(\\?[a-zA-Z].*");
        boolean plain = (pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) == 0;
        this.pieces = plain ? requiredPieces(pattern.pattern(), ignoreCase) : null;
    }

    public static CuePattern compile(String regex) {
        return new CuePattern(Pattern.compile(regex));
    }

    public static CuePattern compile(String regex, int flags) {
        return new CuePattern(Pattern.compile(regex, flags));
    }

    /** Whether the expression matches somewhere in the text (as {@code matcher(text).find()}). */
    public boolean in(String text) {
        return text != null && mayMatch(text) && pattern.matcher(text).find();
    }

    /** False only when no match is possible: none of the literal pieces occurs in the text. */
    public boolean mayMatch(String text) {
        if (pieces == null) {
            return true;
        }
        String t = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
        for (String p : pieces) {
            if (t.indexOf(p) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A matcher, for callers that need positions or groups (no filter: use {@link #mayMatch} first). */
    public Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    public Pattern pattern() {
        return pattern;
    }

    /** The literal pieces found, for tests; null when the expression gets no filter. */
    List<String> pieces() {
        return pieces == null ? null : List.of(pieces);
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }

    private static final String META = "\\[](){}.*+?^$|";

    /** Literal pieces of which every match holds one, or null when that cannot be told. */
    static String[] requiredPieces(String regex, boolean ignoreCase) {
        List<String> pieces = pieces(regex);
        if (pieces == null || pieces.isEmpty()) {
            return null;
        }
        return pieces.stream().map(p -> ignoreCase ? p.toLowerCase(Locale.ROOT) : p).distinct().toArray(String[]::new);
    }

    /** Per alternative, its best set of pieces; null when some alternative has none. */
    private static List<String> pieces(String regex) {
        List<String> out = new ArrayList<>();
        for (String alternative : topLevelAlternatives(regex)) {
            List<String> best = best(alternative);
            if (best == null) {
                return null;
            }
            out.addAll(best);
        }
        return out;
    }

    /** The better of two piece sets: the one whose shortest piece is longer, then the smaller one. */
    private static List<String> better(List<String> a, List<String> b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        int ma = a.stream().mapToInt(String::length).min().orElse(0);
        int mb = b.stream().mapToInt(String::length).min().orElse(0);
        return ma != mb ? (ma > mb ? a : b) : (a.size() <= b.size() ? a : b);
    }

    /** The expression split at the bars that are outside groups and classes. */
    private static List<String> topLevelAlternatives(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        out.add(regex.substring(from));
        return out;
    }

    /**
     * The best piece set of one alternative: a run of characters every match holds in a row, or the pieces of
     * a group every match passes through ("\\b(?:could|might)\\b"). A class, an escape that is no literal, a
     * dot, an anchor or a group ends a run; a quantified character or group that may be absent is left out, one
     * that must be there (+, {n,}) ends the run after itself. Look-arounds match no text and give nothing.
     */
    private static List<String> best(String alt) {
        List<String> best = null;
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < alt.length()) {
            char c = alt.charAt(i);
            int next;
            Character literal = null;
            String group = null;
            if (c == '\\') {
                if (i + 1 >= alt.length()) {
                        return null;
                }
                char e = alt.charAt(i + 1);
                if (!Character.isLetterOrDigit(e)) {
                    literal = e; // an escaped punctuation mark stands for itself
                }
                next = i + 2; // \b, \s, \d … (and back references) end the run
            } else if (c == '[') {
                next = classEnd(alt, i) + 1;
            } else if (c == '(') {
                next = groupEnd(alt, i) + 1;
                group = alt.substring(i + 1, next - 1);
            } else if (META.indexOf(c) >= 0) {
                next = i + 1; // . ^ $ and stray quantifiers
            } else {
                literal = c;
                next = i + 1;
            }
            // a quantifier on what was just read
            boolean optional = false;
            boolean repeated = false;
            if (next < alt.length()) {
                char q = alt.charAt(next);
                if (q == '?' || q == '*') {
                    optional = true;
                    next++;
                } else if (q == '+') {
                    repeated = true;
                    next++;
                } else if (q == '{') {
                    int close = alt.indexOf('}', next);
                    if (close < 0) {
                        return null;
                    }
                    String body = alt.substring(next + 1, close);
                    optional = body.startsWith("0");
                    repeated = !optional;
                    next = close + 1;
                }
                if (next < alt.length() && (optional || repeated) && (alt.charAt(next) == '?' || alt.charAt(next) == '+')) {
                    next++; // lazy or possessive
                }
            }
            if (group != null && !optional) {
                best = better(best, groupPieces(group));
            }
            if (literal != null && !optional) {
                run.append(literal.charValue());
                if (repeated) {
                    best = longer(best, run);
                    run.setLength(0);
                }
            } else {
                best = longer(best, run);
                run.setLength(0);
            }
            i = next;
        }
        best = longer(best, run);
        return best == null || best.isEmpty() || best.stream().anyMatch(String::isEmpty) ? null : best;
    }

    /** The pieces of a group's body, or null for a look-around (it matches no text) or a bare flag group. */
    private static List<String> groupPieces(String inner) {
        if (inner.startsWith("?=") || inner.startsWith("?!") || inner.startsWith("?<=") || inner.startsWith("?<!")) {
            return null;
        }
        String body = inner;
        if (inner.startsWith("?")) {
            int colon = inner.indexOf(':');
            int close = inner.startsWith("?<") ? inner.indexOf('>') : -1;
            if (close > 0) {
                body = inner.substring(close + 1); // a named group
            } else if (inner.startsWith("?>")) {
                body = inner.substring(2);
            } else if (colon > 0 && inner.substring(1, colon).matches("[a-zA-Z-]*")) {
                body = inner.substring(colon + 1); // (?:…) or (?i:…)
            } else {
                return null;
            }
        }
        return pieces(body);
    }

    private static List<String> longer(List<String> best, StringBuilder run) {
        return run.length() == 0 ? best : better(best, List.of(run.toString()));
    }

    /** The index of the bracket that closes the class opening at {@code open}. */
    private static int classEnd(String s, int open) {
        int i = open + 1;
        if (i < s.length() && s.charAt(i) == '^') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == ']') {
            i++; // a leading ] is a literal
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(s, i);
            } else if (c == ']') {
                return i;
            }
        }
        return s.length() - 1;
    }

    /** The index of the parenthesis that closes the group opening at {@code open}. */
    private static int groupEnd(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(s, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return s.length() - 1;
    }
}
