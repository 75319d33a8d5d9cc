package org.specledger.index.lucene;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analyzers of the index, for writing and for querying.
 *
 * <p>Why two text fields rather than one: Chinese needs word segmentation (smartcn) and English needs stemming
 * and stop words, and neither chain is good at the other language (smartcn stems English with Porter but keeps
 * no English stop words; StandardTokenizer cuts Chinese into single characters). So a document's title and text
 * go into {@code text_zh} or {@code text_en} according to its language, and every query word is looked up in
 * both fields, each analysed its own way. A document is in one field only, so an AND of words is an AND within
 * one document's text whichever field it is in.
 *
 * <p>All chains share the same char filters, so that spelling variants never make a search miss:
 * full-width letters and digits are folded to ASCII ({@link CJKWidthCharFilter}: ＤｅｅｐＳｅｅｋ → DeepSeek), the
 * Unicode hyphens and dashes U+2010–U+2015, U+2212, U+FE58, U+FE63 become '-', and a Latin letter followed by a
 * digit is split ("glm4.5" → "glm 4.5"), so "GLM 4.5", "GLM-4.5", "GLM‑4.5" and "glm4.5" all give the tokens
 * [glm, 4.5]. These are plain char filters (no ICU dependency) and they keep offsets, so highlights land on the
 * original characters.
 *
 * <p>Synonyms (the bilingual list in {@code synonyms.txt}) are applied at query time only: the list can change
 * without a reindex, and each entry is parsed with the chain of the field it is matched against, so "Ascend"
 * becomes [ascend] or the phrase [昇 腾] in whichever segmentation that field uses.
 */
final class TextAnalysis {

    private static final String SYNONYMS = "synonyms.txt";
    private static final NormalizeCharMap HYPHENS = hyphens();
    private static final Pattern LETTER_DIGIT = Pattern.compile("([A-Za-z])([0-9])");

    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;

    private enum Kind { ENGLISH, CHINESE, NAME }

    TextAnalysis() {
        Map<String, Analyzer> index = new HashMap<>();
        Map<String, Analyzer> query = new HashMap<>();
        Analyzer english = new Chain(Kind.ENGLISH, null);
        Analyzer chinese = new Chain(Kind.CHINESE, null);
        Analyzer name = new Chain(Kind.NAME, null);
        index.put(Fields.TEXT_EN, english);
        index.put(Fields.TEXT_ZH, chinese);
        query.put(Fields.TEXT_EN, new Chain(Kind.ENGLISH, synonyms(english)));
        query.put(Fields.TEXT_ZH, new Chain(Kind.CHINESE, synonyms(chinese)));
        Analyzer nameQuery = new Chain(Kind.NAME, synonyms(name));
        for (String f : new String[] {Fields.MODEL, Fields.ORG, Fields.ATTRIBUTE, Fields.PUBLISHER, Fields.HEDGE,
                Fields.LANG}) {
            index.put(f, name);
            query.put(f, nameQuery);
        }
        indexAnalyzer = new PerFieldAnalyzerWrapper(english, index);
        queryAnalyzer = new PerFieldAnalyzerWrapper(english, query);
    }

    /** The per-field analyzer for writing documents (and for the highlighter). */
    Analyzer index() {
        return indexAnalyzer;
    }

    /** The per-field analyzer for query words: as for writing, plus synonyms. */
    Analyzer query() {
        return queryAnalyzer;
    }

    /** The shared char filters: width, hyphens, letter–digit split (see the class comment). */
    static Reader normalizeChars(Reader in) {
        Reader r = new CJKWidthCharFilter(in);
        r = new MappingCharFilter(HYPHENS, r);
        return new PatternReplaceCharFilter(LETTER_DIGIT, "$1 $2", r);
    }

    private static NormalizeCharMap hyphens() {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        for (char c = '\u2010'; c <= '\u2015'; c++) {
            b.add(String.valueOf(c), "-");
        }
        b.add("\u2212", "-"); // minus sign
        b.add("\uFE58", "-"); // small em dash
        b.add("\uFE63", "-"); // small hyphen-minus
        return b.build();
    }

    private static SynonymMap synonyms(Analyzer chain) {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, chain);
        try (InputStream in = TextAnalysis.class.getResourceAsStream(SYNONYMS)) {
            if (in == null) {
                throw new IllegalStateException(SYNONYMS + " is missing from the classpath (index module resources)");
            }
            parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("bad entry in " + SYNONYMS + ": " + e.getMessage(), e);
        }
    }

    /** One analysis chain; with a synonym map it is the query-time variant. */
    private static final class Chain extends Analyzer {
        private final Kind kind;
        private final SynonymMap synonyms;

        Chain(Kind kind, SynonymMap synonyms) {
            this.kind = kind;
            this.synonyms = synonyms;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return normalizeChars(reader);
        }

        @Override
        protected Reader initReaderForNormalization(String fieldName, Reader reader) {
            return normalizeChars(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source;
            TokenStream ts;
            switch (kind) {
                case ENGLISH -> {
                    // EnglishAnalyzer's chain, with our char filters in front.
                    source = new StandardTokenizer();
                    ts = new EnglishPossessiveFilter(source);
                    ts = new LowerCaseFilter(ts);
                    ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                    ts = new PorterStemFilter(ts);
                }
                case CHINESE -> {
                    // SmartChineseAnalyzer's chain (its stop set is punctuation), lower-casing made explicit.
                    source = new HMMChineseTokenizer();
                    ts = new LowerCaseFilter(source);
                    ts = new StopFilter(ts, SmartChineseAnalyzer.getDefaultStopSet());
                    ts = new PorterStemFilter(ts);
                }
                default -> {
                    // Names (models, organisations, publishers, attribute keys): no stemming or stop words.
                    source = new StandardTokenizer();
                    ts = new LowerCaseFilter(source);
                }
            }
            if (synonyms != null) {
                ts = new SynonymGraphFilter(ts, synonyms, true);
            }
            return new TokenStreamComponents(source, ts);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
