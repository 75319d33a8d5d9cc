package org.specledger.claims.extract;

import java.util.regex.Pattern;

/**
 * Page chrome left in the text: lines of a related-news list ("17h ago", "3 小时前"), share bars, sign-in and
 * newsletter prompts, "N min read". Such a line claims nothing, whatever numbers and names it carries.
 */
final class ChromeAnnotator implements Annotator {
    /** Longer than this, a line is prose even with a chrome word in it. */
    private static final int MAX_CHROME_LINE = 220;
    private static final Pattern CHROME = Pattern.compile(
            "(?i)\\b\\d{1,3} ?(?:s|secs?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?) ago\\b"
            + "|\\d{1,3} ?(?:秒|分钟|小时|天|周|个月)前|\\b(?:share|tweet|pin)(?: (?:on|to|this))? (?:facebook|twitter|x|linkedin|whatsapp|email|reddit)\\b"
            + "|\\bsign (?:in|up)\\b|\\blog ?in\\b|\\bsubscribe\\b|\\bnewsletter\\b|\\b\\d{1,2} min(?:ute)?s? read\\b"
            + "|\\bread more\\b|\\brelated (?:news|articles?|stories|posts|reading)\\b|\\bskip to (?:main )?content\\b"
            + "|\\bcomments? \\(\\d+\\)|\\bleave a (?:comment|reply)\\b|\\ball rights reserved\\b|相关阅读|相关新闻|推荐阅读|责任编辑");

    /** Literal pieces one of which every chrome cue holds: most sentences stop here without the expression. */
    private static final String[] GATE = {"ago", "前", "share", "tweet", "pin ", "sign", "log", "subscribe", "newsletter",
            "read", "related", "skip", "comment", "reserved", "相关", "推荐", "责任"};

    @Override
    public void annotate(SentenceAnnotation s) {
        if (!Cues.any(s.lower, GATE)) {
            return;
        }
        // bounded scans: a line longer than MAX_CHROME_LINE is prose, so never look further than that
        int lineStart = s.start;
        while (lineStart > 0 && s.t.charAt(lineStart - 1) != '\n' && s.start - lineStart <= MAX_CHROME_LINE) {
            lineStart--;
        }
        int lineEnd = s.end;
        while (lineEnd < s.t.length() && s.t.charAt(lineEnd) != '\n' && lineEnd - lineStart <= MAX_CHROME_LINE) {
            lineEnd++;
        }
        if (lineEnd - lineStart > MAX_CHROME_LINE) {
            return;
        }
        s.chrome = CHROME.matcher(s.t).region(lineStart, lineEnd).find();
    }
}
