package org.specledger.index.lucene;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;

/**
 * Stored fields of recent hits (texts included), kept by segment and document within it. A hit's stored fields
 * are LZ4-compressed in blocks shared with its neighbours, and decompressing them was a seventh of a search's CPU
 * in SearchBench; the hits of the searches people run again and again (the home page, a popular model) are few.
 * A segment's stored fields never change, so what is kept survives the reopens a writer causes (a new reader
 * shares every unchanged segment with the old one): kept per reader, they were read again four times a second
 * under the load bench's writer. A deleted document is never a hit, and a merged-away segment's entries are
 * never asked for again and age out. Bounded by {@value #MAX_CHARS} characters of text, least recently used
 * out first.
 */
final class StoredHits {
    static final int MAX_CHARS = 8 << 20;

    /** A document of one segment: the segment's core cache key and the document's number within it. */
    private record Key(Object core, int doc) {
    }

    private final Map<Key, Document> kept = new LinkedHashMap<>(256, 0.75f, true);
    private long chars;

    /** The kept fields of {@code reader}'s document {@code doc}, or null. */
    Document get(IndexReader reader, int doc) {
        Key k = key(reader, doc);
        if (k == null) {
            return null;
        }
        synchronized (this) {
            return kept.get(k);
        }
    }

    void keep(IndexReader reader, int doc, Document d) {
        Key k = key(reader, doc);
        long n = chars(d);
        if (k == null || n > MAX_CHARS / 16) {
            return; // one huge document would push out many ordinary ones
        }
        synchronized (this) {
            Document old = kept.put(k, d);
            chars += n - (old == null ? 0 : chars(old));
            var it = kept.values().iterator();
            while (chars > MAX_CHARS && it.hasNext()) {
                chars -= chars(it.next());
                it.remove();
            }
        }
    }

    synchronized void clear() {
        kept.clear();
        chars = 0;
    }

    /** The segment key of a top-level document number; null when the segment has no stable core key. */
    private static Key key(IndexReader reader, int doc) {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
        return core == null ? null : new Key(core.getKey(), doc - leaf.docBase);
    }

    private static long chars(Document d) {
        long n = 64;
        for (var f : d.getFields()) {
            String v = f.stringValue();
            n += v == null ? 0 : v.length();
        }
        return n;
    }
}
