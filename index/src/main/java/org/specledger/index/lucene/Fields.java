package org.specledger.index.lucene;

import java.util.Locale;
import java.util.Map;

/** Names of the Lucene fields and of the query-box fields that map onto them. */
final class Fields {
    /** Document id as a string term: the key of updateDocument/deleteDocuments (stored too). */
    static final String ID = "id";
    static final String TITLE = "title";
    static final String URL = "url";
    static final String PUBLISHED = "published";
    /** Publication date as an epoch day: a LongPoint for ranges and doc values for sorting. */
    static final String DATE = "date";
    /** Title + text of documents not in Chinese, English analysis; stored for highlighting. */
    static final String TEXT_EN = "text_en";
    /** Title + text of Chinese documents, smartcn analysis; stored for highlighting. */
    static final String TEXT_ZH = "text_zh";
    /** Claim and metadata fields, analysed as names (see TextAnalysis). */
    static final String MODEL = "model";
    static final String ORG = "org";
    static final String ATTRIBUTE = "attribute";
    static final String PUBLISHER = "publisher";
    static final String HEDGE = "hedge";
    static final String LANG = "lang";

    /** The full-text fields every plain word is searched in. */
    static final String[] TEXT = {TEXT_EN, TEXT_ZH};

    /** Query-box field name (lower-cased) → Lucene field. */
    private static final Map<String, String> QUERY_FIELDS = Map.ofEntries(
            Map.entry("model", MODEL),
            Map.entry("org", ORG),
            Map.entry("organisation", ORG),
            Map.entry("organization", ORG),
            Map.entry("attribute", ATTRIBUTE),
            Map.entry("publisher", PUBLISHER),
            Map.entry("hedge", HEDGE),
            Map.entry("lang", LANG),
            Map.entry("language", LANG),
            Map.entry("date", DATE),
            Map.entry(TEXT_EN, TEXT_EN),
            Map.entry(TEXT_ZH, TEXT_ZH));

    /** The field names a user may type, for messages. */
    static final String QUERY_FIELD_NAMES = "model:, org:, attribute:, publisher:, hedge:, lang:, date:";

    private Fields() {
    }

    /** The Lucene field for a query-box field name, or null when there is none. */
    static String forQueryField(String name) {
        return QUERY_FIELDS.get(name.toLowerCase(Locale.ROOT));
    }
}
