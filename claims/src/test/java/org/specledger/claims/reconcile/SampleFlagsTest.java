package org.specledger.claims.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.specledger.claims.Attributes;
import org.specledger.claims.Claim;
import org.specledger.claims.Flag;
import org.specledger.claims.Hedge;
import org.specledger.claims.ValueKind;
import org.specledger.claims.reference.ReferenceData;

/**
 * The sample corpus (../samples) was written to contain exactly the flags its gold.json lists. Reconciling the
 * gold claims must raise those flags — kind, model and attribute — and no others, and must group the documents
 * the gold lists as syndicated. Skipped when the samples are absent.
 */
class SampleFlagsTest {
    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Pattern CANONICAL = Pattern.compile("<link[^>]+rel=\"canonical\"[^>]+href=\"([^\"]+)\"");

    @Test
    void theGoldClaimsRaiseExactlyTheGoldFlags() throws IOException {
        Path gold = SAMPLES.resolve("gold.json");
        Assumptions.assumeTrue(Files.isRegularFile(gold), "no " + gold.toAbsolutePath() + ": samples not present");
        JsonNode root = new ObjectMapper().readTree(gold.toFile());
        List<DocInfo> docs = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<String> files = new ArrayList<>();
        long claimId = 0;
        for (JsonNode d : root.get("documents")) {
            long docId = docs.size() + 1;
            String file = d.get("file").asText();
            files.add(file);
            String html = Files.readString(SAMPLES.resolve(file), StandardCharsets.UTF_8);
            Matcher m = CANONICAL.matcher(html);
            docs.add(new DocInfo(docId, "file:samples/" + file, m.find() ? m.group(1) : null,
                    text(d, "publisher"), text(d, "publishedAt"), mainText(html)));
            for (JsonNode c : d.get("claims")) {
                claims.add(claim(c).withIds(++claimId, docId));
            }
        }
        ReconcileResult r = new Reconciler(ReferenceData.load()).reconcile(docs, claims);
        r.flags().forEach(f -> System.out.println("[sample flag] " + f.kind().json() + " | " + f.model() + " | "
                + f.attribute() + " | " + f.reason()));

        Set<String> expected = new TreeSet<>();
        root.get("flags").forEach(f -> expected.add(f.get("kind").asText() + " | " + f.get("model").asText() + " | "
                + f.get("attribute").asText()));
        Set<String> actual = new TreeSet<>();
        for (Flag f : r.flags()) {
            actual.add(f.kind().json() + " | " + f.model() + " | " + f.attribute());
        }
        assertThat(actual).isEqualTo(expected);

        for (JsonNode group : root.path("syndication")) {
            Set<Long> ids = new TreeSet<>();
            group.forEach(f -> ids.add(r.syndicationGroupByDocument().get((long) files.indexOf(f.asText()) + 1)));
            assertThat(ids).as("one syndication group for %s", group).hasSize(1);
        }
    }

    private static Claim claim(JsonNode c) {
        String attribute = c.get("attribute").asText();
        ValueKind kind = Attributes.kindOf(attribute);
        JsonNode v = c.get("value");
        String quote = c.get("quote").asText();
        Hedge hedge = Hedge.parse(c.get("hedge").asText());
        if (kind == ValueKind.NUMBER) {
            return Claim.number(c.get("model").asText(), attribute, number(v), number(c.get("low")),
                    number(c.get("high")), text(c, "unitText"), quote, 0, 0, hedge);
        }
        return Claim.textual(c.get("model").asText(), attribute, kind, v == null || v.isNull() ? null : v.asText(),
                text(c, "precision"), text(c, "unitText"), quote, 0, 0, hedge);
    }

    private static Double number(JsonNode n) {
        return n == null || n.isNull() ? null : n.asDouble();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The body's text with tags dropped and block ends as line breaks; good enough for shingles and source lines. */
    private static String mainText(String html) {
        String body = html.replaceAll("(?is)<(script|style|head)[^>]*>.*?</\\1>", " ");
        body = body.replaceAll("(?i)</(p|h[1-6]|li|div)>|<br\\s*/?>", "\n").replaceAll("<[^>]+>", "");
        return body.replace("&amp;", "&").replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'");
    }
}
