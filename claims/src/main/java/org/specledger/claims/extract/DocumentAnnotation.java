package org.specledger.claims.extract;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.specledger.claims.Hedge;
import org.specledger.claims.Model;
import org.specledger.claims.models.ModelCatalog;
import org.specledger.claims.text.NormalizedText;
import org.specledger.claims.text.Sentence;

/**
 * The document-wide layer: the normalized text, its sentences, the document's subject model, and the context
 * carried from sentence to sentence (the paragraph's models, the last model talked about, an open attribution
 * frame, the table being read). Annotators write it; rules read it through {@link SentenceAnnotation}.
 */
final class DocumentAnnotation {
    final NormalizedText normalized;
    final String text;
    final List<Sentence> sentences;
    final LocalDate publishedAt;
    /**
     * The year that completes a date written without one ("On June 30"): the publication year, else the year of the
     * latest full date the story itself gives; null when neither is known.
     */
    final Integer contextYear;
    final ModelCatalog catalog;

    /** The model the report is about, from its headline and lead; null when none is clear. */
    Model subject;
    /** Models named anywhere in the document, by canonical name, in order of first mention. */
    final Set<String> named = new LinkedHashSet<>();
    final java.util.Map<String, Model> namedModels = new java.util.HashMap<>();
    /** Organisations named anywhere in the document, by canonical name (short names resolve among their models). */
    final Set<String> organizations = new java.util.HashSet<>();

    int paragraph = -1;
    Set<String> paragraphModels = new LinkedHashSet<>();
    Model paragraphModel;
    /** The hedge of a paragraph-opening attribution frame, for the next sentence only. */
    Hedge frame;
    boolean frameLive;
    /** The columns of the table being read, or null. */
    List<Tables.Column> table;
    /** The pipe table or score grid being read, or null. */
    GridRule.Grid grid;
    /** The model the previous sentence with one was about, for "It …" sentences. */
    Model lastSubject;
    /** The last sentence with models named several: a pronoun after it is ambiguous. */
    boolean lastAmbiguous;

    DocumentAnnotation(NormalizedText normalized, List<Sentence> sentences, LocalDate publishedAt, ModelCatalog catalog) {
        this.normalized = normalized;
        this.text = normalized.text();
        this.sentences = sentences;
        this.publishedAt = publishedAt;
        this.contextYear = publishedAt != null ? Integer.valueOf(publishedAt.getYear()) : storyYear(normalized.text());
        this.catalog = catalog;
        catalog.findOrganizations(text, 0, text.length()).forEach(o -> organizations.add(o.organization()));
    }

    private static Integer storyYear(String text) {
        LocalDate latest = null;
        for (org.specledger.claims.dates.DateMention d : org.specledger.claims.dates.Dates.find(text, 0, text.length(), null, null)) {
            if (!d.yearInferred() && !"year".equals(d.date().precision()) && (latest == null || d.date().date().isAfter(latest))) {
                latest = d.date().date();
            }
        }
        return latest == null ? null : latest.getYear();
    }

    void remember(Model m) {
        if (named.add(m.name())) {
            namedModels.put(m.name(), m);
        }
    }
}
