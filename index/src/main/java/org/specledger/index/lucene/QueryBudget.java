package org.specledger.index.lucene;

import org.apache.lucene.index.QueryTimeout;
import org.specledger.index.QueryException;

/**
 * What one search may cost, so that no query typed into the box can burn seconds of CPU (a probe on 2026-11-30
 * sent 370 fuzzy terms, {@code ab0~2 OR ab1~2 …}, and cost 5-7 s of CPU per request: each fuzzy, wildcard or
 * regular-expression term expands over the term dictionary and the highlighter builds an automaton for it).
 *
 * <p>Three bounds: counts checked while the query is parsed (before any automaton is built), the bracket depth
 * checked before the parser runs (its recursion overflows the stack on thousands of "("), and a time budget for
 * the search itself (Lucene stops scoring through {@link org.apache.lucene.search.IndexSearcher#setTimeout}).
 * Each is refused with a {@link QueryException#tooCostly} whose message says what to change.
 */
final class QueryBudget {
    /** Fuzzy ({@code ~}), wildcard ({@code * ?}), prefix and {@code /regex/} terms in one query. Default 10. */
    static final int MAX_PATTERN_TERMS = 10;
    /** Words and phrases in one query (each is looked up in both text fields). Default 256. */
    static final int MAX_TERMS = 256;
    /** Brackets inside brackets. Default 16. */
    static final int MAX_DEPTH = 16;
    /** Time one search may spend finding, counting and ranking its hits. Default 2 s. */
    static final long TIME_BUDGET_MS = 2_000;

    /** When the current thread's search must stop; 0 = no search running. */
    private static final ThreadLocal<long[]> DEADLINE = ThreadLocal.withInitial(() -> new long[2]);

    /**
     * Set on every searcher: Lucene asks it between blocks of documents. A searcher is shared by all threads,
     * so the deadline is the asking thread's own (searches run on the caller's thread: no executor is set).
     */
    static final QueryTimeout TIMEOUT = () -> {
        long[] d = DEADLINE.get();
        if (d[0] != 0 && System.nanoTime() - d[0] >= 0) {
            d[1] = 1;
            return true;
        }
        return false;
    };

    private QueryBudget() {
    }

    /** Counts the terms of one query as the parser makes them. */
    static final class Tally {
        private final String box;
        private int terms;
        private int patterns;

        Tally(String box) {
            this.box = box;
        }

        /** A word or phrase. */
        void term() {
            if (++terms > MAX_TERMS) {
                throw new OverBudget(QueryException.tooCostly("The query has more than " + MAX_TERMS
                        + " words: search for fewer, more telling words.", box, 0));
            }
        }

        /** A fuzzy, wildcard, prefix or regular-expression term. */
        void pattern(String term) {
            term();
            if (++patterns > MAX_PATTERN_TERMS) {
                throw new OverBudget(QueryException.tooCostly("The query has more than " + MAX_PATTERN_TERMS
                        + " terms with ~, *, ? or /…/ (the " + (MAX_PATTERN_TERMS + 1) + "th is \"" + term
                        + "\"): each of them is looked up across the whole index. Use at most " + MAX_PATTERN_TERMS
                        + ".", box, column(box, term)));
            }
        }
    }

    /** Refuses brackets nested deeper than {@link #MAX_DEPTH}; run before the parser, whose recursion they feed. */
    static void checkDepth(String box) throws QueryException {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < box.length(); i++) {
            char c = box.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                if (++depth > MAX_DEPTH) {
                    throw QueryException.tooCostly("Brackets are nested more than " + MAX_DEPTH
                            + " deep (at column " + (i + 1) + "): remove some.", box, i + 1);
                }
            } else if (!quoted && c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
    }

    /**
     * Refuses a regular expression that does not start with a letter or digit: like a leading wildcard (which the
     * parser refuses), {@code /.{1,1000}/} or {@code /[a-z]+e/} must be tried against every term of the index.
     */
    static void checkRegexpStart(String regexp) {
        if (regexp.isEmpty() || !Character.isLetterOrDigit(regexp.codePointAt(0))) {
            throw new OverBudget(QueryException.tooCostly("The regular expression /" + regexp + "/ must start with"
                    + " a letter or digit: one that can start with anything is tried against every word of the index.",
                    null, 0));
        }
    }

    /** Starts the current thread's time budget; close the clock when the search is done. */
    static Clock start() {
        return start(TIME_BUDGET_MS);
    }

    /** Starts a budget of {@code budgetMs} (tests use 0, a budget already spent). */
    static Clock start(long budgetMs) {
        long[] d = DEADLINE.get();
        d[0] = System.nanoTime() + budgetMs * 1_000_000L;
        if (d[0] == 0) {
            d[0] = 1;
        }
        d[1] = 0;
        return new Clock(d);
    }

    /** The current thread's budget; {@link #close} ends it. */
    static final class Clock implements AutoCloseable {
        private final long[] d;

        private Clock(long[] d) {
            this.d = d;
        }

        /** Throws when the search ran out of time (Lucene then returned what it had found so far). */
        void check(String box) throws QueryException {
            if (d[1] != 0) {
                throw QueryException.tooCostly("The query took longer than " + TIME_BUDGET_MS / 1000.0
                        + " s and was stopped: use fewer terms with ~, * or /…/, or add a filter.", box, 0);
            }
        }

        @Override
        public void close() {
            d[0] = 0;
            d[1] = 0;
        }
    }

    /** Carries a refusal out of the parser's callbacks, which may only throw ParseException. */
    static final class OverBudget extends RuntimeException {
        final QueryException refusal;

        OverBudget(QueryException refusal) {
            super(refusal.getMessage(), null, false, false);
            this.refusal = refusal;
        }
    }

    private static int column(String box, String term) {
        int i = box.indexOf(term);
        return i < 0 ? 0 : i + 1;
    }
}
