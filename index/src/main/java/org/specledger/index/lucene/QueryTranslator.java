package org.specledger.index.lucene;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.specledger.index.QueryException;

/**
 * Reads the query box into a Lucene query, and turns every way it can fail into a {@link QueryException} whose
 * message a user can act on.
 *
 * <p>Syntax: Lucene's classic query parser (words, "phrases", AND/OR/NOT, +/-, field:value, ranges), with these
 * choices: words are ANDed (a search box narrows as you type more words); plain words are looked up in both text
 * fields (see {@link TextAnalysis}); the fields a user can name are {@value Fields#QUERY_FIELD_NAMES}; and
 * {@code date:} takes ISO dates, months or years, alone ({@code date:2026-03}) or as a range
 * ({@code date:[2026-01-01 TO 2026-03-31]}, {@code *} for an open end). A query of NOT clauses only means
 * "everything except".
 */
final class QueryTranslator {

    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

    private final Analyzer analyzer;

    QueryTranslator(Analyzer queryAnalyzer) {
        this.analyzer = queryAnalyzer;
    }

    /** The query for a query box; null or blank is every document. */
    Query parse(String box) throws QueryException {
        if (box == null || box.isBlank()) {
            return new MatchAllDocsQuery();
        }
        checkBalanced(box);
        QueryBudget.checkDepth(box);
        Parser parser = new Parser(analyzer, new QueryBudget.Tally(box));
        try {
            return everythingExcept(parser.parse(box));
        } catch (QueryBudget.OverBudget e) {
            throw e.refusal;
        } catch (TooComplexToDeterminizeException e) {
            throw tooComplex(box);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyClauses(box);
        } catch (ParseException e) {
            if (e.getCause() instanceof IndexSearcher.TooManyClauses) { // the parser wraps Lucene's refusal
                throw tooManyClauses(box);
            }
            throw explain(box, e);
        } catch (UnknownField e) {
            throw new QueryException("There is no field \"" + e.field + ":\". Fields you can use: "
                    + Fields.QUERY_FIELD_NAMES + " (or put the word in quotes to search for it).",
                    box, columnOf(box, e.field + ":"));
        } catch (BadValue e) {
            throw new QueryException(e.getMessage(), box, columnOf(box, e.value));
        } catch (IllegalArgumentException e) { // Lucene's RegExp parser refuses "/[/" this way (found by fuzzing)
            throw new QueryException("The regular expression cannot be read: " + e.getMessage(), box, 0);
        }
    }

    /** A pattern whose automaton Lucene refuses to build (e.g. {@code /(a|aa)*.{20}/}). */
    static QueryException tooComplex(String box) {
        return QueryException.tooCostly("A wildcard or /regular expression/ in the query is too complex to run:"
                + " simplify it.", box, 0);
    }

    /** More clauses than Lucene's limit (IndexSearcher.getMaxClauseCount, 1024), after the text fields and synonyms. */
    static QueryException tooManyClauses(String box) {
        return QueryException.tooCostly("The query expands to too many clauses (more than "
                + IndexSearcher.getMaxClauseCount() + "): use fewer words or patterns.", box, 0);
    }

    /** The range of epoch days for from/to request parameters; null when both are null. */
    static Query dateRange(String from, String to) throws QueryException {
        if (isBlank(from) && isBlank(to)) {
            return null;
        }
        try {
            long low = isBlank(from) ? Long.MIN_VALUE : firstDay(from.strip());
            long high = isBlank(to) ? Long.MAX_VALUE : lastDay(to.strip());
            return LongPoint.newRangeQuery(Fields.DATE, low, high);
        } catch (BadValue e) {
            throw new QueryException(e.getMessage(), null, 0);
        }
    }

    /** Quotes and brackets are checked first: the parser's own messages for them name no useful column. */
    private static void checkBalanced(String box) throws QueryException {
        int openQuote = -1;
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < box.length(); i++) {
            char c = box.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '"') {
                openQuote = openQuote < 0 ? i : -1;
            } else if (openQuote < 0 && (c == '(')) {
                open.push(i);
            } else if (openQuote < 0 && c == ')') {
                if (open.isEmpty()) {
                    throw new QueryException("The bracket \")\" at column " + (i + 1)
                            + " closes nothing: remove it or add a \"(\" before it.", box, i + 1);
                }
                open.pop();
            }
        }
        if (openQuote >= 0) {
            throw new QueryException("The quote at column " + (openQuote + 1)
                    + " is not closed: add a closing \" or remove it.", box, openQuote + 1);
        }
        if (!open.isEmpty()) {
            int at = open.getLast() + 1;
            throw new QueryException("The bracket \"(\" at column " + at
                    + " is not closed: add a \")\" or remove it.", box, at);
        }
    }

    private static QueryException explain(String box, ParseException wrapped) {
        // QueryParserBase.parse wraps the generated parser's exception, which has the offending token.
        ParseException e = wrapped.getCause() instanceof ParseException p ? p : wrapped;
        Token at = e.currentToken == null ? null : e.currentToken.next;
        if (at != null) {
            int column = at.beginColumn + 1; // the generated parser counts columns from 0
            if (at.kind == 0) { // end of input
                return new QueryException("The query ends too early: something is missing after \""
                        + e.currentToken.image + "\" (a word after AND/OR/NOT or after a field name).",
                        box, e.currentToken.endColumn + 1);
            }
            String word = at.image;
            String upper = word.toUpperCase(Locale.ROOT);
            if (upper.equals("AND") || upper.equals("OR") || upper.equals("NOT")) {
                return new QueryException("\"" + word + "\" at column " + column
                        + " needs a word on each side (AND, OR) or after it (NOT). To search for the word itself,"
                        + " put it in quotes.", box, column);
            }
            return new QueryException("Unexpected \"" + word + "\" at column " + column
                    + ". Put quotes around words with special characters ( : ( ) [ ] { } ^ ~ * ? / \\ ).",
                    box, column);
        }
        Matcher m = COLUMN.matcher(String.valueOf(e.getMessage()));
        int column = m.find() ? Integer.parseInt(m.group(1)) + 1 : 0;
        return new QueryException("The query cannot be read" + (column > 0 ? " near column " + column : "")
                + ". Check quotes, brackets and AND/OR/NOT.", box, column);
    }

    /** A pure negation ("NOT rumour") matches nothing in Lucene; users mean "everything except". */
    private static Query everythingExcept(Query q) {
        if (q instanceof BooleanQuery b && !b.clauses().isEmpty()
                && b.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            b.clauses().forEach(out::add);
            return out.build();
        }
        return q;
    }

    private static int columnOf(String box, String needle) {
        int i = box.toLowerCase(Locale.ROOT).indexOf(needle.toLowerCase(Locale.ROOT));
        return i < 0 ? 0 : i + 1;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank() || s.strip().equals("*");
    }

    static long firstDay(String s) {
        return parseDate(s, true);
    }

    static long lastDay(String s) {
        return parseDate(s, false);
    }

    private static long parseDate(String s, boolean first) {
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(s).toEpochDay();
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(s);
                return (first ? ym.atDay(1) : ym.atEndOfMonth()).toEpochDay();
            }
            if (s.matches("\\d{4}")) {
                int y = Integer.parseInt(s);
                return (first ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31)).toEpochDay();
            }
        } catch (java.time.DateTimeException e) {
            // falls through to the message below
        }
        throw new BadValue(s, "\"" + s + "\" is not a date: write 2026-03-31, 2026-03 or 2026.");
    }

    /**
     * The classic parser with SpecLedger's fields; not thread-safe, so one per parse. Plain words go to a default
     * field that stands for both text fields: each run of words (or phrase) is analysed whole for each field and
     * the two queries are ORed, so "GLM 4.5" is [glm 4.5] in English OR [glm 4 5] in Chinese. (MultiFieldQueryParser instead pairs the fields' tokens position by position, which mixes
     * up "4.5" from English with "4" "5" from smartcn and drops the AND inside a word.)
     */
    private static final class Parser extends QueryParser {
        private static final String ANY_TEXT = "_text";

        private final QueryBudget.Tally tally;

        Parser(Analyzer analyzer, QueryBudget.Tally tally) {
            super(ANY_TEXT, analyzer);
            this.tally = tally;
            setDefaultOperator(QueryParser.Operator.AND);
            // "Ascend" → ascend OR "昇 腾": a multi-token synonym must match as a phrase, not as loose characters.
            setAutoGenerateMultiTermSynonymsPhraseQuery(true);
            setAllowLeadingWildcard(false);
        }

        private interface PerField {
            Query build(String field) throws ParseException;
        }

        /** The query for one text field, or for each text field ORed when {@code field} is the default. */
        private static Query text(String field, PerField build) throws ParseException {
            if (!ANY_TEXT.equals(field)) {
                return build.build(field);
            }
            // A dis-max, not a BooleanQuery of SHOULDs: the parser flattens the latter into its own clauses and
            // would AND the fields. A document is in one text field only, so the max is its score.
            List<Query> any = new ArrayList<>();
            for (String f : Fields.TEXT) {
                Query q = build.build(f);
                if (q != null) {
                    any.add(q);
                }
            }
            return any.isEmpty() ? null : any.size() == 1 ? any.getFirst() : new DisjunctionMaxQuery(any, 0f);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            String f = resolve(field);
            if (Fields.DATE.equals(f)) {
                return LongPoint.newRangeQuery(Fields.DATE, firstDay(queryText.strip()), lastDay(queryText.strip()));
            }
            tally.term();
            return text(f, x -> super.getFieldQuery(x, queryText, quoted));
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            String f = resolve(field);
            if (Fields.DATE.equals(f)) {
                return getFieldQuery(field, queryText, true);
            }
            return text(f, x -> super.getFieldQuery(x, queryText, slop));
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                      boolean endInclusive) throws ParseException {
            String f = resolve(field);
            if (!Fields.DATE.equals(f)) {
                throw new BadValue(part1 == null ? "[" : part1,
                        "Ranges [a TO b] work on dates only: date:[2026-01-01 TO 2026-03-31].");
            }
            long low = part1 == null || isBlank(part1) ? Long.MIN_VALUE : firstDay(part1.strip());
            long high = part2 == null || isBlank(part2) ? Long.MAX_VALUE : lastDay(part2.strip());
            if (!startInclusive && low != Long.MIN_VALUE) {
                low++;
            }
            if (!endInclusive && high != Long.MAX_VALUE) {
                high--;
            }
            return LongPoint.newRangeQuery(Fields.DATE, low, high);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            tally.pattern(termStr);
            return text(notDate(field, termStr), x -> super.getPrefixQuery(x, termStr));
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            tally.pattern(termStr);
            return text(notDate(field, termStr), x -> super.getWildcardQuery(x, termStr));
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            tally.pattern(termStr);
            return text(notDate(field, termStr), x -> super.getFuzzyQuery(x, termStr, minSimilarity));
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            tally.pattern(termStr);
            QueryBudget.checkRegexpStart(termStr);
            return text(notDate(field, termStr), x -> super.getRegexpQuery(x, termStr));
        }

        private static String notDate(String field, String value) {
            String f = resolve(field);
            if (Fields.DATE.equals(f)) {
                throw new BadValue(value, "date: takes a date or a range, not a pattern: date:2026-03.");
            }
            return f;
        }

        private static String resolve(String field) {
            if (field == null || ANY_TEXT.equals(field)) {
                return ANY_TEXT;
            }
            String f = Fields.forQueryField(field);
            if (f == null) {
                throw new UnknownField(field);
            }
            return f;
        }
    }

    /** A field name the index does not have; unchecked so it can leave the parser's callbacks. */
    private static final class UnknownField extends RuntimeException {
        final String field;

        UnknownField(String field) {
            super(field, null, false, false);
            this.field = field;
        }
    }

    /** A value a field cannot take (a bad date); the message is for the user. */
    private static final class BadValue extends RuntimeException {
        final String value;

        BadValue(String value, String message) {
            super(message, null, false, false);
            this.value = value;
        }
    }
}
