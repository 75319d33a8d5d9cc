package org.specledger.index.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.specledger.index.QueryException;

/**
 * The Lucene query the embedded index would run, written as OpenSearch query DSL over pre-analysed fields.
 *
 * <p>How tokens travel: the cluster's test distribution has no analysis plugins (no smartcn, no synonym or
 * word-delimiter filters), so SpecLedger analyses text itself and sends each token as {@code x} + the hex of its
 * UTF-8 bytes, which OpenSearch's built-in standard tokenizer keeps as one token whatever the script; a position
 * left empty by a removed stop word is sent as the filler {@value #GAP}, which the index's own {@code stop} filter
 * removes again, leaving the same position gap (and the same field length for BM25) as in the embedded index.
 */
final class QueryDsl {
    static final String GAP = "zz";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** MultiPhraseQuery expands to one phrase per combination; more than this is refused. */
    private static final int MAX_PHRASES = 64;

    private QueryDsl() {
    }

    /** One token as the index holds it. */
    static String encode(String term) {
        return "x" + HexFormat.of().formatHex(term.getBytes(StandardCharsets.UTF_8));
    }

    static ObjectNode translate(Query q) throws QueryException {
        if (q instanceof MatchAllDocsQuery) {
            return obj("match_all", JSON.objectNode());
        }
        if (q instanceof MatchNoDocsQuery) {
            return obj("match_none", JSON.objectNode());
        }
        if (q instanceof TermQuery t) {
            return term(t.getTerm());
        }
        if (q instanceof BoostQuery b) {
            ObjectNode wrapped = JSON.objectNode();
            ObjectNode bool = wrapped.putObject("bool");
            bool.putArray("must").add(translate(b.getQuery()));
            bool.put("boost", b.getBoost());
            return wrapped;
        }
        if (q instanceof BooleanQuery b) {
            ObjectNode bool = JSON.objectNode();
            for (BooleanClause c : b.clauses()) {
                String occur = switch (c.occur()) {
                    case MUST -> "must";
                    case SHOULD -> "should";
                    case FILTER -> "filter";
                    case MUST_NOT -> "must_not";
                };
                (bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur)).add(translate(c.query()));
            }
            if (b.getMinimumNumberShouldMatch() > 0) {
                bool.put("minimum_should_match", b.getMinimumNumberShouldMatch());
            } else if (bool.has("should") && (bool.has("must") || bool.has("filter"))) {
                bool.put("minimum_should_match", 0);
            }
            return obj("bool", bool);
        }
        if (q instanceof DisjunctionMaxQuery d) {
            ObjectNode dm = JSON.objectNode();
            ArrayNode queries = dm.putArray("queries");
            for (Query sub : d.getDisjuncts()) {
                queries.add(translate(sub));
            }
            dm.put("tie_breaker", d.getTieBreakerMultiplier());
            return obj("dis_max", dm);
        }
        if (q instanceof SynonymQuery s) {
            ObjectNode bool = JSON.objectNode();
            ArrayNode should = bool.putArray("should");
            for (Term t : s.getTerms()) {
                should.add(term(t));
            }
            return obj("bool", bool);
        }
        if (q instanceof PhraseQuery p) {
            Term[] terms = p.getTerms();
            int[] positions = p.getPositions();
            if (terms.length == 0) {
                return obj("match_none", JSON.objectNode());
            }
            List<String> one = new ArrayList<>();
            for (Term t : terms) {
                one.add(t.text());
            }
            return phrase(p.getField(), one, positions, p.getSlop());
        }
        if (q instanceof MultiPhraseQuery mp) {
            Term[][] arrays = mp.getTermArrays();
            int[] positions = mp.getPositions();
            List<List<String>> combos = new ArrayList<>();
            combos.add(new ArrayList<>());
            for (Term[] at : arrays) {
                List<List<String>> next = new ArrayList<>();
                for (List<String> prefix : combos) {
                    for (Term t : at) {
                        List<String> c = new ArrayList<>(prefix);
                        c.add(t.text());
                        next.add(c);
                    }
                }
                combos = next;
                if (combos.size() > MAX_PHRASES) {
                    throw new QueryException("This phrase has too many spelling variants to search on the cluster;"
                            + " shorten it.", null, 0);
                }
            }
            String field = arrays.length > 0 && arrays[0].length > 0 ? arrays[0][0].field() : "";
            ObjectNode bool = JSON.objectNode();
            ArrayNode should = bool.putArray("should");
            for (List<String> c : combos) {
                should.add(phrase(field, c, positions, mp.getSlop()));
            }
            return obj("bool", bool);
        }
        if (q instanceof PrefixQuery p) {
            // A prefix of the hex of UTF-8 bytes is the hex of the prefix's bytes.
            ObjectNode f = JSON.objectNode();
            f.put(p.getPrefix().field(), encode(p.getPrefix().text()));
            return obj("prefix", f);
        }
        if (q instanceof PointRangeQuery r && r.getField().equals(org.specledger.index.lucene.PreAnalysis.DATE)) {
            long low = LongPoint.decodeDimension(r.getLowerPoint(), 0);
            long high = LongPoint.decodeDimension(r.getUpperPoint(), 0);
            ObjectNode range = JSON.objectNode();
            ObjectNode bounds = range.putObject("date");
            if (low != Long.MIN_VALUE) {
                bounds.put("gte", low);
            }
            if (high != Long.MAX_VALUE) {
                bounds.put("lte", high);
            }
            return obj("range", range);
        }
        throw new QueryException("Wildcard (* inside a word), fuzzy (~) and regular-expression (/…/) searches work"
                + " on the embedded index only; on the search cluster use whole words or a prefix (ascen*).", null, 0);
    }

    private static ObjectNode term(Term t) {
        ObjectNode f = JSON.objectNode();
        f.put(t.field(), encode(t.text()));
        return obj("term", f);
    }

    private static ObjectNode phrase(String field, List<String> terms, int[] positions, int slop) {
        StringBuilder text = new StringBuilder();
        int last = positions.length > 0 ? positions[0] - 1 : -1;
        for (int i = 0; i < terms.size(); i++) {
            for (int gap = positions[i] - last - 1; gap > 0; gap--) {
                text.append(GAP).append(' ');
            }
            text.append(encode(terms.get(i))).append(' ');
            last = positions[i];
        }
        ObjectNode f = JSON.objectNode();
        ObjectNode body = f.putObject(field);
        body.put("query", text.toString().strip());
        body.put("slop", slop);
        return obj("match_phrase", f);
    }

    static ObjectNode obj(String key, ObjectNode value) {
        ObjectNode o = JSON.objectNode();
        o.set(key, value);
        return o;
    }
}
