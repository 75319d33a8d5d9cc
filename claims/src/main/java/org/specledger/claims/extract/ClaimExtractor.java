package org.specledger.claims.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.specledger.claims.Attributes;
import org.specledger.claims.Claim;
import org.specledger.claims.Hedge;
import org.specledger.claims.Model;
import org.specledger.claims.ValueKind;
import org.specledger.claims.dates.DateMention;
import org.specledger.claims.dates.Dates;
import org.specledger.claims.hedges.Hedges;
import org.specledger.claims.models.Mention;
import org.specledger.claims.models.ModelCatalog;
import org.specledger.claims.models.OrganizationMention;
import org.specledger.claims.numbers.Quantity;
import org.specledger.claims.numbers.QuantityScanner;
import org.specledger.claims.numbers.Unit;
import org.specledger.claims.text.NormalizedText;
import org.specledger.claims.text.Quotes;
import org.specledger.claims.text.Sentence;
import org.specledger.claims.text.Sentences;

/**
 * Text to claims: every spec a document claims about a model, in the shape of SPEC_SCHEMA.md, with the
 * sentence that says it. Pure: no I/O after the alias lists are loaded; immutable, so one instance serves any
 * number of threads.
 *
 * <p>How a number finds its model: a sentence is cut into clauses (at commas, semicolons, brackets, "while",
 * "whereas", "but"). A number belongs to the one model its clause names, else to the one model its sentence
 * names; when the sentence names several and its clause none, to none (a guess would be a false claim).
 * A sentence that names no model refers to the paragraph's model when the paragraph has named exactly one.
 */
public final class ClaimExtractor {
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
        return new ClaimExtractor(java.util.Objects.requireNonNull(catalog, "catalog"));
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
        String t = nt.text();
        List<Claim> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Doc doc = new Doc();
        for (Sentence s : Sentences.split(t)) {
            new SentenceWork(nt, s, publishedAt, doc, out, seen).run();
        }
        return out;
    }

    /** A number waiting for the rest of its sentence before it is claimed. */
    private record Pending(Model model, String attribute, Quantity q, double factor) {
    }

    /** Context carried from sentence to sentence. */
    private static final class Doc {
        int paragraph = -1;
        Set<String> paragraphModels = new LinkedHashSet<>();
        Model paragraphModel;
        Hedge frame;        // hedge of a paragraph-opening attribution frame, for the next sentence only
        boolean frameLive;
        List<Tables.Column> table; // the columns of the table being read, or null
        Model lastSubject;  // the model the previous sentence with one was about, for "It …" sentences
    }

    private final class SentenceWork {
        final NormalizedText nt;
        final String t;
        final Sentence s;
        final LocalDate published;
        final Doc doc;
        final List<Claim> out;
        final Set<String> seen;
        List<Mention> mentions;
        List<int[]> clauses;
        Hedge hedge;
        List<int[]> voids = List.of();
        String quote;
        int qs;
        int qe;
        Model subject; // the sentence's one model, or null
        String lowerSentence;
        final java.util.Map<Integer, String> lowerClauses = new java.util.HashMap<>();
        final java.util.Map<java.util.regex.Pattern, Boolean> sentenceCues = new java.util.HashMap<>();

        /** Whether the sentence holds a cue; computed once a sentence per pattern. */
        boolean sentenceHas(java.util.regex.Pattern p) {
            return sentenceCues.computeIfAbsent(p, k -> k.matcher(lowerSentence).find());
        }

        String lowerClause(int[] c) {
            return lowerClauses.computeIfAbsent(c[0], k -> t.substring(c[0], c[1]).toLowerCase(Locale.ROOT));
        }

        SentenceWork(NormalizedText nt, Sentence s, LocalDate published, Doc doc, List<Claim> out, Set<String> seen) {
            this.nt = nt;
            this.t = nt.text();
            this.s = s;
            this.published = published;
            this.doc = doc;
            this.out = out;
            this.seen = seen;
        }

        void run() {
            if (s.paragraph() != doc.paragraph) {
                doc.paragraph = s.paragraph();
                doc.paragraphModels = new LinkedHashSet<>();
                doc.paragraphModel = null;
            }
            String st = t.substring(s.start(), s.end());
            if (s.firstInParagraph() || doc.table != null) {
                List<Tables.Column> header = wholeLine() ? Tables.header(t, s.start(), s.end()) : null;
                if (header != null) {
                    doc.table = header;
                    return; // a header line names columns, it claims nothing
                }
            }
            hedge = Hedges.attribution(st);
            if (doc.frameLive && Hedges.continuesFrame(st)) {
                hedge = weaker(hedge, doc.frame);
            }
            doc.frameLive = false;
            if (s.firstInParagraph() && Hedges.opensFrame(st) && Hedges.of(st) != Hedge.STATED) {
                doc.frame = Hedges.of(st);
                doc.frameLive = true;
            }
            mentions = familyMentionsDropped(catalog.findModels(t, s.start(), s.end()));
            Set<String> names = new LinkedHashSet<>();
            for (Mention m : mentions) {
                names.add(m.model().name());
            }
            boolean anaphorLed = doc.lastSubject != null && Cues.LEADING_ANAPHOR.matcher(st).lookingAt()
                    && (mentions.isEmpty() || mentions.get(0).start() > s.start() + 12);
            if (anaphorLed) {
                // "It is a 1-trillion-parameter model, … the same split as the Kimi K2 it grew out of": the
                // pronoun carries the previous sentence's model; a model named later only owns its own clause
                subject = doc.lastSubject;
            } else if (names.size() == 1) {
                subject = mentions.get(0).model();
            } else if (names.isEmpty() && doc.paragraphModels.size() == 1) {
                subject = doc.paragraphModel;
            }
            if (subject != null) {
                doc.lastSubject = subject;
            } else if (names.size() > 1) {
                doc.lastSubject = null;
            }
            for (Mention m : mentions) {
                if (doc.paragraphModels.add(m.model().name())) {
                    doc.paragraphModel = m.model();
                }
            }
            if (subject == null && names.size() < 2) {
                return; // no model to hang a claim on
            }
            int[] span = nt.toOriginalSpan(s.start(), s.end());
            qs = span[0];
            qe = span[1];
            String orig = nt.original();
            while (qs < qe && Quotes.isSpace(orig.charAt(qs))) {
                qs++;
            }
            while (qe > qs && Quotes.isSpace(orig.charAt(qe - 1))) {
                qe--;
            }
            quote = Quotes.normalizeWhitespace(orig.substring(qs, qe));
            lowerSentence = st.toLowerCase(Locale.ROOT);
            if (doc.table != null) {
                if (tableRow()) {
                    return;
                }
                doc.table = null; // the first line that is no row ends the table
            }
            clauses = clauses(s.start(), s.end());
            voids = voids(st);
            List<DateMention> dates = Dates.find(t, s.start(), s.end(), published);
            numbers(dates);
            releaseDates(dates);
            accelerators();
            openWeights();
            organizations();
        }

        /**
         * The stretches of the sentence a correction takes back: before a refutation ("…230亿，有误", "the
         * report is wrong") back to the last colon or semicolon, and from "earlier reports …" up to the semicolon
         * that gives the new figure. Absolute offsets, {start, end} pairs.
         */
        List<int[]> voids(String st) {
            if (!Cues.any(lowerSentence, Cues.CORRECTION_GATE)) {
                return List.of();
            }
            List<int[]> out = new ArrayList<>();
            Matcher r = Cues.REFUTED.matcher(st);
            while (r.find()) {
                int a = r.start();
                while (a > 0 && ";；:：".indexOf(st.charAt(a - 1)) < 0) {
                    a--;
                }
                out.add(new int[] {s.start() + a, s.start() + r.start()});
            }
            Matcher p = Cues.SUPERSEDED.matcher(st);
            if (p.find()) {
                int e = p.end();
                while (e < st.length() && ";；".indexOf(st.charAt(e)) < 0) {
                    e++;
                }
                if (e < st.length() - 2) {
                    out.add(new int[] {s.start() + p.start(), s.start() + e});
                }
            }
            return out;
        }

        boolean voided(int pos) {
            for (int[] v : voids) {
                if (pos >= v[0] && pos < v[1]) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the sentence is a line of its own (a table header or row is). */
        boolean wholeLine() {
            int k = s.end();
            while (k < t.length() && t.charAt(k) == ' ') {
                k++;
            }
            return k >= t.length() || t.charAt(k) == '\n';
        }

        /** A row of the current table: a model name at the start, then one cell per column. True when claimed. */
        boolean tableRow() {
            if (mentions.isEmpty() || mentions.get(0).start() != s.start() || !wholeLine()) {
                return false;
            }
            Mention m = mentions.get(0);
            List<Tables.Cell> cells = Tables.row(t, m.end(), s.end(), doc.table);
            if (cells == null) {
                return false;
            }
            for (Tables.Cell c : cells) {
                int[] u = nt.toOriginalSpan(c.start(), c.end());
                String unitText = Quotes.normalizeWhitespace(nt.original().substring(u[0], u[1]));
                add(Claim.number(m.model().name(), c.attribute(), c.value(), null, null, unitText, quote, qs, qe, hedge),
                        c.attribute() + "|" + m.model().name() + "|" + round(c.value()) + "|-|-");
            }
            return true;
        }

        /** "the flagship of its Qwen3 family": beside another model, a family named as such is no model. */
        List<Mention> familyMentionsDropped(List<Mention> ms) {
            if (ms.size() < 2) {
                return ms;
            }
            List<Mention> kept = new ArrayList<>();
            for (Mention m : ms) {
                String after = t.substring(m.end(), Math.min(s.end(), m.end() + 8)).toLowerCase(Locale.ROOT);
                if (!(after.startsWith(" family") || after.startsWith(" series") || after.startsWith("系列")
                        || after.startsWith(" line"))) {
                    kept.add(m);
                }
            }
            Set<String> names = new HashSet<>();
            kept.forEach(m -> names.add(m.model().name()));
            return names.isEmpty() ? ms : kept;
        }

        /**
         * The hedge of a claim at a position: the sentence's attribution (reported, rumoured), made speculative by
         * a modal in the claim's own clause or by a leading conditional clause ("If true, …").
         */
        Hedge hedgeAt(int pos) {
            int[] c = clauseOf(pos);
            boolean spec = Hedges.speculative(lowerClause(c));
            if (!spec && !clauses.isEmpty() && clauses.get(0)[1] <= pos) {
                String first = t.substring(clauses.get(0)[0], clauses.get(0)[1]).strip().toLowerCase(Locale.ROOT);
                spec = (first.startsWith("if ") || first.startsWith("如果") || first.startsWith("若")) && Hedges.speculative(first);
            }
            return spec ? weaker(hedge, Hedge.SPECULATIVE) : hedge;
        }

        // ---- which model ----

        /** The model a position belongs to: its clause's one model, else the sentence's one model, else null. */
        Model modelAt(int pos) {
            int[] c = clauseOf(pos);
            Model only = null;
            for (Mention m : mentions) {
                if (m.start() >= c[0] && m.end() <= c[1]) {
                    if (only != null && !only.name().equals(m.model().name())) {
                        return null; // two models in one clause: not clear which
                    }
                    only = m.model();
                }
            }
            if (only != null) {
                return only;
            }
            Model bracketed = bracketOwner(pos);
            if (bracketed != null) {
                return bracketed;
            }
            return subject;
        }

        /** "GLM-4.5 (355B total)": a number in brackets right after a model name is that model's. */
        Model bracketOwner(int pos) {
            int open = -1;
            for (int k = pos - 1; k >= s.start() && k >= pos - 60; k--) {
                char c = t.charAt(k);
                if (c == ')') {
                    return null;
                }
                if (c == '(') {
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

        int[] clauseOf(int pos) {
            for (int[] c : clauses) {
                if (pos >= c[0] && pos < c[1]) {
                    return c;
                }
            }
            return new int[] {s.start(), s.end()};
        }

        List<int[]> clauses(int from, int to) {
            List<int[]> cs = new ArrayList<>();
            int a = from;
            for (int i = from; i < to; i++) {
                char c = t.charAt(i);
                boolean cut = false;
                int skip = 1;
                if ((c == ',' || c == ';') && !(i > from && i + 1 < to && Character.isDigit(t.charAt(i - 1))
                        && Character.isDigit(t.charAt(i + 1)))) {
                    cut = true;
                } else if (c == '(' || c == ')' || c == '、' || c == '；') {
                    cut = true;
                } else if (c == ' ') {
                    for (String w : new String[] {" while ", " whereas ", " but ", " compared with ", " versus "}) {
                        if (t.startsWith(w, i)) {
                            cut = true;
                            skip = 1;
                            break;
                        }
                    }
                }
                if (cut) {
                    if (i > a) {
                        cs.add(new int[] {a, i});
                    }
                    a = i + skip;
                }
            }
            if (to > a) {
                cs.add(new int[] {a, to});
            }
            return cs;
        }

        // ---- numbers ----

        void numbers(List<DateMention> dates) {
            List<Quantity> qs = QuantityScanner.scan(t, s.start(), s.end());
            List<Benchmarks.Hit> benches = Cues.any(lowerSentence, Benchmarks.GATE)
                    ? Benchmarks.find(t, s.start(), s.end()) : List.of();
            Set<Quantity> usedByBenchmark = benchmarks(qs, benches, dates);
            String prevAttribute = null;
            Quantity taken = null;
            String takenAttribute = null;
            List<Pending> nearly = new ArrayList<>();
            Set<String> emitted = new HashSet<>();
            for (int k = 0; k < qs.size(); k++) {
                Quantity q = qs.get(k);
                String inherited = prevAttribute;
                prevAttribute = null;
                if (usedByBenchmark.contains(q) || insideMention(q.start(), q.end()) || insideDate(dates, q)
                        || insideChipName(q)) {
                    continue;
                }
                int prevEnd = k > 0 ? qs.get(k - 1).end() : s.start();
                int nextStart = k + 1 < qs.size() ? qs.get(k + 1).start() : s.end();
                int[] c = clauseOf(q.start());
                String left = t.substring(Math.max(Math.max(c[0], prevEnd), q.start() - 40), q.start()).toLowerCase(Locale.ROOT);
                String right = t.substring(q.end(), Math.min(Math.min(c[1], nextStart), q.end() + 40)).toLowerCase(Locale.ROOT);
                if (isBaseline(left, right, k + 1 < qs.size() ? qs.get(k + 1) : null, q)) {
                    continue;
                }
                String attribute = attributeOf(q, left, right, lowerClause(c));
                if (attribute == null && inherited != null && k > 0
                        && continuesList(qs.get(k - 1), q, inherited)) {
                    attribute = inherited; // "32K和256K", "671B parameters, and Kimi K2 has 1T"
                }
                if (voided(q.start())) {
                    if (attribute != null) {
                        taken = q;
                        takenAttribute = attribute;
                    }
                    continue; // a figure the sentence takes back
                }
                if (attribute == null && taken != null && q.scaled() && q.value() > taken.value() / 10
                        && q.value() < taken.value() * 10) {
                    attribute = takenAttribute; // "put it at 15 trillion tokens; the filing gives 23 trillion"
                }
                if (attribute == null) {
                    continue;
                }
                if (attribute.equals(Attributes.TRAINING_TOKENS) && Cues.PART_BEFORE.matcher(left).find()) {
                    continue; // "7 trillion tokens, including about 1.5 trillion tokens of synthetic data"
                }
                prevAttribute = attribute;
                Model m = modelAt(q.start());
                if (m == null) {
                    continue;
                }
                double factor = 1;
                if (attribute.equals(Attributes.CONTEXT_LENGTH) && isKiloByLetter(q)) {
                    factor = 1.024; // "128K" context windows are binary: 131,072 tokens (Qwen3, GLM-4.5 model cards)
                }
                if (q.approximate() && q.low() == null && q.high() != null) {
                    nearly.add(new Pending(m, attribute, q, factor));
                    continue;
                }
                emitted.add(m.name() + "|" + attribute);
                emitNumber(m, attribute, q, factor);
            }
            // "准万亿参数的……模型，参数规模为7180亿": a "nearly" figure rounds the exact one beside it
            for (Pending n : nearly) {
                if (!emitted.contains(n.model().name() + "|" + n.attribute())) {
                    emitNumber(n.model(), n.attribute(), n.q(), n.factor());
                }
            }
        }

        /**
         * "Ascend 910B accelerators" is no count of 910 billion: a number right after a chip brand is part of the
         * chip's name (a letter-led name such as H800 never starts a quantity). A look behind, not a regex scan,
         * because it runs for every number.
         */
        boolean insideChipName(Quantity q) {
            int k = q.start();
            if (k > s.start() && t.charAt(k - 1) == ' ') {
                k--;
            }
            String before = t.substring(Math.max(s.start(), k - 8), k);
            return before.endsWith("Ascend") || before.endsWith("昇腾") || before.endsWith("MLU")
                    || before.endsWith("Atlas") || before.endsWith("Kunlun");
        }

        /**
         * Whether q continues a list the previous number started: joined by a conjunction ("32K和256K",
         * "128K or 256K"), or, for parameter counts, a parallel clause ("…671B parameters, and Kimi K2 has 1T").
         */
        boolean continuesList(Quantity prev, Quantity q, String attribute) {
            if (prev.end() > q.start()) {
                return false;
            }
            String between = t.substring(prev.end(), q.start()).toLowerCase(Locale.ROOT);
            if (between.matches(",? ?(?:and|or|和|或|与|及|/|、|to) ?") && prev.unit() == q.unit()) {
                return !attribute.equals(Attributes.TRAINING_ACCELERATORS);
            }
            boolean params = attribute.equals(Attributes.TOTAL_PARAMETERS) || attribute.equals(Attributes.ACTIVE_PARAMETERS);
            return params && q.scaled() && q.value() >= 1e8 && q.value() <= 1e14 && between.length() <= 40
                    && between.matches(",? (?:and|while|whereas) [^,;]{1,30} (?:has|have|is at|at|with) ");
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

        boolean insideDate(List<DateMention> dates, Quantity q) {
            for (DateMention d : dates) {
                if (d.start() < q.end() && q.start() < d.end()) {
                    return true;
                }
            }
            return false;
        }

        /** "from the usual 96 GB to 72 GB", "up from 64K", "than 128 GB": a number said to compare against. */
        boolean isBaseline(String left, String right, Quantity next, Quantity q) {
            if (Cues.BASELINE_BEFORE.matcher(left).find()) {
                return true;
            }
            return next != null && next.unit() == q.unit() && Cues.TO_AFTER.matcher(right).find()
                    && left.contains("from");
        }

        String attributeOf(Quantity q, String left, String right, String lc) {
            switch (q.unit()) {
                case CURRENCY, TIMES, PERCENT:
                    return null;
                case FLOP:
                    return Attributes.TRAINING_COMPUTE;
                case GPU_HOURS:
                    return Attributes.TRAINING_GPU_HOURS;
                case BYTES:
                    return sentenceHas(Cues.MEMORY) && !Cues.SALES.matcher(lc).find()
                            ? Attributes.MEMORY_PER_ACCELERATOR : null;
                case SECONDS:
                    if (sentenceHas(Cues.TRAINING_STRICT)) {
                        return Attributes.TRAINING_DURATION;
                    }
                    return left.matches("(?s).*(?:took|for|in|over|lasted|耗时|用时) ?$") && sentenceHas(Cues.TRAINING)
                            && sentenceHas(Cues.HARDWARE_RUN) ? Attributes.TRAINING_DURATION : null;
                case ACCELERATORS:
                    if (Cues.SALES.matcher(lc).find() || q.value() < 2
                            || (Character.isLetter(t.charAt(q.start())) && (q.value() < 100 || q.low() != null))) {
                        // in words, only an exact count large enough for training ("about ten thousand of those
                        // cards"), not "eight cards" (a serving node) nor "thousands of accelerators" (vague)
                        return null;
                    }
                    if (sentenceHas(Cues.INFERENCE_ONLY) && !sentenceHas(Cues.TRAINING_STRICT)) {
                        return null;
                    }
                    return sentenceHas(Cues.TRAINING) ? Attributes.TRAINING_ACCELERATORS : null;
                case TOKENS:
                    if (Cues.FREE_QUOTA.matcher(lc).find()) {
                        return Attributes.API_FREE_QUOTA;
                    }
                    if (Cues.CONTEXT_AFTER.matcher(right).find() || Cues.CONTEXT_BEFORE.matcher(left).find()
                            || (Cues.CONTEXT_ANY.matcher(lc).find() && q.value() <= 1e7)) {
                        return Attributes.CONTEXT_LENGTH;
                    }
                    return q.value() >= 1e10 ? Attributes.TRAINING_TOKENS : null;
                default:
                    break;
            }
            // PARAMETERS or a bare number
            if (Cues.CONTEXT_AFTER.matcher(right).find() || Cues.CONTEXT_BEFORE.matcher(left).find()) {
                return q.value() >= 1000 && q.value() <= 1e8 ? Attributes.CONTEXT_LENGTH : null;
            }
            if (q.yearLike() || (!q.scaled() && q.unit() != Unit.PARAMETERS)) {
                return null;
            }
            if (q.value() < 1e8 || q.value() > 1e15) {
                return null;
            }
            String near = left.substring(Math.max(0, left.length() - 25)) + " # " + right.substring(0, Math.min(right.length(), 25));
            if (Cues.ACTIVE.matcher(near).find()) {
                return Attributes.ACTIVE_PARAMETERS;
            }
            if (q.unit() == Unit.PARAMETERS || Cues.PARAMETERS.matcher(near).find()) {
                if (right.matches("(?s)^[ -]?tokens?.*") || Cues.COMPONENT.matcher(right).find()) {
                    return null; // "a 5B-parameter vision encoder" is a part, not the model
                }
                return Attributes.TOTAL_PARAMETERS;
            }
            return null;
        }

        /**
         * Pairs each benchmark name with the nearest plain score: first within its clause ("scores 88.5 on MMLU"),
         * then, for names still unpaired, within the sentence ("On SWE-bench Verified, GLM-4.5 scores 64.2").
         * Returns the numbers used.
         */
        Set<Quantity> benchmarks(List<Quantity> qs, List<Benchmarks.Hit> benches, List<DateMention> dates) {
            Set<Quantity> used = new HashSet<>();
            Set<Benchmarks.Hit> paired = new HashSet<>();
            for (int pass = 0; pass < 2; pass++) {
                for (Benchmarks.Hit b : benches) {
                    if (paired.contains(b)) {
                        continue;
                    }
                    int[] c = pass == 0 ? clauseOf(b.start()) : new int[] {s.start(), s.end()};
                    int reach = pass == 0 ? 35 : 90;
                    Quantity best = null;
                    int bestDist = Integer.MAX_VALUE;
                    for (Quantity q : qs) {
                        if (used.contains(q) || q.start() < c[0] || q.end() > c[1] || q.scaled() || q.yearLike()
                                || insideDate(dates, q) || (q.unit() != Unit.NONE && q.unit() != Unit.PERCENT)) {
                            continue;
                        }
                        int dist = q.start() >= b.end() ? q.start() - b.end() : b.start() - q.end();
                        if (dist > reach || otherBenchmarkBetween(benches, b, q)) {
                            continue;
                        }
                        boolean elo = b.attribute().endsWith("arena-elo");
                        if ((elo && (q.value() < 300 || q.value() > 4000)) || (!elo && (q.value() <= 0 || q.value() > 100))) {
                            continue;
                        }
                        if (dist < bestDist) {
                            best = q;
                            bestDist = dist;
                        }
                    }
                    if (best != null) {
                        used.add(best);
                        paired.add(b);
                        Model m = modelAt(best.start());
                        if (m != null && !voided(best.start())) {
                            emitNumber(m, b.attribute(), best, 1);
                        }
                    }
                }
            }
            possessiveScores(qs, benches, dates, used);
            return used;
        }

        /**
         * "It also posted 38.7 on LiveCodeBench, slightly ahead of DeepSeek-V3's 37.6": in a sentence about one
         * benchmark, a score right after a model's possessive is that model's score on it.
         */
        void possessiveScores(List<Quantity> qs, List<Benchmarks.Hit> benches, List<DateMention> dates, Set<Quantity> used) {
            if (benches.size() != 1 || (lowerSentence.indexOf('\'') < 0 && lowerSentence.indexOf('’') < 0)) {
                return;
            }
            Benchmarks.Hit b = benches.get(0);
            for (Quantity q : qs) {
                if (used.contains(q) || q.scaled() || q.yearLike() || insideDate(dates, q) || q.value() <= 0
                        || q.value() > 100 || (q.unit() != Unit.NONE && q.unit() != Unit.PERCENT)) {
                    continue;
                }
                for (Mention m : mentions) {
                    String between = m.end() <= q.start() ? t.substring(m.end(), Math.min(q.start(), s.end())) : ""; // a mention overlapping the number threw (fuzzing: "1-Qwen3-235B-A22B02,048'MMLU")
                    if (m.end() <= q.start() && (between.equals("'s ") || between.equals("’s "))) {
                        used.add(q);
                        emitNumber(m.model(), b.attribute(), q, 1);
                        break;
                    }
                }
            }
        }

        boolean otherBenchmarkBetween(List<Benchmarks.Hit> benches, Benchmarks.Hit b, Quantity q) {
            int lo = Math.min(b.end(), q.end());
            int hi = Math.max(b.start(), q.start());
            for (Benchmarks.Hit o : benches) {
                if (o != b && o.start() >= lo && o.end() <= hi) {
                    return true;
                }
            }
            return false;
        }

        boolean isKiloByLetter(Quantity q) {
            int k = q.start();
            while (k < q.end() && (Character.isDigit(t.charAt(k)) || t.charAt(k) == '.')) {
                k++;
            }
            return k < q.end() && (t.charAt(k) == 'K' || t.charAt(k) == 'k');
        }

        void emitNumber(Model m, String attribute, Quantity q, double factor) {
            int[] u = nt.toOriginalSpan(q.start(), q.end());
            String unitText = Quotes.normalizeWhitespace(nt.original().substring(u[0], u[1]));
            Double v = q.value() * factor;
            Double lo = q.low() == null ? null : q.low() * factor;
            Double hi = q.high() == null ? null : q.high() * factor;
            if (attribute.equals(Attributes.CONTEXT_LENGTH) && lo == null && hi != null && hi.equals(v)) {
                hi = null; // "a window of up to 256K tokens": a window is its maximum, so this is its size
            }
            Claim c = Claim.number(m.name(), attribute, v, lo, hi, unitText, quote, qs, qe, hedgeAt(q.start()));
            add(c, attribute + "|" + m.name() + "|" + round(v) + "|" + round(lo) + "|" + round(hi));
        }

        void emitText(Model m, String attribute, ValueKind kind, String value, String precision, String unitText,
                      int pos) {
            Claim c = Claim.textual(m.name(), attribute, kind, value, precision, unitText, quote, qs, qe, hedgeAt(pos));
            add(c, attribute + "|" + m.name() + "|" + value.toLowerCase(Locale.ROOT));
        }

        void add(Claim c, String key) {
            if (seen.add(key)) {
                out.add(c);
            }
        }

        // ---- dates ----

        void releaseDates(List<DateMention> dates) {
            if (dates.isEmpty()) {
                return;
            }
            boolean releaseWord = Cues.RELEASE.matcher(t).region(s.start(), s.end()).find();
            for (DateMention d : dates) {
                int[] c = clauseOf(d.start());
                if (!releaseWord && !Cues.RELEASE_ARRIVAL.matcher(t).region(c[0], d.start()).find()) {
                    continue;
                }
                if (voided(d.start())) {
                    continue;
                }
                Model m = modelAt(d.start());
                if (m == null) {
                    m = subject;
                }
                if (m == null) {
                    continue;
                }
                // a date after publication is kept as written (never moved a year back): the temporal flag
                // of the reconciler is the place that says it cannot be a past release
                int[] u = nt.toOriginalSpan(d.start(), d.end());
                emitText(m, Attributes.RELEASE_DATE, ValueKind.DATE, d.date().iso(), d.date().precision(),
                        Quotes.normalizeWhitespace(nt.original().substring(u[0], u[1])), d.start());
                return; // one release date a sentence: the first date is the event's
            }
        }

        // ---- accelerators ----

        void accelerators() {
            String st = t.substring(s.start(), s.end());
            if (!Cues.any(lowerSentence, Cues.CHIP_GATE) || !sentenceHas(Cues.TRAINING)) {
                return;
            }
            if (sentenceHas(Cues.INFERENCE_ONLY) && !sentenceHas(Cues.TRAINING_STRICT)) {
                return;
            }
            Matcher m = Cues.CHIP.matcher(t).region(s.start(), s.end());
            while (m.find()) {
                String name = chipName(m);
                int[] c = clauseOf(m.start());
                if (name == null || Cues.SALES.matcher(t.substring(c[0], c[1])).find()) {
                    continue;
                }
                Model mm = modelAt(m.start());
                if (mm != null) {
                    emitText(mm, Attributes.ACCELERATOR_MODEL, ValueKind.TEXT, name, null, m.group(), m.start());
                }
            }
            // origin only from explicit words ("without any Nvidia hardware", 国产, "imported GPUs"):
            // a chip name alone says what was used, not that the reporter claims an origin
            Matcher dm = Cues.DOMESTIC.matcher(st);
            boolean domestic = dm.find();
            if (domestic && Cues.TARGET_BEFORE.matcher(st).region(Math.max(0, dm.start() - 40), dm.start()).find()) {
                domestic = false; // "a format designed for domestic chips" says what it targets, not what trained it
            }
            if (sentenceHas(Cues.UNDISCLOSED)) {
                domestic = domestic && clauseNamesModel(s.start() + dm.start());
            }
            String withoutNegated = Cues.NEGATED_FOREIGN.matcher(st).replaceAll(" ");
            Matcher fm = Cues.FOREIGN_EXPLICIT.matcher(withoutNegated);
            boolean foreign = fm.find();
            if (!domestic && !foreign) {
                return;
            }
            Model owner = modelAt(s.start() + (domestic ? dm.start() : fm.start()));
            if (owner == null) {
                return;
            }
            String origin = domestic && foreign ? "mixed" : domestic ? "domestic" : "foreign";
            emitText(owner, Attributes.ACCELERATOR_ORIGIN, ValueKind.ENUM, origin, null,
                    domestic ? dm.group() : fm.group(), s.start() + (domestic ? dm.start() : fm.start()));
        }

        /** The chip's name as SPEC_SCHEMA writes it, or null for a bare brand ("Ascend", "Kunlun"). */
        String chipName(Matcher m) {
            if (m.group(1) != null || m.group(3) != null) {
                String num = m.group(1) != null ? m.group(2) : m.group(4);
                return num == null ? null : "Ascend " + num;
            }
            if (m.group(5) != null) {
                return m.group(5);
            }
            if (m.group(6) != null) {
                return "Kunlunxin " + m.group(6);
            }
            if (m.group(7) != null) {
                return "MLU" + m.group(8);
            }
            if (m.group(9) != null) {
                return "Kunlunxin " + m.group(9);
            }
            if (m.group(10) != null) {
                return m.group(10).replace(" ", "");
            }
            if (m.group(12) != null) {
                return "Hygon " + m.group(12);
            }
            return null;
        }

        // ---- open weights, organisation ----

        /**
         * Open weights from cue words, each turned by a negation just before it in its clause ("is not
         * open-sourced", "has never been released as open weights", 没有开源 → false; "is not API-only" → true).
         * A model whose cues disagree after that gets nothing: the scope of the negation is unclear.
         */
        void openWeights() {
            if (!Cues.any(lowerSentence, Cues.OPEN_GATE)) {
                return;
            }
            String st = t.substring(s.start(), s.end());
            List<int[]> cues = new ArrayList<>(); // start, end, value (1 true, 0 false), relative to st
            Matcher f = Cues.OPEN_FALSE.matcher(st);
            while (f.find()) {
                cues.add(new int[] {f.start(), f.end(), negatedAt(st, f.start()) ? 1 : 0});
            }
            Matcher tr = Cues.OPEN_TRUE.matcher(st);
            while (tr.find()) {
                String after = t.substring(s.start() + tr.end(), Math.min(s.end(), s.start() + tr.end() + 6));
                String before = t.substring(Math.max(s.start(), s.start() + tr.start() - 6), s.start() + tr.start());
                if (after.contains("模型中") || after.startsWith(" models") || before.endsWith("among ")) {
                    continue; // "one of the longest among open-source models" classes, it does not state
                }
                boolean insideFalse = false;
                for (int[] c : cues) {
                    insideFalse |= c[2] == 0 && tr.start() < c[1] && c[0] < tr.end();
                }
                if (!insideFalse) {
                    cues.add(new int[] {tr.start(), tr.end(), negatedAt(st, tr.start()) ? 0 : 1});
                }
            }
            cues.sort((x, y) -> Integer.compare(x[0], y[0]));
            java.util.Map<String, int[]> byModel = new java.util.LinkedHashMap<>();
            java.util.Map<String, Model> models = new java.util.HashMap<>();
            for (int[] c : cues) {
                if (voided(s.start() + c[0])) {
                    continue;
                }
                Model m = modelAt(s.start() + c[0]);
                if (m == null) {
                    continue;
                }
                models.put(m.name(), m);
                int[] first = byModel.putIfAbsent(m.name(), c);
                if (first != null && first[2] != c[2]) {
                    first[2] = -1; // cues disagree: say nothing
                }
            }
            for (java.util.Map.Entry<String, int[]> e : byModel.entrySet()) {
                int[] c = e.getValue();
                if (c[2] < 0) {
                    continue;
                }
                emitText(models.get(e.getKey()), Attributes.OPEN_WEIGHTS, ValueKind.BOOLEAN, String.valueOf(c[2] == 1),
                        null, st.substring(c[0], c[1]), s.start() + c[0]);
            }
        }

        /** Whether a negation governs the cue at offset k of the sentence text: just before it, in its clause. */
        boolean negatedAt(String st, int k) {
            int[] c = clauseOf(s.start() + k);
            int from = Math.max(c[0] - s.start(), k - 32);
            if (from >= k) {
                return false;
            }
            String before = st.substring(from, k);
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

        /**
         * An organisation claim needs the text to say the organisation made the model: "Zhipu's GLM-4.5",
         * 智谱的GLM-4.5, "Moonshot AI released Kimi K2", "GLM-4.5, developed by Zhipu", 盘古是华为推出的. Merely
         * naming both in one sentence is not enough.
         */
        void organizations() {
            List<OrganizationMention> orgs = catalog.findOrganizations(t, s.start(), s.end());
            for (OrganizationMention o : orgs) {
                if (insideMention(o.start(), o.end()) || chipFollows(o.end())) {
                    continue;
                }
                Model target = null;
                for (Mention m : mentions) {
                    if (m.start() >= o.end()) {
                        String between = t.substring(o.end(), m.start());
                        if (between.length() <= 7 && between.matches("|'s |' |s' | |的| says | said ")) {
                            target = m.model();
                            break;
                        }
                        if (between.length() <= 90 && Cues.MAKER.matcher(between).find()
                                && !anotherNameBetween(orgs, o.end(), m.start())) {
                            target = m.model();
                            break;
                        }
                    } else if (m.end() <= o.start() && o.start() - m.end() <= 40) {
                        String between = t.substring(m.end(), o.start());
                        if (between.matches(",? (?:which|that) ") && Cues.MAKER_CLAUSE.matcher(
                                t.substring(o.end(), Math.min(s.end(), o.end() + 30))).lookingAt()) {
                            target = m.model(); // "DeepSeek-V3, which DeepSeek released in December 2024"
                            break;
                        }
                        if (Cues.MAKER_AFTER.matcher(between).find() && !anotherNameBetween(orgs, m.end(), o.start())) {
                            target = m.model();
                            break;
                        }
                    }
                }
                if (target == null) {
                    target = familyMember(o);
                }
                if (target == null) {
                    target = spokenOf(orgs, o);
                }
                if (target != null) {
                    emitText(target, Attributes.ORGANIZATION, ValueKind.TEXT, o.organization(), null,
                            t.substring(o.start(), o.end()), o.start());
                }
            }
        }

        /**
         * "Qwen3-30B-A3B, the small MoE in Alibaba's Qwen3 family", "Ant Group's Ling family also includes
         * Ling-flash-2.0": the organisation's family holds the one model of that family the sentence names.
         */
        Model familyMember(OrganizationMention o) {
            Matcher f = Cues.ORG_FAMILY.matcher(t).region(o.end(), Math.min(s.end(), o.end() + 30));
            if (!f.lookingAt()) {
                return null;
            }
            String family = f.group(1);
            Model only = null;
            for (Mention m : mentions) {
                String mf = m.model().family();
                if (mf != null && m.model().name().regionMatches(true, 0, family, 0, family.length())
                        && !m.model().name().equalsIgnoreCase(family) && mf.regionMatches(true, 0, family, 0, mf.length())) {
                    if (only != null && !only.name().equals(m.model().name())) {
                        return null;
                    }
                    only = m.model();
                }
            }
            return only;
        }

        /**
         * "MiniMax says the reinforcement-learning phase of MiniMax-M1 …", 华为方面介绍，盘古Ultra MoE…: a maker
         * speaking about the next model the sentence names, when that model is the maker's own (the catalog's
         * organisation, or a name that starts with the maker's).
         */
        Model spokenOf(List<OrganizationMention> orgs, OrganizationMention o) {
            Matcher v = Cues.SPEAKS.matcher(t).region(o.end(), Math.min(s.end(), o.end() + 16));
            if (!v.lookingAt()) {
                return null;
            }
            for (Mention m : mentions) {
                if (m.start() < v.end()) {
                    continue;
                }
                if (m.start() - v.end() > 80 || anotherNameBetween(orgs, v.end(), m.start())) {
                    return null;
                }
                String maker = m.model().organization();
                boolean own = maker != null ? maker.equals(o.organization())
                        : m.model().name().regionMatches(true, 0, t, o.start(), o.end() - o.start());
                return own ? m.model() : null;
            }
            return null;
        }

        boolean anotherNameBetween(List<OrganizationMention> orgs, int a, int b) {
            for (Mention m : mentions) {
                if (m.start() >= a && m.end() <= b) {
                    return true;
                }
            }
            for (OrganizationMention o : orgs) {
                if (o.start() >= a && o.end() <= b) {
                    return true;
                }
            }
            return false;
        }

        boolean chipFollows(int pos) {
            String after = t.substring(pos, Math.min(s.end(), pos + 12));
            return after.matches("^(?:'s)? ?(?:Ascend|昇腾|Kunlun|昆仑|chips?|GPUs?|NPUs?|hardware|accelerators?|cloud|芯片).*");
        }
    }

    private static Hedge weaker(Hedge a, Hedge b) {
        if (b == null) {
            return a;
        }
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    private static String round(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.4g", v);
    }
}
