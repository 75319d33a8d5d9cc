package org.specledger.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.search.Query;
import org.specledger.claims.Claim;
import org.specledger.claims.Document;
import org.specledger.index.Dimension;
import org.specledger.index.FacetCount;
import org.specledger.index.Hit;
import org.specledger.index.IndexUnavailableException;
import org.specledger.index.IndexedDocument;
import org.specledger.index.QueryException;
import org.specledger.index.SearchIndex;
import org.specledger.index.SearchRequest;
import org.specledger.index.SearchResult;
import org.specledger.index.Snippet;
import org.specledger.index.lucene.PreAnalysis;

/**
 * The search index on an OpenSearch cluster (2.x or 3.x), reached over its REST API on any of its nodes.
 *
 * <p>Why SpecLedger analyses the text itself (see {@link QueryDsl}): the same tokens at the same positions as the
 * embedded index, from the same Lucene analyzers, give the same matches and, with one primary shard (BM25 with
 * the same statistics), the same scores; installing analysis modules into the cluster instead would run the
 * cluster's Lucene (10.3 in OpenSearch 3.3, not our 10.5) with an equivalent but separately configured chain, and
 * the synonym list and char filters would have to be kept in step by hand. What the cluster does: matching,
 * BM25, sorting, paging, exact totals and facet counts ({@code terms} aggregations with the other dimensions'
 * filters, as the embedded index's drill-sideways). Snippets are cut by SpecLedger's highlighter from the
 * original text kept in {@code _source}.
 *
 * <p>Writes are visible to searches when the call returns ({@code refresh=true} per document; a bulk load
 * refreshes once at its end). One index per deployment, named by the URL's path ({@code specledger} by default).
 */
public final class OpenSearchIndex implements SearchIndex {
    /** The environment variables with the cluster's credentials (basic auth), never on the command line. */
    public static final String USER_ENV = "SPECLEDGER_SEARCH_USER";
    public static final String PASSWORD_ENV = "SPECLEDGER_SEARCH_PASSWORD";
    /** The index name when the URL has no path. */
    public static final String DEFAULT_INDEX = "specledger";
    /** Documents per _bulk request. */
    private static final int BULK_DOCS = 200;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final String[] NAME_FIELDS = {PreAnalysis.MODEL, PreAnalysis.ORG, PreAnalysis.ATTRIBUTE,
            PreAnalysis.PUBLISHER, PreAnalysis.HEDGE, PreAnalysis.LANG};
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<URI> nodes;
    private final String index;
    private final String auth;
    private final HttpClient http;
    private final AtomicInteger next = new AtomicInteger();
    private final PreAnalysis analysis = new PreAnalysis();

    private OpenSearchIndex(List<URI> nodes, String index, String auth) {
        this.nodes = List.copyOf(nodes);
        this.index = index;
        this.auth = auth;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    /**
     * Connects to a cluster named by {@code http://host:port[/index][,http://host2:port…]} and creates the index
     * when it is missing; credentials from {@value #USER_ENV}/{@value #PASSWORD_ENV}.
     *
     * @throws IndexUnavailableException with one line that says what to fix (a malformed URL, no node answers)
     */
    public static OpenSearchIndex connect(String urls) throws IndexUnavailableException {
        return connect(urls, System.getenv(USER_ENV), System.getenv(PASSWORD_ENV));
    }

    public static OpenSearchIndex connect(String urls, String user, String password) throws IndexUnavailableException {
        List<URI> nodes = new ArrayList<>();
        String name = null;
        for (String part : urls.split(",")) {
            String s = part.strip();
            if (s.isEmpty()) {
                continue;
            }
            URI u;
            try {
                u = URI.create(s);
            } catch (IllegalArgumentException e) {
                throw bad(urls, "'" + s + "' is not a URL");
            }
            if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()) || u.getHost() == null || u.getPort() < 0) {
                throw bad(urls, "'" + s + "' is not http(s)://HOST:PORT");
            }
            if (u.getUserInfo() != null) {
                throw bad(urls, "credentials in the URL show in the process list: set " + USER_ENV + " and "
                        + PASSWORD_ENV + " instead");
            }
            String path = u.getPath() == null ? "" : u.getPath().replaceAll("^/+|/+$", "");
            if (!path.isEmpty()) {
                if (!path.matches("[a-z0-9][a-z0-9_.-]*")) {
                    throw bad(urls, "'" + path + "' is not an index name (lower-case letters, digits, - _ .)");
                }
                name = name == null ? path : name;
            }
            nodes.add(URI.create(u.getScheme() + "://" + u.getHost() + ":" + u.getPort()));
        }
        if (nodes.isEmpty()) {
            throw bad(urls, "no node given");
        }
        String auth = user == null || user.isBlank() ? null : "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
        OpenSearchIndex os = new OpenSearchIndex(nodes, name == null ? DEFAULT_INDEX : name, auth);
        try {
            Response root = os.send("GET", "/", null);
            if (root.status == 401 || root.status == 403) {
                throw new IndexUnavailableException(null, IndexUnavailableException.Reason.IO, "the search cluster at "
                        + urls + " refused the credentials (HTTP " + root.status + "): set " + USER_ENV + "/" + PASSWORD_ENV, null);
            }
            String version = root.json().path("version").path("number").asText("");
            if (root.status != 200 || !version.matches("[23]\\..*")) {
                throw new IndexUnavailableException(null, IndexUnavailableException.Reason.IO, urls
                        + " does not answer as OpenSearch 2 or 3 (HTTP " + root.status + ", version '" + version + "')", null);
            }
            if (os.send("HEAD", "/" + os.index, null).status == 404) {
                os.createIndex();
            }
        } catch (UncheckedIOException e) {
            throw new IndexUnavailableException(null, IndexUnavailableException.Reason.IO, "cannot reach the search"
                    + " cluster at " + urls + ": " + e.getMessage() + " (is it running? check --search-url / "
                    + "SPECLEDGER_SEARCH_URL)", e);
        }
        return os;
    }

    private static IndexUnavailableException bad(String urls, String why) {
        return new IndexUnavailableException(null, IndexUnavailableException.Reason.IO, "bad search URL '" + urls
                + "': " + why + "; use http://HOST:PORT[/INDEX][,http://HOST2:PORT…]", null);
    }

    /** The index name on the cluster. */
    public String indexName() {
        return index;
    }

    private void createIndex() {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode settings = body.putObject("settings");
        // One primary shard: BM25 statistics are then those of the whole corpus, as in the embedded index; a
        // replica on the second node keeps searches answering when one node is down.
        settings.put("number_of_shards", 1);
        settings.put("auto_expand_replicas", "0-1");
        ObjectNode analysisNode = settings.putObject("analysis");
        analysisNode.putObject("tokenizer").putObject("pre").put("type", "standard").put("max_token_length", 8192);
        analysisNode.putObject("filter").putObject("gap").put("type", "stop").putArray("stopwords").add(QueryDsl.GAP);
        ObjectNode pre = analysisNode.putObject("analyzer").putObject("pre");
        pre.put("type", "custom").put("tokenizer", "pre").putArray("filter").add("gap");
        ObjectNode mappings = body.putObject("mappings");
        mappings.put("dynamic", "strict");
        // The token fields are only searched: the original text is kept once, under "raw".
        mappings.putObject("_source").putArray("excludes").addAll(textFieldNames());
        ObjectNode props = mappings.putObject("properties");
        props.putObject("id").put("type", "long");
        props.putObject(PreAnalysis.DATE).put("type", "long");
        for (JsonNode f : textFieldNames()) {
            // position_increment_gap 0: several values of a field follow each other as in a Lucene document.
            props.putObject(f.asText()).put("type", "text").put("analyzer", "pre").put("position_increment_gap", 0);
        }
        for (Dimension d : Dimension.values()) {
            props.putObject(facetField(d)).put("type", "keyword");
        }
        props.putObject("raw").put("type", "object").put("enabled", false);
        Response r = send("PUT", "/" + index, body.toString());
        if (r.status != 200 && !(r.status == 400 && r.body.contains("resource_already_exists"))) {
            throw new IllegalStateException("creating the search index " + index + " failed: HTTP " + r.status + " " + r.body);
        }
    }

    private static ArrayNode textFieldNames() {
        ArrayNode a = JSON.createArrayNode();
        a.add(PreAnalysis.TEXT_EN).add(PreAnalysis.TEXT_ZH);
        for (String f : NAME_FIELDS) {
            a.add(f);
        }
        return a;
    }

    private static String facetField(Dimension d) {
        return "f_" + d.key();
    }

    /** The JSON document the cluster holds for one of ours (tokens, facet values, the original text). */
    ObjectNode toJson(IndexedDocument in) {
        Document d = in.doc();
        ObjectNode o = JSON.createObjectNode();
        o.put("id", d.id());
        String[] text = PreAnalysis.textOf(d);
        o.put(text[0], tokens(text[0], List.of(text[1])));
        Long day = PreAnalysis.epochDay(d.publishedAt());
        if (day != null) {
            o.put(PreAnalysis.DATE, day);
            o.putArray(facetField(Dimension.YEAR)).add(Integer.toString(LocalDate.ofEpochDay(day).getYear()));
        }
        if (d.publisher() != null && !d.publisher().isBlank()) {
            o.put(PreAnalysis.PUBLISHER, tokens(PreAnalysis.PUBLISHER, List.of(d.publisher())));
            o.putArray(facetField(Dimension.PUBLISHER)).add(d.publisher().strip());
        }
        String lang = PreAnalysis.primaryLanguage(d);
        o.put(PreAnalysis.LANG, tokens(PreAnalysis.LANG, List.of(lang)));
        o.putArray(facetField(Dimension.LANG)).add(lang);
        Set<String> models = new LinkedHashSet<>();
        Set<String> orgs = new LinkedHashSet<>();
        Set<String> attributes = new LinkedHashSet<>();
        Set<String> hedges = new LinkedHashSet<>();
        for (Claim c : in.claims()) {
            models.add(c.model());
            String org = in.organizationByModel().get(c.model());
            if (org != null && !org.isBlank()) {
                orgs.add(org.strip());
            }
            attributes.add(c.attribute());
            hedges.add(c.hedge().json());
        }
        names(o, PreAnalysis.MODEL, Dimension.MODEL, models);
        names(o, PreAnalysis.ORG, Dimension.ORG, orgs);
        names(o, PreAnalysis.ATTRIBUTE, Dimension.ATTRIBUTE, attributes);
        names(o, PreAnalysis.HEDGE, Dimension.HEDGE, hedges);
        o.putArray(facetField(Dimension.FLAGGED)).add(Boolean.toString(in.flagged()));
        ObjectNode raw = o.putObject("raw");
        raw.put("url", d.url());
        raw.put("title", d.title());
        raw.put("publisher", d.publisher());
        raw.put("published", d.publishedAt());
        raw.put("language", d.language());
        raw.put("text", d.text());
        return o;
    }

    private void names(ObjectNode o, String field, Dimension dim, Set<String> values) {
        if (values.isEmpty()) {
            return;
        }
        o.put(field, tokens(field, values));
        ArrayNode f = o.putArray(facetField(dim));
        values.forEach(f::add);
    }

    /** The values of a field as one string of encoded tokens and gap fillers (see {@link QueryDsl}). */
    private String tokens(String field, Iterable<String> values) {
        StringBuilder out = new StringBuilder();
        for (String v : values) {
            analysis.analyze(field, v, (term, gap) -> {
                for (int i = 0; i < gap; i++) {
                    out.append(QueryDsl.GAP).append(' ');
                }
                out.append(QueryDsl.encode(term)).append(' ');
            });
        }
        return out.toString();
    }

    @Override
    public void upsert(IndexedDocument d) {
        check(send("PUT", "/" + index + "/_doc/" + d.doc().id() + "?refresh=true", toJson(d).toString()), "indexing");
    }

    @Override
    public void delete(long documentId) {
        Response r = send("DELETE", "/" + index + "/_doc/" + documentId + "?refresh=true", null);
        if (r.status != 404) {
            check(r, "deleting");
        }
    }

    @Override
    public void commit() {
        // Every acknowledged write is in the cluster's translog: durable without a commit of ours.
    }

    @Override
    public long count() {
        Response r = check(send("GET", "/" + index + "/_count", null), "counting");
        return r.json().path("count").asLong();
    }

    @Override
    public void deleteAll() {
        Response r = send("DELETE", "/" + index, null);
        if (r.status != 404) {
            check(r, "deleting the index");
        }
        createIndex();
    }

    @Override
    public BulkLoad bulkLoad() {
        return new BulkLoad() {
            private final StringBuilder pending = new StringBuilder();
            private int docs;
            private boolean closed;

            @Override
            public void add(IndexedDocument d) {
                String line = toJson(d).toString();
                String batch = null;
                synchronized (this) {
                    if (closed) {
                        throw new IllegalStateException("this bulk load is closed");
                    }
                    pending.append("{\"index\":{\"_id\":\"").append(d.doc().id()).append("\"}}\n").append(line).append('\n');
                    if (++docs >= BULK_DOCS) {
                        batch = pending.toString();
                        pending.setLength(0);
                        docs = 0;
                    }
                }
                if (batch != null) {
                    bulk(batch);
                }
            }

            @Override
            public void close() {
                String batch;
                synchronized (this) {
                    if (closed) {
                        return;
                    }
                    closed = true;
                    batch = pending.toString();
                    pending.setLength(0);
                }
                if (!batch.isEmpty()) {
                    bulk(batch);
                }
                check(send("POST", "/" + index + "/_refresh", null), "refreshing");
            }
        };
    }

    private void bulk(String ndjson) {
        Response r = check(send("POST", "/" + index + "/_bulk", ndjson), "bulk indexing");
        JsonNode j = r.json();
        if (j.path("errors").asBoolean()) {
            for (JsonNode item : j.path("items")) {
                JsonNode err = item.path("index").path("error");
                if (!err.isMissingNode()) {
                    throw new IllegalStateException("bulk indexing into " + index + " failed: " + err);
                }
            }
        }
    }

    @Override
    public SearchResult search(SearchRequest r) throws QueryException {
        Query base = analysis.parse(r.query());
        ObjectNode body = JSON.createObjectNode();
        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.putArray("must").add(QueryDsl.translate(base));
        Query dates = PreAnalysis.dateRange(r.from(), r.to());
        if (dates != null) {
            bool.putArray("filter").add(QueryDsl.translate(dates));
        }
        Map<Dimension, List<String>> filters = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> f : r.filters().entrySet()) {
            Dimension dim = Dimension.byKey(f.getKey()).orElseThrow(() -> new QueryException(
                    "There is no filter \"" + f.getKey() + "\". Filters: " + Dimension.keys() + ".", null, 0));
            List<String> values = f.getValue().stream().filter(v -> v != null && !v.isBlank()).toList();
            if (!values.isEmpty()) {
                filters.computeIfAbsent(dim, k -> new ArrayList<>()).addAll(values);
            }
        }
        if (!filters.isEmpty()) {
            body.set("post_filter", filtersExcept(filters, null));
        }
        ObjectNode aggs = body.putObject("aggs");
        for (Dimension d : Dimension.values()) {
            ObjectNode agg = aggs.putObject(d.key());
            agg.set("filter", filtersExcept(filters, d));
            ObjectNode terms = agg.putObject("aggs").putObject("v").putObject("terms");
            terms.put("field", facetField(d));
            terms.put("size", SearchResult.FACET_VALUES);
            ArrayNode order = terms.putArray("order");
            order.addObject().put("_count", "desc");
            order.addObject().put("_key", "asc");
        }
        body.put("from", r.offset());
        body.put("size", r.limit());
        body.put("track_total_hits", true);
        ArrayNode sort = body.putArray("sort");
        if (r.sort() == SearchRequest.Sort.DATE) {
            sort.addObject().putObject(PreAnalysis.DATE).put("order", "desc").put("missing", "_last");
        }
        sort.add("_score");
        sort.addObject().put("id", "asc");
        body.putArray("_source").add("id").add("raw");
        // One preference string for every search: the same shard copy answers each time, so paging through a
        // result never mixes the statistics of two copies (deleted documents are counted until segments merge).
        Response resp = send("POST", "/" + index + "/_search?preference=specledger", body.toString());
        if (resp.status == 400) {
            throw new QueryException("The search cluster cannot run this query: "
                    + resp.json().path("error").path("root_cause").path(0).path("reason").asText("bad request"), r.query(), 0);
        }
        JsonNode j = check(resp, "searching").json();
        long total = j.path("hits").path("total").path("value").asLong();
        List<Document> docs = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        for (JsonNode h : j.path("hits").path("hits")) {
            JsonNode raw = h.path("_source").path("raw");
            // Only what hits and snippets need travels back; the rest of the record is not the index's to keep.
            docs.add(new Document(h.path("_source").path("id").asLong(), raw.path("url").asText(""), null,
                    text(raw, "title"), text(raw, "publisher"), null, text(raw, "published"), null, null, "",
                    text(raw, "language"), raw.path("text").asText(""), ""));
            scores.add(r.sort() == SearchRequest.Sort.DATE || h.path("_score").isNull() ? 0f : (float) h.path("_score").asDouble());
        }
        int highlighted = Math.min(docs.size(), 50);
        List<List<Snippet>> snippets = analysis.snippets(base, docs.subList(0, highlighted));
        List<Hit> hits = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            hits.add(new Hit(d.id(), d.title(), d.url(), d.publisher(), d.publishedAt(), scores.get(i),
                    i < highlighted ? snippets.get(i) : List.of()));
        }
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            List<FacetCount> counts = new ArrayList<>();
            for (JsonNode b : j.path("aggregations").path(d.key()).path("v").path("buckets")) {
                counts.add(new FacetCount(b.path("key").asText(), b.path("doc_count").asLong()));
            }
            facets.put(d.key(), counts);
        }
        return new SearchResult(total, hits, facets);
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.path(field);
        return n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    /** Values of one dimension ORed, dimensions ANDed, leaving out {@code except} (drill-sideways counts). */
    private static ObjectNode filtersExcept(Map<Dimension, List<String>> filters, Dimension except) {
        ObjectNode bool = JSON.createObjectNode();
        ArrayNode all = bool.putObject("bool").putArray("filter");
        for (Map.Entry<Dimension, List<String>> f : filters.entrySet()) {
            if (f.getKey() == except) {
                continue;
            }
            ObjectNode terms = all.addObject().putObject("terms");
            ArrayNode values = terms.putArray(facetField(f.getKey()));
            f.getValue().forEach(values::add);
        }
        return bool;
    }

    /** Deletes the whole index from the cluster (tests; a deployment uses {@link #deleteAll}). */
    public void dropIndex() {
        Response r = send("DELETE", "/" + index, null);
        if (r.status != 404) {
            check(r, "deleting the index");
        }
    }

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "OpenSearchIndex[" + nodes + "/" + index + "]";
    }

    private record Response(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body.isEmpty() ? "{}" : body);
            } catch (IOException e) {
                throw new IllegalStateException("the search cluster answered with something that is not JSON: "
                        + body.substring(0, Math.min(200, body.length())), e);
            }
        }
    }

    private Response check(Response r, String what) {
        if (r.status / 100 != 2) {
            throw new IllegalStateException(what + " on the search cluster (index " + index + ") failed: HTTP "
                    + r.status + " " + r.body.substring(0, Math.min(500, r.body.length())));
        }
        return r;
    }

    /** Sends one request, to the nodes in turn: a node that does not answer is skipped for the next. */
    private Response send(String method, String path, String body) {
        IOException last = null;
        int start = Math.floorMod(next.getAndIncrement(), nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            URI node = nodes.get((start + i) % nodes.size());
            HttpRequest.Builder b = HttpRequest.newBuilder(node.resolve(path)).timeout(REQUEST_TIMEOUT);
            if (auth != null) {
                b.header("Authorization", auth);
            }
            if (body != null) {
                b.header("Content-Type", path.endsWith("_bulk") ? "application/x-ndjson" : "application/json");
            }
            HttpRequest.BodyPublisher pub = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
            b.method(method.toUpperCase(Locale.ROOT), pub);
            try {
                HttpResponse<String> resp = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Response(resp.statusCode(), resp.body() == null ? "" : resp.body());
            } catch (ConnectException | java.net.http.HttpConnectTimeoutException e) {
                last = e;
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while talking to the search cluster", e);
            }
        }
        String why = last == null ? "" : last.getMessage() != null ? last.getMessage()
                : last instanceof ConnectException ? "connection refused" : last.getClass().getSimpleName();
        throw new UncheckedIOException("no node of " + nodes + " answered " + method + " " + path + " (" + why + ")", last);
    }
}
