package org.specledger.claims.reconcile;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups republished and lightly rewritten copies of one article, so that a story syndicated to ten sites counts
 * as one source. Two documents fall in one group (union-find, so the relation is transitive) when
 * <ul>
 *   <li>their main texts are near duplicates: estimated Jaccard similarity of word 5-shingles (character
 *       5-shingles for CJK text) at least {@link #NEAR_DUPLICATE} (0.5), found with MinHash and LSH banding;</li>
 *   <li>their URLs or canonical links point at the same page (scheme, "www.", fragment, trailing slash and
 *       utm_* parameters ignored);</li>
 *   <li>one names the other in an attribution line — "Originally published by/in/at …", "Original source: …",
 *       "Source: …", "来源：…", "转载自…" — by URL, or by publisher when the two texts still share at least
 *       {@link #ATTRIBUTED_OVERLAP} (0.2) of their shingles (a rewrite keeps less text than a copy, but the line
 *       vouches for it).</li>
 * </ul>
 * Texts with fewer than {@link #MIN_SHINGLES} shingles are matched by links and attribution only.
 */
public final class Syndication {
    /** Estimated Jaccard similarity from which two texts are copies of one another. */
    public static final double NEAR_DUPLICATE = 0.5;
    /** Similarity enough for a text that names the other's publisher as its source. */
    public static final double ATTRIBUTED_OVERLAP = 0.2;
    /** Shingles a text needs before its similarity counts: shorter texts share phrases by chance. */
    public static final int MIN_SHINGLES = 10;

    /** LSH banding: 64 bands of 2 rows make pairs at J = 0.5 candidates with probability 1 − 0.75^64 ≈ 1. */
    private static final int ROWS = 2;

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?im)(?:originally\\s+(?:published|appeared|posted)\\s+(?:by|in|on|at)"
                    + "|^\\s*(?:original\\s+source|source|via|republished\\s+from|来源|原文来源|转载自|本文转自|原载)"
                    + "\\s*[:：])\\s*([^\\n]{1,200})");
    private static final Pattern URL_IN = Pattern.compile("https?://[^\\s)\\]>\"'，。]+");

    private Syndication() {
    }

    /** Each document's group: document id → the smallest document id of its group. Deterministic. */
    public static Map<Long, Long> groups(List<DocInfo> docs) {
        List<DocInfo> ds = docs.stream().sorted(Comparator.comparingLong(DocInfo::id)).toList();
        int n = ds.size();
        Partition p = new Partition(n);
        List<long[]> sigs = new ArrayList<>(n);
        boolean[] longEnough = new boolean[n];
        for (int i = 0; i < n; i++) {
            var sh = MinHash.shingles(ds.get(i).text());
            longEnough[i] = sh.size() >= MIN_SHINGLES;
            sigs.add(MinHash.signature(sh));
        }
        nearDuplicates(sigs, longEnough, p);
        sameLinks(ds, p);
        attributions(ds, sigs, longEnough, p);
        Map<Long, Long> out = new TreeMap<>();
        Map<Integer, Long> smallest = new HashMap<>();
        for (int i = 0; i < n; i++) {
            smallest.merge(p.find(i), ds.get(i).id(), Math::min);
        }
        for (int i = 0; i < n; i++) {
            out.put(ds.get(i).id(), smallest.get(p.find(i)));
        }
        return out;
    }

    /** The estimated Jaccard similarity of two texts' shingle sets (0 when either is empty). */
    public static double similarity(String a, String b) {
        var sa = MinHash.shingles(a);
        var sb = MinHash.shingles(b);
        if (sa.isEmpty() || sb.isEmpty()) {
            return 0;
        }
        return MinHash.similarity(MinHash.signature(sa), MinHash.signature(sb));
    }

    /** What attribution lines of a text name: URLs as written, else the publisher as written. */
    public static List<String> attributions(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = ATTRIBUTION.matcher(text == null ? "" : text);
        while (m.find()) {
            String named = m.group(1).strip();
            Matcher u = URL_IN.matcher(named);
            if (u.find()) {
                out.add(u.group().replaceAll("[.,;]+$", ""));
                continue;
            }
            // The name ends at the sentence: "Originally published by Caixin. Edited for length."
            // and before a date: "Originally published by The Inference Ledger on July 13, 2026."
            String name = named.split("(?<=\\p{L})[.;。；](?:\\s|$)|[,，(（]|\\s+(?:on|at)\\s+", 2)[0].strip();
            name = name.replaceAll("[.;。；]+$", "").strip();
            if (!name.isEmpty() && name.length() <= 80) {
                out.add(name);
            }
        }
        return List.copyOf(out);
    }

    private static void nearDuplicates(List<long[]> sigs, boolean[] longEnough, Partition p) {
        Map<BandKey, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < sigs.size(); i++) {
            if (!longEnough[i]) {
                continue;
            }
            long[] s = sigs.get(i);
            for (int b = 0; b < MinHash.HASHES / ROWS; b++) {
                buckets.computeIfAbsent(new BandKey(b, s[b * ROWS], s[b * ROWS + 1]), k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> tried = new java.util.HashSet<>();
        for (List<Integer> bucket : buckets.values()) {
            if (bucket.size() > MAX_BUCKET) {
                // A band value shared by this many documents is boilerplate (a site's standard paragraph), not a
                // sign of copying; true copies also meet in their other bands. Skipping it keeps the pairing
                // near-linear instead of quadratic on corpora full of shared text.
                continue;
            }
            for (int x = 0; x < bucket.size(); x++) {
                for (int y = x + 1; y < bucket.size(); y++) {
                    int i = bucket.get(x);
                    int j = bucket.get(y);
                    // Multiplying by an odd constant is a bijection on 64 bits: the key stays unique, and its hash no
                    // longer collapses to i ^ j as Long.hashCode of (i << 32 | j) would.
                    if (tried.add((((long) i << 32) | j) * 0x9E3779B97F4A7C15L)
                            && MinHash.similarity(sigs.get(i), sigs.get(j)) >= NEAR_DUPLICATE) {
                        p.union(i, j);
                    }
                }
            }
        }
    }

    /** Largest LSH bucket whose members are compared pairwise (see {@link #nearDuplicates}). */
    static final int MAX_BUCKET = 64;

    private record BandKey(int band, long a, long b) {
    }

    private static void sameLinks(List<DocInfo> ds, Partition p) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < ds.size(); i++) {
            for (String u : new String[] {ds.get(i).url(), ds.get(i).canonicalUrl()}) {
                String k = urlKey(u);
                if (k.isEmpty()) {
                    continue;
                }
                Integer prev = first.putIfAbsent(k, i);
                if (prev != null) {
                    p.union(prev, i);
                }
            }
        }
    }

    private static void attributions(List<DocInfo> ds, List<long[]> sigs, boolean[] longEnough, Partition p) {
        Map<String, Integer> byUrl = new HashMap<>();
        Map<String, List<Integer>> byPublisher = new HashMap<>();
        for (int i = 0; i < ds.size(); i++) {
            DocInfo d = ds.get(i);
            for (String u : new String[] {d.url(), d.canonicalUrl()}) {
                String k = urlKey(u);
                if (!k.isEmpty()) {
                    byUrl.putIfAbsent(k, i);
                }
            }
            for (String k : publisherKeys(d)) {
                byPublisher.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < ds.size(); i++) {
            for (String named : attributions(ds.get(i).text())) {
                Integer viaUrl = named.startsWith("http") ? byUrl.get(urlKey(named)) : null;
                if (viaUrl != null) {
                    p.union(i, viaUrl);
                    continue;
                }
                int best = -1;
                double bestSim = ATTRIBUTED_OVERLAP;
                for (int j : byPublisher.getOrDefault(publisherKey(named), List.of())) {
                    if (j == i || !longEnough[i] || !longEnough[j]) {
                        continue;
                    }
                    double s = MinHash.similarity(sigs.get(i), sigs.get(j));
                    if (s >= bestSim && (best < 0 || s > bestSim)) {
                        best = j;
                        bestSim = s;
                    }
                }
                if (best >= 0) {
                    p.union(i, best);
                }
            }
        }
    }

    /** A comparable form of a URL: host without "www.", no fragment, no tracking parameters, no trailing slash. */
    static String urlKey(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        try {
            URI u = new URI(url.strip());
            if (u.getHost() == null) {
                return url.strip();
            }
            String host = u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            String path = u.getRawPath() == null ? "" : u.getRawPath().replaceAll("/+$", "");
            String query = u.getRawQuery() == null ? "" : String.join("&", java.util.Arrays.stream(u.getRawQuery()
                    .split("&")).filter(q -> !q.toLowerCase(Locale.ROOT).matches("(utm_[a-z]+|fbclid|gclid|spm)=.*"))
                    .sorted().toList());
            return host + path + (query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return url.strip();
        }
    }

    /** The keys a document's publisher is known by: its name and its site's name ("reuters" from www.reuters.com). */
    static Set<String> publisherKeys(DocInfo d) {
        Set<String> keys = new LinkedHashSet<>();
        String own = publisherKey(d.publisher());
        if (!own.isEmpty()) {
            keys.add(own);
        }
        String site = siteName(d.url());
        if (!site.isEmpty()) {
            keys.add(site);
        }
        return keys;
    }

    /** A publisher name reduced for comparison: "The Reuters" and "reuters" alike. */
    static String publisherKey(String name) {
        if (name == null) {
            return "";
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        n = n.replaceFirst("^the\\s+", "");
        return n.replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** The second-level label of a URL's host ("reuters" for https://www.reuters.com/x), or "". */
    static String siteName(String url) {
        String k = urlKey(url);
        if (k.isEmpty() || k.startsWith("file:")) {
            return "";
        }
        String host = k.split("[/?]", 2)[0];
        String[] labels = host.split("\\.");
        if (labels.length < 2) {
            return "";
        }
        // "scmp.com" → scmp; "news.cn" → news; "caixinglobal.com.cn" style hosts → the label before com/co/org.
        int i = labels.length - 2;
        if (i > 0 && labels[i].matches("com|co|org|net|gov|edu|ac")) {
            i--;
        }
        return labels[i];
    }
}
