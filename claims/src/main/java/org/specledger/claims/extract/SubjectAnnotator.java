package org.specledger.claims.extract;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.specledger.claims.Attribution;
import org.specledger.claims.Model;
import org.specledger.claims.models.Mention;
import org.specledger.claims.text.NormalizedText;
import org.specledger.claims.text.Sentence;

/**
 * Which model a sentence is about, and the document's subject. A sentence led by a pronoun ("It", "The model",
 * 该模型) is about the model the previous sentence was about; a sentence that names one model is about it; one
 * that names none is about its paragraph's one model, else about the document's subject (the model of the
 * headline, else the model the lead names most).
 */
final class SubjectAnnotator implements Annotator {
    /** How far into the text the lead reaches when the headline names no model. */
    private static final int LEAD_CHARS = 700;

    /** The first model a separately kept headline names (a reference model never), or null. */
    static Model headlineSubject(DocumentAnnotation doc, String headline) {
        if (headline == null || headline.isBlank()) {
            return null;
        }
        String h = NormalizedText.of(headline.length() > 300 ? headline.substring(0, 300) : headline).text();
        for (Mention m : doc.catalog.findModels(h, 0, h.length())) {
            if (!Scope.isReference(m.model().name())) {
                doc.remember(m.model());
                return m.model();
            }
        }
        return null;
    }

    /** The document's subject from the first-pass mentions of each sentence (index-aligned with doc.sentences). */
    static Model documentSubject(DocumentAnnotation doc, List<List<Mention>> mentions) {
        if (doc.sentences.isEmpty()) {
            return null;
        }
        Sentence first = doc.sentences.get(0);
        List<Mention> headline = mentions.get(0);
        boolean isHeadline = first.paragraph() == 0 && lineEnds(doc.text, first.end());
        for (Mention m : isHeadline ? headline : List.<Mention>of()) {
            if (!Scope.isReference(m.model().name())) {
                return m.model();
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Model> models = new LinkedHashMap<>();
        for (int i = 0; i < doc.sentences.size() && doc.sentences.get(i).start() < LEAD_CHARS; i++) {
            for (Mention m : mentions.get(i)) {
                if (Scope.isReference(m.model().name())) {
                    continue;
                }
                counts.merge(m.model().name(), 1, Integer::sum);
                models.putIfAbsent(m.model().name(), m.model());
            }
        }
        String best = null;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
                tie = false;
            } else if (e.getValue().equals(counts.get(best))) {
                tie = true;
            }
        }
        return best == null || tie ? null : models.get(best); // two models as often: no subject is clear
    }

    /** "relative to DeepSeek-V2", "than Qwen3-32B": a model met as what the sentence compares against. */
    static boolean compared(SentenceAnnotation s, Mention m) {
        String before = s.t.substring(Math.max(s.start, m.start() - 24), m.start()).toLowerCase(java.util.Locale.ROOT);
        return Cues.COMPARED_BEFORE.in(before);
    }

    private static boolean lineEnds(String t, int end) {
        int k = end;
        while (k < t.length() && t.charAt(k) == ' ') {
            k++;
        }
        return k >= t.length() || t.charAt(k) == '\n';
    }

    @Override
    public void annotate(SentenceAnnotation s) {
        DocumentAnnotation doc = s.doc;
        if (s.sentence.paragraph() != doc.paragraph) {
            doc.paragraph = s.sentence.paragraph();
            doc.paragraphModels = new LinkedHashSet<>();
            doc.paragraphModel = null;
        }
        // a reference model (GPT-4, Llama …) owns its clause but is never what a sentence is about
        Set<String> names = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>(); // compared models too: after two, "the model" is ambiguous
        Mention first = null;
        for (Mention m : s.mentions) {
            if (!Scope.isReference(m.model().name())) {
                all.add(m.model().name());
            }
            if (!Scope.isReference(m.model().name()) && !compared(s, m)) {
                names.add(m.model().name());
                first = first == null ? m : first;
            }
        }
        int lead = leadIn(s);
        boolean pronoun = Cues.LEADING_ANAPHOR.matcher(s.t).region(s.start + lead, s.end).lookingAt()
                && (first == null || first.start() > s.start + lead + 12);
        boolean anaphorLed = pronoun && doc.lastSubject != null;
        Model subject = null;
        Attribution how = Attribution.EXPLICIT;
        if (anaphorLed) {
            // "It is a 1-trillion-parameter model, … the same split as the Kimi K2 it grew out of": the pronoun
            // carries the previous sentence's model; a model named later only owns its own clause
            subject = doc.lastSubject;
            how = Attribution.CONTEXT;
        } else if (names.size() == 1) {
            subject = first.model();
            how = s.contextual.contains(first) ? Attribution.CONTEXT : Attribution.EXPLICIT;
        } else if (names.isEmpty() && doc.paragraphModels.size() == 1) {
            subject = doc.paragraphModel;
            how = Attribution.CONTEXT;
        } else if (names.isEmpty() && doc.subject != null && !(pronoun && doc.lastAmbiguous)) {
            subject = doc.subject;
            how = Attribution.SUBJECT;
        }
        if (all.size() > 1) {
            doc.lastSubject = null;
            doc.lastAmbiguous = true; // "The model …" after a sentence naming two refers to neither
        } else if (subject != null && how != Attribution.SUBJECT) {
            doc.lastSubject = subject;
            doc.lastAmbiguous = false;
        } else if (names.size() > 1) {
            doc.lastSubject = null;
            doc.lastAmbiguous = true; // "The model …" after a sentence naming two refers to neither
        }
        for (Mention m : s.mentions) {
            if (!Scope.isReference(m.model().name()) && doc.paragraphModels.add(m.model().name())) {
                doc.paragraphModel = m.model();
            }
        }
        s.subject = subject;
        s.subjectAttribution = how;
    }

    /**
     * The length of a short opening that comes before the sentence's own subject ("据悉，", "此外，", "In addition, ",
     * "However, "): up to a comma within the first twelve characters, else 0.
     */
    private static int leadIn(SentenceAnnotation s) {
        for (int k = s.start; k < Math.min(s.end, s.start + 12); k++) {
            char c = s.t.charAt(k);
            if (c == '，' || c == ',') {
                int j = k + 1;
                while (j < s.end && s.t.charAt(j) == ' ') {
                    j++;
                }
                return j - s.start;
            }
        }
        return 0;
    }
}
