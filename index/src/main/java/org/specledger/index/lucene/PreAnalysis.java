package org.specledger.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.specledger.claims.Document;
import org.specledger.index.QueryException;
import org.specledger.index.Snippet;

/**
 * SpecLedger's own analysis and query reading, for a search engine that runs elsewhere (OpenSearch): the text of
 * a document is analysed here, with exactly the chains of the embedded index (English, smartcn, width and hyphen
 * folding; synonyms at query time), and the engine is handed the tokens; the query box is read here into the same
 * Lucene query the embedded index runs, for the engine to execute; and snippets are cut here by the same
 * highlighter. So both engines see the same terms at the same positions, whatever analysis plugins the remote one
 * has.
 */
public final class PreAnalysis {
    /** Field names shared with the embedded index. */
    public static final String TEXT_EN = Fields.TEXT_EN;
    public static final String TEXT_ZH = Fields.TEXT_ZH;
    public static final String MODEL = Fields.MODEL;
    public static final String ORG = Fields.ORG;
    public static final String ATTRIBUTE = Fields.ATTRIBUTE;
    public static final String PUBLISHER = Fields.PUBLISHER;
    public static final String HEDGE = Fields.HEDGE;
    public static final String LANG = Fields.LANG;
    /** The publication date as an epoch day. */
    public static final String DATE = Fields.DATE;

    private final TextAnalysis analysis = new TextAnalysis();
    private final QueryTranslator translator = new QueryTranslator(analysis.query());

    /** Receives the tokens of one value: {@code gap} positions left empty before it (stop words removed). */
    @FunctionalInterface
    public interface TokenSink {
        void token(String term, int gap);
    }

    /** Analyses one value of a field as the embedded index does when writing. */
    public void analyze(String field, String value, TokenSink sink) {
        try (TokenStream ts = analysis.index().tokenStream(field, value)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                sink.token(term.toString(), Math.max(0, inc.getPositionIncrement() - 1));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text field a document's title and text go to, and that text (see the embedded index's mapper). */
    public static String[] textOf(Document d) {
        Field f = DocumentMapper.textField(d);
        return new String[] {f.name(), f.stringValue()};
    }

    /** "zh-CN" → "zh"; an untagged document gets the language its analysis was chosen for. */
    public static String primaryLanguage(Document d) {
        return DocumentMapper.primaryLanguage(d.language(), TEXT_ZH.equals(textOf(d)[0]));
    }

    /** The epoch day of an ISO date, month or year, or null. */
    public static Long epochDay(String iso) {
        return DocumentMapper.epochDay(iso);
    }

    /** The query box as the embedded index reads it (null or blank: every document). */
    public Query parse(String box) throws QueryException {
        return translator.parse(box);
    }

    /** The range of epoch days of from/to request parameters, or null when both are absent. */
    public static Query dateRange(String from, String to) throws QueryException {
        return QueryTranslator.dateRange(from, to);
    }

    /**
     * Snippets of these documents for a query, as the embedded index cuts them: the documents' texts go into a
     * small index in memory and the same highlighter runs over it. Passage scores use that small index's term
     * statistics, so with several equally good passages the choice may differ from the embedded index's.
     */
    public List<List<Snippet>> snippets(Query base, List<Document> docs) {
        if (docs.isEmpty()) {
            return List.of();
        }
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analysis.index()))) {
            for (Document d : docs) {
                org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                doc.add(new StringField(Fields.ID, Long.toString(d.id()), Field.Store.NO));
                doc.add(DocumentMapper.textField(d));
                w.addDocument(doc);
            }
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                int[] ids = new int[docs.size()];
                String[][] texts = new String[docs.size()][];
                for (int i = 0; i < docs.size(); i++) {
                    ids[i] = i;
                    Field f = DocumentMapper.textField(docs.get(i));
                    texts[i] = new String[Fields.TEXT.length];
                    for (int k = 0; k < Fields.TEXT.length; k++) {
                        texts[i][k] = Fields.TEXT[k].equals(f.name()) ? f.stringValue() : null;
                    }
                }
                return new ArrayList<>(SnippetHighlighter.highlight(searcher, analysis.index(), base, ids, texts));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
