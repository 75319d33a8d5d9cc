package org.specledger.claims.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.specledger.claims.Attributes;
import org.specledger.claims.ValueKind;
import org.specledger.claims.dates.DateMention;
import org.specledger.claims.dates.Dates;
import org.specledger.claims.numbers.Quantity;
import org.specledger.claims.numbers.QuantityScanner;
import org.specledger.claims.text.Sentence;

/**
 * Spec lists: a label and its value, on one line ("Total Parameters: 355B", "上下文长度 | 12.8万 (128K) |") or a
 * label line with the value on the next line (spec-database pages: "Context Length" then "128K"). The value
 * belongs to the sentence's model, else the document's subject. Labels are matched whole, so prose never is one.
 */
final class LabelValueRule implements Rule {
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("total parameters", Attributes.TOTAL_PARAMETERS), Map.entry("parameters", Attributes.TOTAL_PARAMETERS),
            Map.entry("total params", Attributes.TOTAL_PARAMETERS), Map.entry("params", Attributes.TOTAL_PARAMETERS),
            Map.entry("parameter count", Attributes.TOTAL_PARAMETERS), Map.entry("model size", Attributes.TOTAL_PARAMETERS),
            Map.entry("总参数量", Attributes.TOTAL_PARAMETERS), Map.entry("总参数", Attributes.TOTAL_PARAMETERS),
            Map.entry("参数量", Attributes.TOTAL_PARAMETERS), Map.entry("参数规模", Attributes.TOTAL_PARAMETERS),
            Map.entry("active parameters", Attributes.ACTIVE_PARAMETERS), Map.entry("activated parameters", Attributes.ACTIVE_PARAMETERS),
            Map.entry("active params", Attributes.ACTIVE_PARAMETERS), Map.entry("激活参数量", Attributes.ACTIVE_PARAMETERS),
            Map.entry("激活参数", Attributes.ACTIVE_PARAMETERS),
            Map.entry("context length", Attributes.CONTEXT_LENGTH), Map.entry("context window", Attributes.CONTEXT_LENGTH),
            Map.entry("max context", Attributes.CONTEXT_LENGTH), Map.entry("context", Attributes.CONTEXT_LENGTH),
            Map.entry("上下文长度", Attributes.CONTEXT_LENGTH), Map.entry("上下文窗口", Attributes.CONTEXT_LENGTH),
            Map.entry("release date", Attributes.RELEASE_DATE), Map.entry("released", Attributes.RELEASE_DATE),
            Map.entry("发布日期", Attributes.RELEASE_DATE), Map.entry("发布时间", Attributes.RELEASE_DATE),
            Map.entry("license", Attributes.OPEN_WEIGHTS), Map.entry("licence", Attributes.OPEN_WEIGHTS),
            Map.entry("许可证", Attributes.OPEN_WEIGHTS), Map.entry("开源协议", Attributes.OPEN_WEIGHTS),
            Map.entry("training tokens", Attributes.TRAINING_TOKENS), Map.entry("训练数据量", Attributes.TRAINING_TOKENS));
    /** "Label: value" or "| Label | value |" on one line (group 1 the label, group 2 the value). */
    private static final Pattern INLINE = Pattern.compile("^[|\\-*• ]*([^|:：]{2,24}?)\\s*[:：|]\\s*([^|]{1,60}?)\\s*\\|?\\s*$");
    private static final Pattern OPEN_LICENSE = Pattern.compile("(?i)\\b(?:mit|apache|bsd|open|modified mit|llama|qwen|deepseek|creative commons|cc[- ]by)\\b|开源");
    private static final Pattern CLOSED_LICENSE = Pattern.compile("(?i)proprietary|closed|commercial only|api only|闭源");

    @Override
    public void apply(SentenceAnnotation s, ClaimSink out) {
        if (!s.wholeLine() || s.end - s.start > 90) {
            return;
        }
        String line = s.text();
        Matcher m = INLINE.matcher(line);
        String attribute;
        int from;
        int to;
        if (m.matches() && (attribute = LABELS.get(label(m.group(1)))) != null) {
            from = s.start + m.start(2);
            to = s.start + m.end(2);
        } else if ((attribute = LABELS.get(label(line))) != null) {
            Sentence next = next(s);
            if (next == null || next.end() - next.start() > 40) {
                return;
            }
            from = next.start();
            to = next.end();
        } else {
            return;
        }
        if (s.subject == null) {
            return;
        }
        SentenceAnnotation.Owner owner = new SentenceAnnotation.Owner(s.subject, s.subjectAttribution);
        String value = s.t.substring(from, to);
        switch (Attributes.kindOf(attribute)) {
            case NUMBER -> {
                List<Quantity> qs = QuantityScanner.scan(s.t, from, to);
                if (!qs.isEmpty() && qs.get(0).value() > 0 && (qs.get(0).scaled() || qs.get(0).value() >= 1000)) {
                    out.number(s, owner, attribute, qs.get(0), 1);
                }
            }
            case DATE -> {
                List<DateMention> ds = Dates.find(s.t, from, to, s.doc.publishedAt, s.doc.contextYear);
                if (!ds.isEmpty()) {
                    DateMention d = ds.get(0);
                    out.text(s, owner, attribute, ValueKind.DATE, d.date().iso(), d.date().precision(),
                            ClaimSink.written(s, d.start(), d.end()), s.start);
                }
            }
            case BOOLEAN -> {
                if (CLOSED_LICENSE.matcher(value).find()) {
                    out.text(s, owner, attribute, ValueKind.BOOLEAN, "false", null, value.strip(), s.start);
                } else if (OPEN_LICENSE.matcher(value).find()) {
                    out.text(s, owner, attribute, ValueKind.BOOLEAN, "true", null, value.strip(), s.start);
                }
            }
            default -> {
            }
        }
    }

    /** The attribute a table or list label names ("Context Length", "激活参数量"), or null. */
    static String attributeOfLabel(String s) {
        String l = label(s.replaceAll("\\([^)]*\\)", ""));
        String a = LABELS.get(l);
        if (a == null && (l.contains("context") || l.contains("上下文"))) {
            a = Attributes.CONTEXT_LENGTH;
        }
        return a;
    }

    private static String label(String s) {
        return s.strip().replaceAll("[\\s ]+", " ").replaceAll("[:：|]+$", "").strip().toLowerCase(Locale.ROOT);
    }

    private static Sentence next(SentenceAnnotation s) {
        List<Sentence> all = s.doc.sentences;
        return s.index + 1 < all.size() ? all.get(s.index + 1) : null;
    }
}
