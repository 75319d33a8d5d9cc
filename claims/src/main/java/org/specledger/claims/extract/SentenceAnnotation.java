package org.specledger.claims.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.specledger.claims.Attribution;
import org.specledger.claims.Hedge;
import org.specledger.claims.Model;
import org.specledger.claims.dates.DateMention;
import org.specledger.claims.models.Mention;
import org.specledger.claims.models.OrganizationMention;
import org.specledger.claims.numbers.Quantity;
import org.specledger.claims.text.CuePattern;
import org.specledger.claims.text.Sentence;

/**
 * One sentence and the spans the annotators put on it: model, organisation and date mentions, quantities,
 * clauses, the stretches a correction takes back, the attribution hedge, and the model the sentence is about.
 * Rules read it; the queries here (which model owns a position, which hedge a clause carries) are the one
 * place those decisions are made. Offsets are absolute, into the document's normalized text.
 */
final class SentenceAnnotation {
    /** A model resolved for a position, with how it was decided. */
    record Owner(Model model, Attribution attribution) {
    }

    final DocumentAnnotation doc;
    final Sentence sentence;
    /** The sentence's index in {@code doc.sentences}. */
    final int index;
    final String t;
    final int start;
    final int end;
    final String lower;

    List<Mention> mentions = List.of();
    /** The mentions that are short names resolved in the document ("R1", "its V3 model"). */
    final java.util.Set<Mention> contextual = new java.util.HashSet<>();
    List<OrganizationMention> organizations = List.of();
    List<Quantity> quantities = List.of();
    /** Quantities a rule has already used (a benchmark's score), which no other rule may take. */
    final java.util.Set<Quantity> usedQuantities = new java.util.HashSet<>();
    List<DateMention> dates = List.of();
    List<int[]> clauses = List.of();
    List<int[]> voids = List.of();
    /** Clause-level cue spans: comparisons and hypotheticals, whose clauses own no claim of the subject. */
    List<int[]> comparisons = List.of();
    Hedge hedge = Hedge.STATED;
    /** The sentence's one model (named, or carried by a pronoun, the paragraph or the document), or null. */
    Model subject;
    Attribution subjectAttribution = Attribution.EXPLICIT;
    /** A line of page chrome (related links, "17h ago", share bars): it claims nothing. */
    boolean chrome;

    // the quote: the sentence in the original text
    String quote;
    int quoteStart;
    int quoteEnd;

    private final Map<Integer, String> lowerClauses = new HashMap<>();
    private final Map<CuePattern, Boolean> cues = new HashMap<>();
    private final Map<Integer, Boolean> speculativeClauses = new HashMap<>();

    SentenceAnnotation(DocumentAnnotation doc, int index) {
        this.doc = doc;
        this.index = index;
        this.sentence = doc.sentences.get(index);
        this.t = doc.text;
        this.start = sentence.start();
        this.end = sentence.end();
        this.lower = t.substring(start, end).toLowerCase(Locale.ROOT);
    }

    String text() {
        return t.substring(start, end);
    }

    /** Whether the sentence holds a cue; computed once a sentence per pattern. */
    boolean has(CuePattern p) {
        return cues.computeIfAbsent(p, k -> k.in(lower));
    }

    String lowerClause(int[] c) {
        return lowerClauses.computeIfAbsent(c[0], k -> t.substring(c[0], c[1]).toLowerCase(Locale.ROOT));
    }

    int[] clauseOf(int pos) {
        for (int[] c : clauses) {
            if (pos >= c[0] && pos < c[1]) {
                return c;
            }
        }
        return new int[] {start, end};
    }

    /** Whether the sentence is a line of its own (a table header or row is). */
    boolean wholeLine() {
        int k = end;
        while (k < t.length() && t.charAt(k) == ' ') {
            k++;
        }
        return k >= t.length() || t.charAt(k) == '\n';
    }

    // ---- which model ----

    /**
     * The model a position belongs to: its clause's one model, else the model a bracket follows ("GLM-4.5 (355B
     * total)"), else — unless the clause is a comparison's — the sentence's one model. Null when unclear.
     */
    Owner ownerAt(int pos) {
        int[] c = clauseOf(pos);
        Model only = null;
        Attribution how = Attribution.EXPLICIT;
        for (Mention m : mentions) {
            if (m.start() >= c[0] && m.end() <= c[1]) {
                if (only != null && !only.name().equals(m.model().name())) {
                    return nearestBefore(pos, c); // two models in one clause: the one the number follows
                }
                only = m.model();
                how = contextual.contains(m) ? Attribution.CONTEXT : Attribution.EXPLICIT;
            }
        }
        if (only != null) {
            return comparedAt(pos, c, only) ? null : new Owner(only, how);
        }
        Model bracketed = bracketOwner(pos);
        if (bracketed != null) {
            return new Owner(bracketed, Attribution.EXPLICIT);
        }
        Model pointed = formerOrLatter(pos);
        if (pointed != null) {
            return new Owner(pointed, Attribution.CONTEXT);
        }
        if (c[0] > start && "(（".indexOf(t.charAt(c[0] - 1)) >= 0 && c[0] - 2 >= start) {
            // "V4-Pro with 1.6 trillion total parameters (49 billion active)": a bracket belongs to what it follows
            int[] outer = clauseOf(c[0] - 2);
            if (outer[0] < c[0] && (outer[0] == start || "(（".indexOf(t.charAt(outer[0] - 1)) < 0)) {
                int anchor = c[0] - 2;
                for (Quantity q : quantities) {
                    if (q.start() >= outer[0] && q.end() <= c[0]) {
                        anchor = q.start(); // the figure the bracket glosses ("1.6 trillion total (49 billion active)")
                    }
                }
                return ownerAt(anchor);
            }
        }
        Model relative = relativeClauseModel(c);
        if (relative != null) {
            return new Owner(relative, Attribution.EXPLICIT);
        }
        if (subject == null && !inComparison(pos)) {
            Model carried = previousClauseModel(c);
            if (carried != null) {
                return new Owner(carried, Attribution.EXPLICIT);
            }
        }
        if (subject == null || inComparison(pos) || otherMakerIn(subjectAttribution == Attribution.SUBJECT ? new int[] {start, end} : c, subject)) {
            return null;
        }
        return new Owner(subject, subjectAttribution);
    }

    /**
     * "其中盘古Ultra MoE参数规模达7180亿，在昇腾集群上完成训练", "Unlike DeepSeek-V3, which used H800s, …": in a sentence
     * naming several models, a clause that names none and follows a comma continues the clause before it, whose
     * one model is its topic. Null when that clause names no model or several, or is a comparison's.
     */
    private Model previousClauseModel(int[] c) {
        if (c[0] <= start || ",，、".indexOf(lastNonSpace(c[0])) < 0) {
            return null;
        }
        int[] before = clauseOf(backToClause(c[0]));
        if (before[0] >= c[0] || inComparison(before[0])) {
            return null;
        }
        Model only = null;
        for (Mention m : mentions) {
            if (m.start() >= before[0] && m.end() <= before[1]) {
                if (only != null && !only.name().equals(m.model().name())) {
                    return null;
                }
                only = m.model();
            }
        }
        if (only == null || comparedAt(before[1] - 1, before, only) || otherMakerIn(c, only)) {
            return null;
        }
        return only;
    }

    /**
     * "Unlike GLM-4.5, which was trained on 3,000 H800 GPUs, …": a clause opened by "which" or "whose" right after
     * a model's name is about that model, whatever the sentence's subject is.
     */
    private Model relativeClauseModel(int[] c) {
        if (c[0] <= start || lastNonSpace(c[0]) != ',') {
            return null;
        }
        String head = t.substring(c[0], Math.min(c[1], c[0] + 8)).stripLeading();
        if (!head.startsWith("which ") && !head.startsWith("whose ")) {
            return null;
        }
        int nameEnd = backToClause(c[0]) + 1;
        for (Mention m : mentions) {
            if (m.end() == nameEnd) {
                return m.model();
            }
        }
        return null;
    }

    /** The last character before position k that is not white space. */
    private char lastNonSpace(int k) {
        for (int i = k - 1; i >= start; i--) {
            if (!Character.isWhitespace(t.charAt(i))) {
                return t.charAt(i);
            }
        }
        return ' ';
    }

    /** A position inside the clause before the one starting at k (before the comma that separates them). */
    private int backToClause(int k) {
        int i = k - 1;
        while (i > start && (Character.isWhitespace(t.charAt(i)) || ",，、".indexOf(t.charAt(i)) >= 0)) {
            i--;
        }
        return i;
    }

    /**
     * "V4-Pro with 1.6 trillion … and V4-Flash with 284 billion": with two models in one clause, the number after
     * a model and before the next one is that model's when a "with/has/at/:" joins them closely.
     */
    private Owner nearestBefore(int pos, int[] c) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.end() <= pos && m.start() >= c[0]) {
                best = m;
            }
        }
        if (best == null || pos - best.end() > 24) {
            return null;
        }
        String between = t.substring(best.end(), pos).toLowerCase(Locale.ROOT);
        if (between.matches("(?: model)?(?: with| has| had| at| features| packs| contains| containing| having|:|：| \\(|\\(|"
                + "有|拥有|为|的)? ?(?:about |around |roughly |approximately |over |nearly |some |just |only )?")) {
            return new Owner(best.model(), Attribution.EXPLICIT);
        }
        return null;
    }

    /** "than GPT-4o", "surpasses Qwen3-32B", "超越DeepSeek": a model met as the thing compared against. */
    private boolean comparedAt(int pos, int[] c, Model m) {
        for (Mention mm : mentions) {
            if (mm.model() == m && mm.start() >= c[0] && mm.end() <= c[1] && mm.end() <= pos) {
                String before = t.substring(Math.max(c[0], mm.start() - 24), mm.start()).toLowerCase(Locale.ROOT);
                if (Cues.COMPARED_BEFORE.in(before)) {
                    // "Qwen3-32B (89.2)" belongs to the model compared: a number right after the name is its own
                    String between = t.substring(mm.end(), pos);
                    return !between.matches(" ?[(（:：]? ?|'s |’s ");
                }
            }
        }
        return false;
    }

    /** "Meta had a model with 405 billion parameters": a clause about another maker is not about the subject. */
    private boolean otherMakerIn(int[] c, Model model) {
        for (OrganizationMention o : organizations) {
            if (o.start() >= c[0] && o.end() <= c[1] && model.organization() != null
                    && !model.organization().equals(o.organization()) && !Cues.HARDWARE_AFTER_ORG.matcher(
                            t.substring(o.end(), Math.min(end, o.end() + 14))).lookingAt()
                    && !clauseNamesModel(o.start())) {
                return true; // (an organisation beside its own model is that model's maker, and the model owns its clause)
            }
        }
        return false;
    }

    /** Whether the position sits in a clause that compares against another model or states a what-if. */
    boolean inComparison(int pos) {
        for (int[] c : comparisons) {
            if (pos >= c[0] && pos < c[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * "前者……，后者……", "the former …, the latter …": the first or second of the two models the previous sentence
     * named, for a position after the word and before any model this sentence names.
     */
    private Model formerOrLatter(int pos) {
        List<Model> previous = doc.previousModels;
        if (previous.size() != 2) {
            return null;
        }
        Matcher m = Cues.FORMER_LATTER.matcher(t).region(start, pos);
        int at = -1;
        boolean latter = false;
        while (m.find()) {
            at = m.start();
            latter = m.group().equals("后者") || m.group().toLowerCase(java.util.Locale.ROOT).endsWith("latter");
        }
        if (at < 0) {
            return null;
        }
        for (Mention x : mentions) {
            if (x.start() > at && x.start() < pos) {
                return null;
            }
        }
        return previous.get(latter ? 1 : 0);
    }

    /** "GLM-4.5 (355B total)": a number in brackets right after a model name is that model's. */
    Model bracketOwner(int pos) {
        int open = -1;
        for (int k = pos - 1; k >= start && k >= pos - 60; k--) {
            char ch = t.charAt(k);
            if (ch == ')' || ch == '）') {
                return null;
            }
            if (ch == '(' || ch == '（') {
                open = k;
                break;
            }
        }
        if (open < 0) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.end() <= open && open - m.end() <= 2) {
                return m.model();
            }
        }
        return null;
    }

    /** Whether the clause holding pos names a model itself. */
    boolean clauseNamesModel(int pos) {
        int[] c = clauseOf(pos);
        for (Mention m : mentions) {
            if (m.start() >= c[0] && m.end() <= c[1]) {
                return true;
            }
        }
        return false;
    }

    boolean insideMention(int a, int b) {
        for (Mention m : mentions) {
            if (m.start() < b && a < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Benchmark names the benchmark rule found ("AIME 25" holds a year, not a score). */
    List<Benchmarks.Hit> benchmarkNames = List.of();

    boolean insideBenchmarkName(Quantity q) {
        for (Benchmarks.Hit b : benchmarkNames) {
            if (b.start() < q.end() && q.start() < b.end()) {
                return true;
            }
        }
        return false;
    }

    /** "[13]": a citation mark is no quantity. */
    boolean insideCitation(Quantity q) {
        return q.start() > start && t.charAt(q.start() - 1) == '[' && q.end() < end && t.charAt(q.end()) == ']';
    }

    boolean insideDate(Quantity q) {
        for (DateMention d : dates) {
            if (d.start() < q.end() && q.start() < d.end()) {
                return true;
            }
        }
        return false;
    }

    boolean voided(int pos) {
        for (int[] v : voids) {
            if (pos >= v[0] && pos < v[1]) {
                return true;
            }
        }
        return false;
    }

    boolean anotherNameBetween(int a, int b) {
        for (Mention m : mentions) {
            if (m.start() >= a && m.end() <= b) {
                return true;
            }
        }
        for (OrganizationMention o : organizations) {
            if (o.start() >= a && o.end() <= b) {
                return true;
            }
        }
        return false;
    }

    // ---- hedges and negation ----

    /**
     * The hedge of a claim at a position: the sentence's attribution (reported, rumoured), made speculative by
     * a modal in the claim's own clause or by a leading conditional clause ("If true, …").
     */
    Hedge hedgeAt(int pos) {
        int[] c = clauseOf(pos);
        boolean spec = speculativeClauses.computeIfAbsent(c[0], k -> org.specledger.claims.hedges.Hedges.speculative(lowerClause(c)));
        if (!spec && !clauses.isEmpty() && clauses.get(0)[1] <= pos) {
            String first = t.substring(clauses.get(0)[0], clauses.get(0)[1]).strip().toLowerCase(Locale.ROOT);
            spec = (first.startsWith("if ") || first.startsWith("如果") || first.startsWith("若"))
                    && org.specledger.claims.hedges.Hedges.speculative(first);
        }
        return spec ? weaker(hedge, Hedge.SPECULATIVE) : hedge;
    }

    /** Whether a negation governs the cue at absolute offset pos: just before it, in its clause. */
    boolean negatedAt(int pos) {
        int[] c = clauseOf(pos);
        int from = Math.max(c[0], pos - 32);
        if (from >= pos) {
            return false;
        }
        String before = t.substring(from, pos);
        int stop = Math.max(before.lastIndexOf(':'), Math.max(before.lastIndexOf('：'), before.lastIndexOf('—')));
        if (stop >= 0) {
            before = before.substring(stop + 1); // "is not open-weight: it is offered only through an API"
        }
        if (Cues.NEGATION_ZH.matcher(before).find()) {
            return true;
        }
        Matcher n = Cues.NEGATION.matcher(before);
        return n.find() && !Cues.NOT_ONLY.matcher(before.substring(n.start())).lookingAt();
    }

    static Hedge weaker(Hedge a, Hedge b) {
        if (b == null) {
            return a;
        }
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
