package org.specledger.index;

/**
 * A query box or filter that cannot be read. The message is written for the person who typed the query
 * ("The quote opened at column 1 is not closed …"); the web shows it beside the box with HTTP 400.
 */
public final class QueryException extends Exception {

    private final String query;
    private final int column;
    private final boolean tooCostly;

    /**
     * @param column 1-based column of the problem in {@code query}, or 0 when it is not at one place (a filter)
     */
    public QueryException(String message, String query, int column) {
        this(message, query, column, false);
    }

    private QueryException(String message, String query, int column, boolean tooCostly) {
        super(message);
        this.query = query;
        this.column = column;
        this.tooCostly = tooCostly;
    }

    /**
     * A query that can be read but would cost too much to run (too many fuzzy or wildcard terms, too deep, over the
     * time budget); the web answers it with 422 rather than 400.
     */
    public static QueryException tooCostly(String message, String query, int column) {
        return new QueryException(message, query, column, true);
    }

    /** True when the query was refused for its cost, not its syntax. */
    public boolean tooCostly() {
        return tooCostly;
    }

    public String query() {
        return query;
    }

    /** 1-based column of the problem in the query, 0 when not known or not in the query box. */
    public int column() {
        return column;
    }
}
