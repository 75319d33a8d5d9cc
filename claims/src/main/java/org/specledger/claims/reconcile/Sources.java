package org.specledger.claims.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.specledger.claims.Claim;

/**
 * Which documents are one source. Two documents are the same source when they are in one syndication group,
 * when they have one publisher (two articles of Reuters count once; without a publisher name the site's name
 * stands in), or when one names the other's publisher in an attribution line ("Source: Xinhua").
 * A claim whose document is unknown is a source of its own.
 */
final class Sources {
    private final Map<Long, DocInfo> docs = new HashMap<>();
    private final Map<Long, Long> sourceByDoc = new HashMap<>();
    private final Map<Long, Long> groupByDoc;

    Sources(List<DocInfo> docList, Map<Long, Long> groupByDoc) {
        this.groupByDoc = groupByDoc;
        List<DocInfo> ds = docList.stream().sorted(Comparator.comparingLong(DocInfo::id)).toList();
        ds.forEach(d -> docs.put(d.id(), d));
        Partition p = new Partition(ds.size());
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < ds.size(); i++) {
            index.put(ds.get(i).id(), i);
        }
        Map<String, Integer> byPublisher = new HashMap<>();
        Map<String, List<Integer>> anyKey = new HashMap<>();
        for (int i = 0; i < ds.size(); i++) {
            DocInfo d = ds.get(i);
            Integer g = index.get(groupByDoc.getOrDefault(d.id(), d.id()));
            if (g != null) {
                p.union(i, g);
            }
            String own = ownKey(d);
            if (!own.isEmpty()) {
                Integer prev = byPublisher.putIfAbsent(own, i);
                if (prev != null) {
                    p.union(prev, i);
                }
            }
            for (String k : Syndication.publisherKeys(d)) {
                anyKey.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < ds.size(); i++) {
            for (String named : Syndication.attributions(ds.get(i).text())) {
                String k = named.startsWith("http") ? Syndication.siteName(named) : Syndication.publisherKey(named);
                for (int j : anyKey.getOrDefault(k, List.of())) {
                    p.union(i, j);
                }
            }
        }
        Map<Integer, Long> smallest = new HashMap<>();
        for (int i = 0; i < ds.size(); i++) {
            smallest.merge(p.find(i), ds.get(i).id(), Math::min);
        }
        for (int i = 0; i < ds.size(); i++) {
            sourceByDoc.put(ds.get(i).id(), smallest.get(p.find(i)));
        }
    }

    private static String ownKey(DocInfo d) {
        String k = Syndication.publisherKey(d.publisher());
        return k.isEmpty() ? Syndication.siteName(d.url()) : k;
    }

    /** The source a document belongs to, named by its smallest document id. */
    long sourceOf(long docId) {
        return sourceByDoc.getOrDefault(docId, docId);
    }

    boolean independent(Claim a, Claim b) {
        return sourceOf(a.documentId()) != sourceOf(b.documentId());
    }

    int count(Collection<Claim> claims) {
        Set<Long> s = new HashSet<>();
        claims.forEach(c -> s.add(sourceOf(c.documentId())));
        return s.size();
    }

    long groupOf(long docId) {
        return groupByDoc.getOrDefault(docId, docId);
    }

    /** The publisher's name for a reason sentence: as stored, else the site's host, else "document N". */
    String publisher(long docId) {
        DocInfo d = docs.get(docId);
        if (d == null) {
            return "document " + docId;
        }
        if (d.publisher() != null && !d.publisher().isBlank()) {
            return d.publisher().strip();
        }
        String k = Syndication.urlKey(d.url());
        return k.isEmpty() || k.startsWith("file:") ? "document " + docId : k.split("[/?]", 2)[0];
    }

    /** The document's publication date as stored, or null. */
    String publishedAt(long docId) {
        DocInfo d = docs.get(docId);
        return d == null ? null : d.publishedAt();
    }
}
