package org.specledger.claims.text;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} over a region for an expression whose matches can only begin at positions a cheap
 * test recognises (a capital letter after a non-word character, say): the expression is tried only there.
 * A search with {@code find()} tries every alternative at every position, which for a name pattern of twenty
 * brands is most of its cost.
 *
 * <p>Contract: the start test must accept every position where a match can begin, including the expression's
 * leading look-behind if it has one, which it restates (the expression is run with opaque bounds from the
 * position tried, so it sees nothing before it; {@link #notGlued} restates the usual one). Matches are the ones
 * {@code find()} gives, in order, and the scan answers for the current match as a {@link MatchResult}.
 */
public final class StartScan implements MatchResult {
    /** Whether a match may begin at {@code i} of {@code t}; {@code from} is the region's start. */
    @FunctionalInterface
    public interface StartTest {
        boolean at(String t, int i, int from);
    }

    private final Matcher m;
    private final String t;
    private final int to;
    private final int from;
    private final StartTest test;
    private int next;

    public StartScan(Pattern p, String t, int from, int to, StartTest test) {
        this.m = p.matcher(t);
        this.t = t;
        this.from = from;
        this.to = to;
        this.test = test;
        this.next = from;
    }

    /** The next match, as {@link Matcher#find()} would give it. */
    public boolean find() {
        for (int i = next; i < to; i++) {
            if (test.at(t, i, from)) {
                m.region(i, to);
                if (m.lookingAt()) {
                    next = m.end() > i ? m.end() : i + 1;
                    return true;
                }
            }
        }
        next = to;
        return false;
    }

    @Override
    public int start() {
        return m.start();
    }

    @Override
    public int start(int g) {
        return m.start(g);
    }

    @Override
    public int end() {
        return m.end();
    }

    @Override
    public int end(int g) {
        return m.end(g);
    }

    @Override
    public String group() {
        return m.group();
    }

    @Override
    public String group(int g) {
        return m.group(g);
    }

    @Override
    public int groupCount() {
        return m.groupCount();
    }

    /**
     * Nothing of a name stands right before position i: i is the region's start, or the character before it is
     * no ASCII letter or digit and none of {@code glue} (the look-behind "(?<![A-Za-z0-9.\\-])" is glue ".-").
     */
    public static boolean notGlued(String t, int i, int from, String glue) {
        if (i == from) {
            return true;
        }
        char p = t.charAt(i - 1);
        return !(p < 128 && Character.isLetterOrDigit(p)) && glue.indexOf(p) < 0;
    }
}
