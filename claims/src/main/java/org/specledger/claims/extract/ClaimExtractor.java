package org.specledger.claims.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.specledger.claims.Claim;
import org.specledger.claims.models.Mention;
import org.specledger.claims.models.ModelCatalog;
import org.specledger.claims.text.NormalizedText;
import org.specledger.claims.text.Quotes;
import org.specledger.claims.text.Sentence;
import org.specledger.claims.text.Sentences;

/**
 * Text to claims: every spec a document claims about a model, in the shape of SPEC_SCHEMA.md, with the sentence
 * that says it and how its model was decided. Pure: no I/O after the alias lists are loaded; immutable, so one
 * instance serves any number of threads.
 *
 * <p>The pipeline: the text is normalized and split into sentences; a first pass names the models of every
 * sentence and decides the document's subject; then each sentence gets its layers ({@link Annotator}s: chrome,
 * hedge, short names, subject, clauses, quantities, dates, organisations) and the relation {@link Rule}s, one per
 * attribute family, turn the layers into claims.
 */
public final class ClaimExtractor {
    /** The layers, in order: each may read what the ones before it wrote. */
    private static final List<Annotator> ANNOTATORS = List.of(new ChromeAnnotator(), new HedgeAnnotator(),
            new SubjectAnnotator(), new ClauseAnnotator(), SpanAnnotators.ORGANIZATIONS, SpanAnnotators.QUANTITIES,
            SpanAnnotators.DATES);
    /** The relation rules, in order (a benchmark's score is taken before the numbers rule sees it). */
    private static final List<Rule> RULES = List.of(new BenchmarkRule(), new LabelValueRule(), new NumberRule(),
            new ReleaseDateRule(), new AcceleratorRule(), new OpenWeightsRule(), new OrganizationRule());

    private final ModelCatalog catalog;

    private ClaimExtractor(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    /** An extractor over the alias lists shipped in this module (loaded once per JVM). */
    public static ClaimExtractor withDefaults() {
        return new ClaimExtractor(ModelCatalog.defaults());
    }

    /** An extractor over a catalog of your own (tests, other alias lists). */
    public static ClaimExtractor with(ModelCatalog catalog) {
        return new ClaimExtractor(Objects.requireNonNull(catalog, "catalog"));
    }

    public ModelCatalog catalog() {
        return catalog;
    }

    /**
     * The claims of one document's stored text, in text order, each (model, attribute, value) once (its first
     * occurrence). {@code publishedAt} (may be null) resolves relative dates and years left out ("On March 3").
     * Claim offsets point into {@code text} as given. Never throws on bad text; null is taken as empty.
     */
    public List<Claim> extract(String text, LocalDate publishedAt) {
        NormalizedText nt = NormalizedText.of(text);
        List<Sentence> sentences = Sentences.split(nt.text());
        DocumentAnnotation doc = new DocumentAnnotation(nt, sentences, publishedAt, catalog);
        List<List<Mention>> named = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<Mention> ms = ModelAnnotator.named(doc, s.start(), s.end());
            named.add(ms);
            ms.forEach(m -> doc.remember(m.model()));
        }
        doc.subject = SubjectAnnotator.documentSubject(doc, named);
        ClaimSink out = new ClaimSink();
        for (int i = 0; i < sentences.size(); i++) {
            SentenceAnnotation s = new SentenceAnnotation(doc, i);
            s.mentions = ModelAnnotator.withShortNames(doc, s.start, s.end, named.get(i), s.contextual);
            if (TableRule.header(s) || GridRule.header(s)) {
                continue; // a header line names columns, it claims nothing
            }
            for (Annotator a : ANNOTATORS) {
                a.annotate(s);
            }
            if (s.chrome) {
                continue; // page chrome claims nothing
            }
            quote(s);
            if (GridRule.row(s, out)) {
                continue;
            }
            if (s.subject == null && s.mentions.isEmpty()) {
                continue; // no model to hang a claim on
            }
            if (TableRule.row(s, out)) {
                continue;
            }
            for (Rule r : RULES) {
                r.apply(s, out);
            }
        }
        return DocumentChecks.apply(out.claims());
    }

    /** The sentence in the original text, trimmed, as the claims' quote. */
    private static void quote(SentenceAnnotation s) {
        NormalizedText nt = s.doc.normalized;
        int[] span = nt.toOriginalSpan(s.start, s.end);
        int qs = span[0];
        int qe = span[1];
        String orig = nt.original();
        while (qs < qe && Quotes.isSpace(orig.charAt(qs))) {
            qs++;
        }
        while (qe > qs && Quotes.isSpace(orig.charAt(qe - 1))) {
            qe--;
        }
        s.quote = Quotes.normalizeWhitespace(orig.substring(qs, qe));
        s.quoteStart = qs;
        s.quoteEnd = qe;
    }
}
