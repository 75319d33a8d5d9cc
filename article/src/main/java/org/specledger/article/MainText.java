package org.specledger.article;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the main text of a page. Our own scoring, built on ideas from the literature (Kohlschütter et
 * al., "Boilerplate Detection using Shallow Text Features", WSDM 2010: link density and text length;
 * Readability and trafilatura: class/id hints, article fallbacks):
 * <ol>
 *   <li>remove what is never article text: scripts, navigation, forms' controls, hidden elements, and
 *       elements whose class/id names boilerplate (share, related, comments, newsletter …);</li>
 *   <li>cut the rest into text blocks at block-level elements, each with its length and link density;</li>
 *   <li>score each block: long, link-poor prose scores positive, short or link-heavy blocks negative;</li>
 *   <li>take the element whose blocks sum highest (a maximum-weight subtree, ties to the deeper element),
 *       add sibling elements that score well on their own, and keep the blocks inside that read as prose,
 *       headings included, dropping link lists and known boilerplate lines;</li>
 *   <li>fall back to JSON-LD articleBody when it holds clearly more text than we found.</li>
 * </ol>
 * Every walk over the DOM is iterative (Jsoup's NodeTraversor or an explicit stack), so deep nesting cannot
 * overflow the stack.
 */
final class MainText {

    private static final Set<String> DROP_TAGS = Set.of(
            "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "button",
            "select", "input", "textarea", "nav", "aside", "footer", "dialog", "menu", "link", "meta", "head",
            "figcaption", "label", "math", "audio", "video", "picture", "source", "map", "title");
    private static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
            "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "html", "legend", "option", "br");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> NEVER_DROP = Set.of("html", "body", "article", "main");
    private static final Set<String> ROLES_DROPPED = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar",
            "search", "toolbar", "tablist", "alert");
    /** Parts of a class or id (split at - and _) that name boilerplate. */
    private static final Set<String> NEG_PARTS = Set.of(
            "ad", "ads", "advert", "advertisement", "nav", "navbar", "menu", "meta", "byline", "dateline", "date",
            "timestamp", "tags", "tag", "share", "sharing", "social", "comment", "comments", "related", "footer",
            "header", "sidebar", "bio", "caption", "credit", "credits", "promo", "breadcrumb", "breadcrumbs",
            "pagination", "pager", "subscribe", "newsletter", "signup", "signin", "login", "cookie", "cookies",
            "banner", "popup", "modal", "overlay", "toolbar", "widget", "sponsor", "sponsored", "recommended",
            "recirc", "trending", "popular", "excerpt", "teaser", "ticker", "breaking", "outbrain", "taboola", "disqus", "hidden", "print", "skip", "author",
            "rating", "masthead", "follow", "newsletters", "consent", "gdpr", "paywall", "recommendations",
            "more", "toc", "sr", "visually", "offscreen", "copyright", "disclaimer", "embed", "video", "gallery");
    /** Substrings of a class or id that name boilerplate however they are joined ("relatedStories", "sharebar"). */
    private static final Pattern NEG_SUBSTR = Pattern.compile(
            "comment|disqus|share|social|related|recommend|newsletter|subscri|signup|cookie|consent|sidebar|footer"
                    + "|breadcrumb|pagination|promo|sponsor|advert|outbrain|taboola|trending|mostread|most-read"
                    + "|readmore|read-more|paywall|byline|widget|moreon|more-on|morestories|more-stories");
    private static final Pattern POS_SUBSTR = Pattern.compile("article|content|story|entry|body|post|main|text|prose");
    /** Names of sections that are boilerplate however much text they hold. */
    private static final Pattern STRONG_NEG = Pattern.compile("comment|disqus|respond|reply|related|recommend|outbrain|taboola");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** Short lines that are interface, not article: checked on blocks of at most a few words. */
    private static final Pattern BOILERPLATE_LINE = Pattern.compile(
            "(?i)^(advertisement|advertisements|ad|sponsored( content)?|share( this)?( article| story| on \\w+)?|tweet|email|print"
                    + "|comments?|\\d+ comments?|read more|continue reading|read the full story|sign in|log in|sign up"
                    + "|subscribe( now)?|follow us|related( articles| stories| content)?|more from .*|recommended( for you)?"
                    + "|image|photo|getty images|skip to (main )?content|loading|click here|see also|most read"
                    + "|listen to this article|save|copy link|story continues below( advertisement)?"
                    + "|(photo|image|credit|source)\\s*:.*|广告|分享|评论|责任编辑.*)[.:!]?$");
    private static final Pattern BYLINE_LINE = Pattern.compile("(?i)^(by|von|par|por)\\s+\\p{Lu}.*|^(published|updated|posted)\\b.*");
    private static final double LINK_DENSE = 0.5;
    private static final double ARTICLE_BODY_BONUS = 150;
    private static final Pattern BODY_NAMES = Pattern.compile(
            "article[-_]?body|entry[-_]content|post[-_]content|story[-_]body|article[-_]content|post[-_]body|article[-_]text");
    /** Short appeals that close many articles: newsletter, subscription and follow-us lines. */
    private static final Pattern APPEAL = Pattern.compile(
            "(?i)\\b(newsletters?|subscribe|sign up|follow (us|him|her|them) on)\\b");
    private static final int SHORT_BLOCK = 30;
    /** A teaser card's text weight at most: a headline and a two-sentence description. */
    private static final int TEASER_MAX = 600;

    /** One run of text between block boundaries. */
    private record Block(String text, Element owner, int weight, double linkDensity, boolean heading, String tag) {
    }

    private MainText() {
    }

    /**
     * The main text of the document's body, which is modified (boilerplate removed) on the way.
     *
     * @param ldBody the JSON-LD articleBody, or null
     * @param title  the page's title, dropped when it appears as a block
     */
    static String extract(Element body, String ldBody, String title) {
        if (body == null) {
            return fallback("", ldBody);
        }
        Map<Element, Integer> textLength = textLengths(body);
        removeBoilerplate(body, textLength);
        List<Block> blocks = blocks(body);
        String found = select(body, blocks, title);
        return fallback(found, ldBody);
    }

    /** Characters of text under each element, counted bottom-up in one iterative walk. */
    private static Map<Element, Integer> textLengths(Element root) {
        Map<Element, Integer> len = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    Element p = t.parent() instanceof Element e ? e : null;
                    if (p != null) {
                        len.merge(p, t.text().trim().length(), Integer::sum);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e != root && e.parent() != null) {
                    len.merge(e.parent(), len.getOrDefault(e, 0), Integer::sum);
                }
            }
        }, root);
        return len;
    }

    private static void removeBoilerplate(Element body, Map<Element, Integer> textLength) {
        int total = Math.max(1, textLength.getOrDefault(body, 0));
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            if (DROP_TAGS.contains(tag) || hidden(e) || ROLES_DROPPED.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
                drop.add(e);
            } else if (tag.equals("header")) {
                if (e.select("p").stream().filter(p -> p.text().length() > 100).count() < 2) {
                    drop.add(e);
                }
            } else if (!NEVER_DROP.contains(tag) && !e.attr("itemprop").equalsIgnoreCase("articleBody")) {
                String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).trim();
                if (!names.isEmpty() && boilerplateNames(names)) {
                    boolean big = textLength.getOrDefault(e, 0) * 10 > total * 4;
                    boolean strong = STRONG_NEG.matcher(names).find();
                    if ((!big || strong) && e.selectFirst("[itemprop=articleBody], article") == null) {
                        drop.add(e);
                    }
                }
            }
        }
        for (Element e : drop) {
            if (e.parent() != null) {
                e.replaceWith(new TextNode(" ")); // not remove(): "end.<div class=ad>…</div>Next" must not become "end.Next"
            }
        }
    }

    private static boolean hidden(Element e) {
        return e.hasAttr("hidden")
                || e.attr("aria-hidden").equalsIgnoreCase("true")
                || (e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find());
    }

    /** True when some class/id token names boilerplate and none names article content. */
    static boolean boilerplateNames(String names) {
        boolean negative = false;
        for (String token : names.split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            boolean neg = NEG_SUBSTR.matcher(token).find();
            if (!neg) {
                for (String part : token.split("[-_]+")) {
                    if (NEG_PARTS.contains(part)) {
                        neg = true;
                        break;
                    }
                }
            }
            if (neg) {
                negative = true;
            } else if (POS_SUBSTR.matcher(token).find()) {
                return false;
            }
        }
        return negative;
    }

    /** Cuts the body into text blocks at block-level elements and line breaks. */
    private static List<Block> blocks(Element body) {
        List<Block> out = new ArrayList<>();
        Deque<Element> owners = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        int[] linkChars = {0};
        int[] anchors = {0};
        int[] headings = {0};
        Runnable flush = () -> {
            String t = collapse(text);
            text.setLength(0);
            if (!t.isEmpty() && !owners.isEmpty()) {
                int w = weight(t);
                double ld = Math.min(1.0, linkChars[0] / (double) Math.max(1, t.length()));
                if (w > 0) {
                    out.add(new Block(t, owners.peek(), w, ld, headings[0] > 0, owners.peek().normalName()));
                }
            }
            linkChars[0] = 0;
        };
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    text.append(s);
                    if (anchors[0] > 0) {
                        linkChars[0] += s.strip().length();
                    }
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (isBlock(e)) {
                        flush.run();
                        if (!tag.equals("br") && !tag.equals("hr")) {
                            owners.push(e);
                        }
                    } else if (text.length() > 0 && (tag.equals("img") || tag.equals("td") || tag.equals("th"))) {
                        text.append(' ');
                    }
                    if (tag.equals("a")) {
                        anchors[0]++;
                    }
                    if (HEADINGS.contains(tag)) {
                        headings[0]++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (isBlock(e) && !tag.equals("br") && !tag.equals("hr")) {
                        flush.run();
                        if (!owners.isEmpty() && owners.peek() == e) {
                            owners.pop();
                        }
                    }
                    if (tag.equals("a")) {
                        anchors[0]--;
                    }
                    if (HEADINGS.contains(tag)) {
                        headings[0]--;
                    }
                }
            }
        }, body);
        flush.run();
        return out;
    }

    /**
     * Whether an element starts a new block. A table cell that holds only inline content is part of its
     * row's block, so a data table reads as rows ("DL Larry Ogunjobi 63 85%") rather than as many tiny
     * fragments that each look like boilerplate; a layout cell that holds paragraphs stays a block.
     */
    private static boolean isBlock(Element e) {
        String tag = e.normalName();
        if (tag.equals("td") || tag.equals("th")) {
            for (Element c : e.children()) {
                String ct = c.normalName();
                if (BLOCK_TAGS.contains(ct) && !ct.equals("br")) {
                    return true;
                }
            }
            return false;
        }
        return BLOCK_TAGS.contains(tag);
    }

    /** Text weight: letters and digits, a Han, kana or Hangul character counting as a short word. */
    static int weight(String t) {
        int w = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                Character.UnicodeScript s = Character.UnicodeScript.of(cp);
                w += s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                        || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL ? 3 : 1;
            }
        }
        return w;
    }

    private static double score(Block b) {
        if (b.linkDensity() >= LINK_DENSE) {
            return -b.weight();
        }
        if (b.heading()) {
            return 0;
        }
        if (b.tag().equals("tr")) {
            // A data-table row is short by nature; it must not count as boilerplate (link-heavy rows did above).
            return b.weight() * (1 - b.linkDensity()) * 0.5;
        }
        double s = (b.weight() - SHORT_BLOCK) * (1 - b.linkDensity());
        if (s > 0 && !b.tag().equals("li") && !b.tag().equals("td")) {
            s *= 1.2;
        }
        return s;
    }

    private static String select(Element body, List<Block> blocks, String title) {
        if (blocks.isEmpty()) {
            return "";
        }
        Set<Element> teasers = teaserCards(body, blocks);
        Map<Element, Double> sum = new IdentityHashMap<>();
        for (Block b : blocks) {
            double s = inside(b.owner(), teasers, body) ? -b.weight() : score(b);
            for (Element e = b.owner(); e != null; e = e.parent()) {
                sum.merge(e, s, Double::sum);
                if (e == body) {
                    break;
                }
            }
        }
        Element best = body;
        double bestScore = sum.getOrDefault(body, 0.0);
        for (Element e : body.getAllElements()) {
            double s = sum.getOrDefault(e, Double.NEGATIVE_INFINITY) + bodyBonus(e);
            if (s >= bestScore) {
                best = e;
                bestScore = s;
            }
        }
        Set<Element> chosen = identitySet();
        chosen.add(best);
        if (best.parent() != null && best != body) {
            for (Element sib : best.parent().children()) {
                if (sib != best && sum.getOrDefault(sib, 0.0) >= Math.max(150, bestScore * 0.2)) {
                    chosen.add(sib);
                }
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (Block b : blocks) {
            if (!inside(b.owner(), chosen, body) || inside(b.owner(), teasers, body) || !keep(b, title)) {
                continue;
            }
            paragraphs.add(b.text());
        }
        trimEdges(paragraphs);
        return String.join("\n\n", paragraphs);
    }

    /**
     * Teaser cards of story lists ("more stories", section fronts): a small element whose heading is a link,
     * followed by a short description. An article's own subheadings are rarely links; a card's always is.
     */
    private static Set<Element> teaserCards(Element body, List<Block> blocks) {
        Map<Element, Integer> weightUnder = new IdentityHashMap<>();
        for (Block b : blocks) {
            for (Element e = b.owner(); e != null; e = e.parent()) {
                weightUnder.merge(e, b.weight(), Integer::sum);
                if (e == body) {
                    break;
                }
            }
        }
        Set<Element> cards = identitySet();
        for (Block b : blocks) {
            if (!b.heading() || b.linkDensity() < LINK_DENSE) {
                continue;
            }
            Element h = b.owner();
            while (h != null && h != body && !HEADINGS.contains(h.normalName())) {
                h = h.parent();
            }
            if (h == null || h == body) {
                continue;
            }
            int own = weightUnder.getOrDefault(h, 0);
            Element card = h.parent();
            while (card != null && card != body && weightUnder.getOrDefault(card, 0) <= own) {
                card = card.parent();
            }
            if (card != null && card != body && weightUnder.getOrDefault(card, 0) <= TEASER_MAX) {
                cards.add(card);
            }
        }
        return cards;
    }

    private static Set<Element> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** Whether e is one of the roots or below one, looking no higher than stop. */
    private static boolean inside(Element e, Set<Element> roots, Element stop) {
        if (roots.isEmpty()) {
            return false;
        }
        for (Element x = e; x != null; x = x.parent()) {
            if (roots.contains(x)) {
                return true;
            }
            if (x == stop) {
                return false;
            }
        }
        return false;
    }

    /**
     * A publisher that marks its article body (schema.org itemprop=articleBody, or the class names common
     * CMSs give it) is usually right: the mark outweighs a few short list items that score low.
     */
    private static double bodyBonus(Element e) {
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return ARTICLE_BODY_BONUS;
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return BODY_NAMES.matcher(names).find() ? ARTICLE_BODY_BONUS / 2 : 0;
    }

    private static boolean keep(Block b, String title) {
        if (b.linkDensity() >= LINK_DENSE) {
            return false;
        }
        if (b.weight() <= 2 || b.tag().equals("h1") || (title != null && b.text().equalsIgnoreCase(title.trim()))) {
            return false;
        }
        if (b.weight() < 100 && APPEAL.matcher(b.text()).find()) {
            return false;
        }
        if (b.weight() < 60 && (BOILERPLATE_LINE.matcher(b.text()).matches() || BYLINE_LINE.matcher(b.text()).matches())) {
            return false;
        }
        return true;
    }

    /** Headings and short lines left at the end (a "Related" heading, a tag line) are not article text. */
    private static void trimEdges(List<String> paragraphs) {
        while (!paragraphs.isEmpty() && weight(paragraphs.get(paragraphs.size() - 1)) < 15) {
            paragraphs.remove(paragraphs.size() - 1);
        }
    }

    /** Whitespace runs to one space; non-breaking and zero-width spaces included. */
    static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u3000' || c == '\ufeff') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** JSON-LD articleBody when it is clearly fuller than what the page's markup gave us. */
    private static String fallback(String found, String ldBody) {
        if (ldBody == null || ldBody.isBlank()) {
            return found;
        }
        String ld = ldBody.contains("<") && ldBody.contains(">") ? paragraphsOfHtml(ldBody) : paragraphsOfPlain(ldBody);
        return weight(ld) > weight(found) * 1.6 ? ld : found;
    }

    private static String paragraphsOfPlain(String s) {
        List<String> out = new ArrayList<>();
        for (String line : s.split("\\R+")) {
            String c = collapse(line);
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return String.join("\n\n", out);
    }

    private static String paragraphsOfHtml(String s) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks(Jsoup.parseBodyFragment(s).body())) {
            out.add(b.text());
        }
        return String.join("\n\n", out);
    }
}
