package org.specledger.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.specledger.claims.Claim;
import org.specledger.index.Dimension;
import org.specledger.index.IndexedDocument;

/** Turns an {@link IndexedDocument} into the Lucene document of the index; the one place that knows the fields. */
final class DocumentMapper {

    /**
     * Title + text: analysed, stored for the highlighter, with offsets in the postings so that highlighting reads
     * them instead of re-analysing the text (smartcn is slow to re-run on every hit).
     */
    private static final FieldType TEXT_TYPE = textType();

    private final FacetsConfig facets;

    DocumentMapper(FacetsConfig facets) {
        this.facets = facets;
    }

    /** The facet configuration shared by writing and searching: which dimensions hold several values. */
    static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        for (Dimension d : new Dimension[] {Dimension.MODEL, Dimension.ORG, Dimension.ATTRIBUTE, Dimension.HEDGE}) {
            c.setMultiValued(d.key(), true);
        }
        return c;
    }

    Document toLucene(IndexedDocument in) {
        org.specledger.claims.Document d = in.doc();
        Document out = new Document();
        out.add(new StringField(Fields.ID, Long.toString(d.id()), Field.Store.YES));
        storeIfPresent(out, Fields.TITLE, d.title());
        storeIfPresent(out, Fields.URL, d.url());
        storeIfPresent(out, Fields.PUBLISHED, d.publishedAt());

        Field text = textField(d);
        out.add(text);
        boolean chinese = text.name().equals(Fields.TEXT_ZH);

        Long day = epochDay(d.publishedAt());
        if (day != null) {
            out.add(new LongPoint(Fields.DATE, day));
            out.add(new NumericDocValuesField(Fields.DATE, day));
            facet(out, Dimension.YEAR, Integer.toString(LocalDate.ofEpochDay(day).getYear()));
        }
        if (d.publisher() != null && !d.publisher().isBlank()) {
            out.add(new TextField(Fields.PUBLISHER, d.publisher(), Field.Store.YES));
            facet(out, Dimension.PUBLISHER, d.publisher().strip());
        }
        String lang = primaryLanguage(d.language(), chinese);
        out.add(new TextField(Fields.LANG, lang, Field.Store.NO));
        facet(out, Dimension.LANG, lang);

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
        addAll(out, Fields.MODEL, Dimension.MODEL, models);
        addAll(out, Fields.ORG, Dimension.ORG, orgs);
        addAll(out, Fields.ATTRIBUTE, Dimension.ATTRIBUTE, attributes);
        addAll(out, Fields.HEDGE, Dimension.HEDGE, hedges);
        facet(out, Dimension.FLAGGED, Boolean.toString(in.flagged()));
        try {
            return facets.build(out);
        } catch (IOException e) {
            // FacetsConfig.build only does I/O for taxonomy facets, which this index does not use.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The searchable title + text of a document: one value, title first, then a blank line (so a snippet's offsets
     * are offsets into this string), in {@code text_zh} or {@code text_en} by {@link #isChinese}.
     */
    static Field textField(org.specledger.claims.Document d) {
        String title = d.title() == null ? "" : d.title();
        String content = title.isBlank() ? d.text() : title + "\n\n" + d.text();
        return new Field(isChinese(d.language(), content) ? Fields.TEXT_ZH : Fields.TEXT_EN, content, TEXT_TYPE);
    }

    /**
     * Chinese analysis for documents tagged zh*, and for untagged ones whose letters are mostly Han characters
     * (imports from local files often have no language).
     */
    static boolean isChinese(String language, String text) {
        if (language != null && !language.isBlank()) {
            return language.strip().toLowerCase(Locale.ROOT).startsWith("zh");
        }
        int han = 0;
        int letters = 0;
        int end = Math.min(text.length(), 2000);
        for (int i = 0; i < end; i++) {
            char ch = text.charAt(i);
            if (Character.isLetter(ch)) {
                letters++;
                if (Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
        }
        return letters > 0 && han * 3 > letters;
    }

    /** "zh-CN" → "zh"; an untagged document gets the language its analysis was chosen for. */
    static String primaryLanguage(String language, boolean chinese) {
        if (language == null || language.isBlank()) {
            return chinese ? "zh" : "und";
        }
        String l = language.strip().toLowerCase(Locale.ROOT);
        int cut = l.indexOf('-') >= 0 ? l.indexOf('-') : l.indexOf('_');
        return cut > 0 ? l.substring(0, cut) : l;
    }

    /** The epoch day of an ISO date or date-time (2026-03-05, 2026-03-05T10:00:00+08:00, 2026-03, 2026). */
    static Long epochDay(String iso) {
        if (iso == null) {
            return null;
        }
        String s = iso.strip();
        try {
            if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
                return LocalDate.parse(s.substring(0, 10)).toEpochDay();
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                return LocalDate.parse(s + "-01").toEpochDay();
            }
            if (s.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(s), 1, 1).toEpochDay();
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    private static void addAll(Document out, String field, Dimension dim, Set<String> values) {
        for (String v : values) {
            out.add(new TextField(field, v, Field.Store.NO));
            facet(out, dim, v);
        }
    }

    private static void facet(Document out, Dimension dim, String value) {
        out.add(new SortedSetDocValuesFacetField(dim.key(), value));
    }

    private static void storeIfPresent(Document out, String field, String value) {
        if (value != null) {
            out.add(new StoredField(field, value));
        }
    }

    private static FieldType textType() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }
}
