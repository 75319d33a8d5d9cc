package org.specledger.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text or Markdown report the way a person does: many reports reach analysts as text copied
 * from a web page, with the page's chrome still in it. This finds the headline (not "Skip to content" or
 * "Key Points:"), the dateline ("TUESDAY, MARCH 3, 2026", "Published Feb 11, 2026"), the byline ("By …",
 * "Written by …"), the publisher where the text names one ("Image / Site", "Read Original at Site",
 * "Source: Site", "© 2026 Site"), the original publication when the text says it republishes another
 * source ("Originally published by …", a "Sources" block of "title / site / Published … / Accessed …"), and
 * keeps the chrome out of the body so that no claim can come from it: skip links, share bars, "N min read",
 * related-news lists with "17h ago", newsletter and comment boxes, the Sources block.
 *
 * <p>A pure function of its arguments, line by line; it never throws on bad input.
 */
final class PlainText {

    /** Lines that are page furniture wherever they stand (compared case-insensitively, trailing punctuation ignored). */
    private static final Pattern CHROME_LINE = Pattern.compile("(?i)^(?:skip to (?:main )?content|skip to navigation|jump to"
            + " (?:content|navigation)|menu|main menu|search|open search|close|sign in|log ?in|log ?out|register|subscribe"
            + "(?: now)?|share(?: this(?: article| story)?)?|share on (?:facebook|twitter|x|linkedin|whatsapp)|tweet|facebook|twitter|x"
            + "|linkedin|whatsapp|reddit|telegram|email|e-mail|print|copy link|link copied|advertisement|sponsored|ad|listen"
            + "(?: to this article)?|read more|read original|continue reading|back to top|show more|load more|view comments|"
            + "save|bookmark|follow(?: us)?|home|news|next article|previous article|next|previous|top stories|cookie settings"
            + "|accept(?: all)?(?: cookies)?|image|photo|video|gallery|\\d+ ?(?:min|minute)s? (?:read|listen)|reading time:? .{1,20}"
            + "|\\d+ (?:comments?|shares?|views?)|首页|阅读原文|分享|分享到|返回顶部|责任编辑[:：].{0,20}|点击[^。]{0,20}|登录|注册)$");
    /** Headings of blocks that run to their end and are never the story: related news, newsletters, comments. */
    private static final Pattern BLOCK_HEADING = Pattern.compile("(?i)^(?:related(?: news| stories| articles| coverage| reading)?"
            + "|more (?:news|stories|from .{1,40})|latest(?: news)?|trending(?: now)?|most (?:read|popular|viewed)|popular"
            + "|read next|recommended(?: for you)?|you (?:may|might) also like|don'?t miss|editor'?s picks|in other news|top news"
            + "|newsletter|sign up for .{1,60}|subscribe to .{1,60}|get (?:the|our) .{1,40}(?:newsletter|in your inbox)"
            + "|comments?|\\d+ comments?|leave a (?:comment|reply)|join the (?:conversation|discussion)|discussion|responses?"
            + "|相关新闻|相关阅读|热门推荐|猜你喜欢|推荐阅读|评论|网友评论)\\s*[:：]?$");
    /** The heading of a block of cited sources ("Sources", "References", "来源"). */
    private static final Pattern SOURCES_HEADING = Pattern.compile("(?i)^(?:sources?|references|citations|来源|参考资料|参考)\\s*[:：]?$");
    /** Lines inside newsletter and comment boxes. */
    private static final Pattern BOX_LINE = Pattern.compile("(?i)(?:enter your e-?mail|your email address|sign up|subscribe|"
            + "privacy policy|terms of (?:use|service)|unsubscribe at any time|in your inbox|leave a (?:comment|reply)|post comment"
            + "|log in to comment|required fields are marked|all rights reserved)");
    private static final Pattern RELATIVE_AGO = Pattern.compile("(?i)\\b\\d{1,3}\\s*(?:s|sec|m|min|mins|h|hr|hrs|d|w|seconds?|minutes?"
            + "|hours?|days?|weeks?)\\s+ago\\s*$|\\d{1,3}\\s*(?:分钟|小时|天)前\\s*$");
    private static final Pattern NUMBERED = Pattern.compile("^(?:\\d{1,2}[.)]|[-*•·▪►])\\s+\\S");
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^(?:by|written by|words by|reported by|author[:：]?|von|par|por|作者[:：]?|记者[:：]?|文[/／])\\s*(.{2,100})$");
    /** What follows the names on a byline line: "| March 3, 2026", ", Reuters", "and 4 min read". */
    private static final Pattern BYLINE_TAIL = Pattern.compile("(?i)\\s*(?:[|·•,;–—-]\\s*)?(?:\\b(?:published|updated|posted)\\b.*"
            + "|\\d+\\s*min(?:ute)?s? read.*|\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+.*\\d{4}.*"
            + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}.*|\\d{4}[-/年].*)$");
    private static final Pattern PUBLISHED = Pattern.compile("(?i)^(?:published|posted|first published|updated|last updated|date|"
            + "发布时间|发布于|发布)[\\s:：]*(?:on\\s+)?");
    private static final Pattern IMAGE_CREDIT = Pattern.compile("(?i)^(?:image|photo|picture|illustration|graphic|图片|图)\\s*"
            + "(?:credit)?\\s*[:/|：]\\s*(?:[^/|]{1,60}[/|]\\s*)?([^/|]{2,60})$");
    private static final Pattern READ_ORIGINAL = Pattern.compile("(?i)^(?:read (?:the )?original(?: article)?|view original|source|"
            + "originally (?:published|appeared) (?:by|on|in|at)|this (?:article|story) (?:was )?(?:originally|first) (?:published|appeared)"
            + " (?:by|on|in|at)|republished (?:from|with permission from)|via|原文|来源|转载自|本文来源)\\s*(?:at|on|from|by)?\\s*[:：]?\\s*(.*)$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*(.{2,60}?)"
            + "\\.?\\s*(?:all rights reserved\\.?)?$");
    private static final Pattern URL_ONLY = Pattern.compile("(?i)^(?:https?://|www\\.)\\S+$");
    private static final Pattern LABEL = Pattern.compile("^.{1,40}[:：]$");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final int HEAD_LINES = 15;
    private static final int SHORT_LINE = 80;

    /** One source the text cites or republishes: its site, title and day, each possibly null. */
    record Original(String site, String title, String publishedAt) {
        String describe() {
            StringBuilder sb = new StringBuilder(site == null ? "" : site);
            if (title != null) {
                sb.append(sb.isEmpty() ? "" : ": ").append(title);
            }
            if (publishedAt != null) {
                sb.append(sb.isEmpty() ? "" : ", ").append(publishedAt);
            }
            return sb.toString();
        }
    }

    private PlainText() {
    }

    static Article extract(String url, String raw, Instant fetchedAt) {
        String u = url == null ? "" : url;
        List<String> warnings = new ArrayList<>();
        String text = raw == null ? "" : raw.replace("\r\n", "\n").replace('\r', '\n');
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        Instant limit = (fetchedAt == null ? Instant.EPOCH : fetchedAt).plus(1, ChronoUnit.DAYS);
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\n", -1)) {
            lines.add(MainText.collapse(l.replaceAll("[*_`]{2,}", "")).strip());
        }
        boolean[] drop = new boolean[lines.size()];
        boolean[] masthead = new boolean[lines.size()];
        String headline = null;
        String byline = null;
        String datelineDay = null;
        String publisher = null;
        Original original = null;
        int firstProse = firstProse(lines);

        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isEmpty()) {
                continue;
            }
            String bare = l.replaceAll("[\\s.!:|»›>]+$", "").replaceFirst("^[\\s#>|]+", "");
            if (CHROME_LINE.matcher(bare).matches() || URL_ONLY.matcher(l).matches() || isRule(l)) {
                drop[i] = true;
                if (bare.toLowerCase(Locale.ROOT).startsWith("read original") && i + 1 < lines.size() && publisher == null) {
                    publisher = siteName(lines.get(i + 1));
                }
                continue;
            }
            if (SOURCES_HEADING.matcher(bare).matches() && i > firstProse) {
                int end = blockEnd(lines, i + 1, true);
                List<Original> cited = new ArrayList<>();
                for (int j = i; j < end; j++) {
                    drop[j] = true;
                    Original o = j > i ? citation(lines.get(j), limit) : null;
                    if (o != null) {
                        cited.add(o);
                    }
                }
                if (cited.size() == 1 && original == null) {
                    original = cited.get(0);
                }
                i = end - 1;
                continue;
            }
            if (BLOCK_HEADING.matcher(bare).matches() && i > firstProse) {
                int end = blockEnd(lines, i + 1, BLOCK_HEADING_TO_END.matcher(bare).find());
                for (int j = i; j < end; j++) {
                    drop[j] = true;
                    Matcher c = COPYRIGHT.matcher(lines.get(j));
                    if (c.matches() && publisher == null) {
                        publisher = siteName(c.group(1)); // a footer swallowed by the block still names the site
                    }
                }
                i = end - 1;
                continue;
            }
            if (l.length() <= SHORT_LINE * 2 && (RELATIVE_AGO.matcher(l).find() && (NUMBERED.matcher(l).find() || i > firstProse)
                    || BOX_LINE.matcher(l).find() && l.length() <= SHORT_LINE * 2)) {
                drop[i] = true;
                continue;
            }
            Matcher m = IMAGE_CREDIT.matcher(l);
            if (m.matches()) {
                drop[i] = true;
                if (publisher == null) {
                    publisher = siteName(m.group(1));
                }
                continue;
            }
            m = READ_ORIGINAL.matcher(l);
            if (m.matches() && l.length() <= SHORT_LINE * 2) {
                drop[i] = true;
                String rest = m.group(1).strip();
                String site = siteName(rest.isEmpty() && i + 1 < lines.size() ? lines.get(i + 1) : rest);
                boolean republished = l.toLowerCase(Locale.ROOT).matches("(?s).*(originally|first|republished|转载).*");
                if (republished) {
                    LocalDate d = dateIn(rest, limit);
                    original = new Original(site, null, d == null ? null : d.toString());
                } else if (publisher == null) {
                    publisher = site;
                }
                continue;
            }
            m = COPYRIGHT.matcher(l);
            if (m.matches()) {
                drop[i] = true;
                if (publisher == null) {
                    publisher = siteName(m.group(1));
                }
                continue;
            }
            boolean inHead = i <= firstProse || i < HEAD_LINES;
            m = BYLINE.matcher(l);
            if (inHead && m.matches() && byline == null && l.length() <= SHORT_LINE * 2) {
                String names = BYLINE_TAIL.matcher(m.group(1)).replaceFirst("").strip();
                if (!names.isEmpty() && names.split("\\s+").length <= 12) {
                    drop[i] = true;
                    byline = names;
                    if (datelineDay == null) {
                        LocalDate d = dateIn(m.group(1), limit);
                        datelineDay = d == null ? null : d.toString();
                    }
                    continue;
                }
            }
            if (inHead && l.length() <= SHORT_LINE && datelineDay == null && !afterLabel(lines, i)) {
                String afterCue = PUBLISHED.matcher(l).replaceFirst("");
                DateText.Match d = DateText.first(afterCue, false, x -> acceptable(x, limit));
                if (d != null && (d.end() - d.start()) * 2 >= afterCue.length() - 12) {
                    drop[i] = true;
                    datelineDay = d.date().toString();
                    continue;
                }
            }
            if (headline == null && inHead && nonEmptyBefore(lines, drop, i) < HEADLINE_WITHIN && isHeadline(l)) {
                // The headline stays the first paragraph of the text, as a pasted page has it (it may state a claim).
                headline = MARKDOWN_HEADING.matcher(l).replaceFirst("");
                continue;
            }
            if (headline == null && inHead && l.split("\\s+").length <= 4 && MainText.weight(l) < 40) {
                masthead[i] = true; // a masthead, section name or label above the headline ("Harbor Compute Review", "Key Points:")
                continue;
            }
            if (headline != null && l.equals(headline)) {
                drop[i] = true; // the headline repeated under a summary
            }
        }

        if (headline != null) {
            // Short lines above a headline are its masthead; without a headline they are the text's own lines.
            for (int i = 0; i < lines.size(); i++) {
                drop[i] |= masthead[i];
            }
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (drop[i] || l.isEmpty()) {
                if (!current.isEmpty() && (l.isEmpty() || drop[i])) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
                continue;
            }
            String cleaned = MARKDOWN_HEADING.matcher(l).replaceFirst("");
            // Lines of a pasted page are its paragraphs; a blank line or a dropped line ends one as well.
            if (!current.isEmpty()) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
            current.append(cleaned);
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        String body = String.join("\n\n", paragraphs);
        if (headline == null && !paragraphs.isEmpty()) {
            // no line reads as a headline: a short first paragraph that is no sentence still names the text
            // ("GLM-4.5" over a spec list); it stays in the body
            String first = paragraphs.get(0);
            if (first.length() <= 120 && !first.matches("(?s).*[.。!?！？]$") && first.chars().filter(c -> c == '|').count() < 2) {
                headline = first;
            }
        }
        String published = datelineDay != null ? datelineDay : original != null ? original.publishedAt() : null;
        String source = datelineDay != null ? "text" : published != null ? "text" : "none";
        if (body.isEmpty()) {
            warnings.add("no article text found");
        }
        if (published == null) {
            warnings.add("no publication date found");
        }
        return new Article(u, null, headline, byline, publisher != null ? publisher : Metadata.host(u), published,
                published == null ? null : "day", source, published == null ? 0 : 0.6, null, null,
                original == null ? null : original.describe(), Metadata.guessLanguage(body), body, warnings);
    }

    /** Blocks that hold no story from their heading to the end of the text: comments and newsletter boxes. */
    private static final Pattern BLOCK_HEADING_TO_END = Pattern.compile("(?i)comment|reply|discussion|conversation|responses|评论");

    /**
     * A headline is among the text's first few lines (under a masthead, a section name or a dateline); a short line
     * further down is a label or a value of a spec list ("Context Length" / "128K"), not a headline.
     */
    private static final int HEADLINE_WITHIN = 4;

    /** Lines above line i that are kept text (chrome already dropped does not count). */
    private static int nonEmptyBefore(List<String> lines, boolean[] drop, int i) {
        int n = 0;
        for (int k = 0; k < i; k++) {
            n += lines.get(k).isEmpty() || drop[k] ? 0 : 1;
        }
        return n;
    }

    /**
     * "Release Date" / "28 Jul 2025", "Knowledge Cutoff" / "Jan 2025": a date under a label that is not a
     * publication cue is a labelled value of the text, not its dateline.
     */
    private static boolean afterLabel(List<String> lines, int i) {
        for (int k = i - 1; k >= 0; k--) {
            String p = lines.get(k);
            if (p.isEmpty()) {
                continue;
            }
            return p.length() <= 30 && !p.matches(".*\\d.*") && !PUBLISHED.matcher(p).lookingAt()
                    && !p.matches("(?s).*[.。!?！？:：]$") && p.split("\\s+").length <= 4 && BYLINE.matcher(p).matches() == false
                    && Character.isUpperCase(p.codePointAt(0));
        }
        return false;
    }

    /** The first line that reads as prose: long, several sentences' worth of words. */
    private static int firstProse(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.length() > 160 || (MainText.weight(l) > 120 && l.matches("(?s).*[.。!?！？]$"))) {
                return i;
            }
        }
        return lines.size();
    }

    /**
     * Where a dropped block ends: at the end of the text when told so, else at the first long prose line
     * (the story resuming after a "Related" list).
     */
    private static int blockEnd(List<String> lines, int from, boolean toEnd) {
        if (toEnd) {
            return lines.size();
        }
        for (int j = from; j < lines.size(); j++) {
            String l = lines.get(j);
            if (l.length() > 200 && !RELATIVE_AGO.matcher(l).find()) {
                return j;
            }
        }
        return lines.size();
    }

    /** A line of a Sources block: "Title / Site / Published FEB 11, 2026 / Accessed FEB 12, 2026". */
    private static Original citation(String line, Instant limit) {
        String[] parts = line.split("\\s+[/|·]\\s+");
        if (parts.length < 2) {
            return null;
        }
        String title = null;
        String site = null;
        String day = null;
        for (String p : parts) {
            String t = p.strip();
            if (t.toLowerCase(Locale.ROOT).startsWith("accessed") || t.toLowerCase(Locale.ROOT).startsWith("retrieved")) {
                continue;
            }
            LocalDate d = dateIn(t, limit);
            if (d != null && day == null && t.length() < 40) {
                day = d.toString();
            } else if (title == null) {
                title = t;
            } else if (site == null) {
                site = siteName(t);
            }
        }
        return new Original(site, title, day);
    }

    private static boolean isHeadline(String l) {
        String t = MARKDOWN_HEADING.matcher(l).replaceFirst("");
        if (t.chars().filter(c -> c == '|').count() >= 2) {
            return false; // "Models | Layers | Context Length |": a table's header row
        }
        if (t.length() < 12 || t.length() > 200 || LABEL.matcher(t).matches() || NUMBERED.matcher(t).find()) {
            return false;
        }
        if (MARKDOWN_HEADING.matcher(l).find()) {
            return true;
        }
        // A headline has a few words (or Chinese characters), does not end as a sentence does, and is not a paragraph.
        boolean words = t.split("\\s+").length >= 4 || MainText.weight(t) >= 24;
        return words && t.length() <= 160 && !t.endsWith(".") && !t.endsWith("。");
    }

    /** "— Rule —", "* * *", "-----". */
    private static boolean isRule(String l) {
        return l.length() >= 3 && l.chars().allMatch(c -> c == '-' || c == '*' || c == '_' || c == '=' || c == '—' || c == ' ');
    }

    /** A site's name from a credit or source line: "Open Weights Weekly", "www.example.com/x" → "example.com". */
    private static String siteName(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("[\\s.:;,]+$", "");
        if (URL_ONLY.matcher(t).matches()) {
            String h = Metadata.host(t.startsWith("www.") ? "https://" + t : t);
            return h;
        }
        t = t.replaceFirst("(?i)^(?:at|on|from|by)\\s+", "").replaceFirst("(?i),?\\s+(?:on|at|in)\\s+.*?\\d{4}.*$", "");
        return t.isEmpty() || t.length() > 60 ? null : t;
    }

    private static LocalDate dateIn(String s, Instant limit) {
        DateText.Match m = DateText.first(s, false, d -> acceptable(d, limit));
        return m == null ? null : m.date();
    }

    private static boolean acceptable(LocalDate d, Instant limit) {
        return d.getYear() >= 1990 && !d.atStartOfDay().toInstant(java.time.ZoneOffset.UTC).isAfter(limit);
    }
}
