package org.specledger.article;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org JSON-LD objects of a page (https://schema.org/Article), read leniently: pages often
 * put raw newlines in strings or leave trailing commas, and one broken block must not hide the others.
 */
final class JsonLd {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();
    /** JSON-LD nests objects; a bound keeps a hostile page from making us walk forever. */
    private static final int MAX_OBJECTS = 5_000;

    private final List<JsonNode> objects;

    private JsonLd(List<JsonNode> objects) {
        this.objects = objects;
    }

    static JsonLd of(Document doc) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String data = script.data().trim();
            if (data.isEmpty()) {
                continue;
            }
            try {
                collect(JSON.readTree(data), found);
            } catch (Exception e) {
                // A malformed block is skipped; the page's other metadata still counts.
            }
        }
        return new JsonLd(found);
    }

    /** Every object in the tree, breadth first, without recursion. */
    private static void collect(JsonNode root, List<JsonNode> out) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty() && out.size() < MAX_OBJECTS) {
            JsonNode n = queue.poll();
            if (n.isObject()) {
                out.add(n);
            }
            if (n.isContainerNode()) {
                n.forEach(queue::add);
            }
        }
    }

    /** The first object typed as an article (NewsArticle, BlogPosting, ReportageNewsArticle …), or null. */
    JsonNode article() {
        for (JsonNode o : objects) {
            for (String t : types(o)) {
                if (t.endsWith("article") || t.equals("blogposting") || t.equals("posting")
                        || t.equals("liveblogposting") || t.equals("report")) {
                    return o;
                }
            }
        }
        return null;
    }

    /** The first value of {@code field} in an article object, then in any object (e.g. a WebPage). */
    String first(String field) {
        JsonNode a = article();
        String v = a == null ? null : text(a.get(field));
        if (v != null) {
            return v;
        }
        for (JsonNode o : objects) {
            v = text(o.get(field));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * Like {@link #first}, but never from an object that describes something else than the page: an image,
     * a person, an organisation, a comment or a review (a photo's datePublished is not the story's).
     */
    String firstOfPage(String field) {
        JsonNode a = article();
        String v = a == null ? null : text(a.get(field));
        if (v != null) {
            return v;
        }
        for (JsonNode o : objects) {
            if (types(o).stream().anyMatch(NOT_THE_PAGE::contains)) {
                continue;
            }
            v = text(o.get(field));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static final java.util.Set<String> NOT_THE_PAGE = java.util.Set.of(
            "imageobject", "person", "organization", "newsmediaorganization", "comment", "review", "offer", "answer");

    private static List<String> types(JsonNode o) {
        List<String> out = new ArrayList<>();
        JsonNode t = o.get("@type");
        if (t == null) {
            return out;
        }
        if (t.isArray()) {
            t.forEach(x -> out.add(x.asText("").toLowerCase(Locale.ROOT)));
        } else {
            out.add(t.asText("").toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** A string, the first string of an array, or the name of an object (authors, publishers). */
    static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode x : n) {
                String s = text(x);
                if (s != null && !parts.contains(s)) {
                    parts.add(s);
                }
            }
            return parts.isEmpty() ? null : String.join(", ", parts);
        }
        if (n.isObject()) {
            return text(n.get("name"));
        }
        String s = n.asText("").trim();
        return s.isEmpty() ? null : s;
    }
}
