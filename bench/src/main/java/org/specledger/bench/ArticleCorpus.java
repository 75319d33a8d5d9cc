package org.specledger.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A synthetic news corpus in SpecLedger's genre, for benchmarks and soak tests: each page is a full HTML document
 * with site chrome (navigation, share bar, related stories, footer, scripts), a dated byline and 400–900 words of
 * article text that mixes spec sentences about known models (parameters, context, tokens, clusters, dates) with
 * industry prose. Page {@code i} of a seed is always the same bytes, so runs are comparable.
 */
public final class ArticleCorpus {
    /** Models the claims catalog knows (claims/models/models.tsv), with their makers. */
    private static final String[][] MODELS = {
        {"DeepSeek-V3", "DeepSeek"}, {"DeepSeek-R1", "DeepSeek"}, {"Kimi K2", "Moonshot AI"},
        {"Qwen3-235B-A22B", "Alibaba"}, {"GLM-4.5", "Zhipu AI"}, {"MiniMax-M1", "MiniMax"}, {"Pangu Ultra", "Huawei"},
        {"ERNIE 4.5", "Baidu"}, {"Step-3", "StepFun"}, {"LongCat-Flash", "Meituan"},
    };
    private static final String[] CHIPS = {"Ascend 910B", "Ascend 910C", "H800", "Kunlunxin P800", "MLU590", "H20"};
    private static final String[] PUBLISHERS = {"Example Tech Daily", "Silicon Dispatch", "Compute Review", "AI Wire Asia"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] PROSE = {
        "Industry observers said the release would intensify price competition among Chinese model providers.",
        "The company did not respond to a request for comment on the details of its training run.",
        "Analysts cautioned that benchmark figures published by developers are rarely verified independently.",
        "Export controls have pushed several labs to move more of their training onto domestic accelerators.",
        "Developers on social media were quick to test the model on coding and mathematics tasks.",
        "The announcement came during a week of several competing launches from rival laboratories.",
        "Cloud providers said they expected demand for inference capacity to keep rising through next year.",
        "Some researchers questioned whether the reported efficiency gains would hold at larger scales.",
        "The technical report describes a mixture-of-experts architecture with a shared routing layer.",
        "Pricing for the application programming interface was set well below that of comparable Western services.",
        "Investors have poured billions of yuan into the sector over the past eighteen months.",
        "A spokesperson said more details would be published in a forthcoming paper.",
        "Engineers familiar with the project described the training schedule as unusually aggressive.",
        "The model is available through a chat interface as well as for download by researchers.",
        "Regulators have required providers to register generative services before offering them to the public.",
    };

    private final long seed;
    private final boolean specs;

    public ArticleCorpus(long seed) {
        this(seed, true);
    }

    private ArticleCorpus(long seed, boolean specs) {
        this.seed = seed;
        this.specs = specs;
    }

    /** The same pages without spec sentences: articles that yield no claims (and so never a flag). */
    public static ArticleCorpus proseOnly(long seed) {
        return new ArticleCorpus(seed, false);
    }

    /** Page {@code i}: a complete HTML document of a few kilobytes. */
    public String html(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        String[] m = MODELS[r.nextInt(MODELS.length)];
        String model = m[0];
        String org = m[1];
        String publisher = PUBLISHERS[r.nextInt(PUBLISHERS.length)];
        int day = 1 + r.nextInt(28);
        int month = 1 + r.nextInt(12);
        int year = 2024 + r.nextInt(2);
        String iso = String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        String title = org + " details " + model + ": " + (100 + r.nextInt(900)) + "B parameters, story " + i;
        StringBuilder body = new StringBuilder();
        int words = 400 + r.nextInt(501);
        int written = 0;
        while (written < words) {
            StringBuilder para = new StringBuilder();
            for (int s = 0; s < 3 + r.nextInt(3); s++) {
                String sentence = r.nextInt(3) == 0 && specs ? specSentence(r, model, org) : prose(r);
                para.append(sentence).append(' ');
                written += sentence.split(" ").length;
            }
            body.append("<p>").append(para.toString().strip()).append("</p>\n");
            if (r.nextInt(6) == 0) {
                body.append("<div class=\"ad-slot\"><span>Advertisement</span></div>\n");
            }
        }
        String slug = model.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + i;
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>" + title + " | " + publisher
                + "</title>\n<meta property=\"og:title\" content=\"" + title + "\">\n<meta property=\"og:site_name\" content=\""
                + publisher + "\">\n<meta property=\"article:published_time\" content=\"" + iso + "T08:00:00Z\">\n"
                + "<link rel=\"canonical\" href=\"https://news.example/" + year + "/" + slug + "\">\n"
                + "<script>window.dataLayer=[];function track(){}</script>\n<style>.ad-slot{height:90px}</style></head>\n"
                + "<body><header class=\"masthead\"><a href=\"/\">" + publisher + "</a><nav class=\"main-nav\"><ul>"
                + "<li><a href=\"/ai\">AI</a></li><li><a href=\"/chips\">Chips</a></li><li><a href=\"/policy\">Policy</a></li>"
                + "<li><a href=\"/markets\">Markets</a></li><li><a href=\"/subscribe\">Subscribe</a></li></ul></nav></header>\n"
                + "<main><article><h1>" + title + "</h1>\n<p class=\"byline\">By Staff Reporter · " + day + " "
                + MONTHS[month - 1] + " " + year + "</p>\n<div class=\"share\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a>"
                + " <a href=\"#\">Email</a></div>\n<div class=\"article-body\">\n" + body + "</div></article>\n"
                + "<aside class=\"related\"><h2>Related stories</h2><ul><li><a href=\"/a\">Chip makers race to fill the gap</a>"
                + "</li><li><a href=\"/b\">Inside China's model price war</a></li><li><a href=\"/c\">What export controls"
                + " mean for training</a></li></ul></aside></main>\n<footer><p>© " + year + " " + publisher
                + ". All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer></body></html>\n";
    }

    private static final String[] WHO = {"Industry observers", "Two analysts", "A former engineer", "Local media", "Investors",
        "A venture capitalist in Shenzhen", "Researchers at a Beijing university", "A cloud executive", "Rival founders",
        "Officials in Hangzhou", "Several developers", "A hardware supplier", "Brokers in Hong Kong", "Academics"};
    private static final String[] VERB = {"said", "argued", "noted", "warned", "suggested", "cautioned", "claimed", "wrote",
        "told reporters", "stressed", "conceded", "speculated"};
    private static final String[] WHAT = {"prices would fall further", "the launch was rushed", "demand for inference is rising",
        "domestic chips are closing the gap", "export rules keep tightening", "benchmarks are easy to game",
        "training budgets are shrinking", "open weights help adoption", "the next release is months away",
        "regulators are watching closely", "data centres are short of power", "talent is moving between labs",
        "customers want cheaper tokens", "the hype may cool", "smaller models are good enough for most tasks"};
    private static final String[] WHEN = {"on Monday", "this week", "in a briefing", "last month", "at a conference in Shanghai",
        "in a post", "during an earnings call", "in an interview", "late on Friday", "in a research note"};

    /**
     * Industry prose assembled from parts (about 25,000 combinations, with a number) so that two articles share
     * about as much wording as two real reports do: a corpus of repeated stock sentences would make every page a
     * near-duplicate of every other, which real news is not.
     */
    private static String prose(Random r) {
        return r.nextInt(4) == 0 ? PROSE[r.nextInt(PROSE.length)]
                : WHO[r.nextInt(WHO.length)] + " " + VERB[r.nextInt(VERB.length)] + " " + WHEN[r.nextInt(WHEN.length)]
                + " that " + WHAT[r.nextInt(WHAT.length)] + ", citing " + (2 + r.nextInt(97)) + " "
                + (r.nextBoolean() ? "customers" : "projects") + ".";
    }

    private static String specSentence(Random r, String model, String org) {
        return switch (r.nextInt(9)) {
            case 0 -> model + " has " + (100 + r.nextInt(900)) + " billion total parameters, with " + (10 + r.nextInt(40))
                    + "B activated per token.";
            case 1 -> "The model supports a " + (32 << r.nextInt(4)) + "K-token context window.";
            case 2 -> org + " said " + model + " was pre-trained on " + (5 + r.nextInt(30)) + "." + r.nextInt(10)
                    + " trillion tokens.";
            case 3 -> "According to the company, training used " + String.format(Locale.ROOT, "%,d", 512 * (1 + r.nextInt(16)))
                    + " " + CHIPS[r.nextInt(CHIPS.length)] + " chips over " + (2 + r.nextInt(10)) + " weeks.";
            case 4 -> model + " reportedly scores " + (60 + r.nextInt(30)) + "." + r.nextInt(10) + " on MMLU.";
            case 5 -> "People familiar with the matter said the cluster had between " + (2 + r.nextInt(3)) + " and "
                    + (5 + r.nextInt(5)) + " thousand cards.";
            case 6 -> "The weights of " + model + " are available on Hugging Face under an open licence.";
            case 7 -> model + " was released on " + (1 + r.nextInt(28)) + " " + MONTHS[r.nextInt(12)] + " 2025.";
            default -> "Each " + CHIPS[r.nextInt(CHIPS.length)] + " card carries " + (32 << r.nextInt(3)) + " GB of memory.";
        };
    }

    /**
     * Writes pages {@code 0..n-1} as {@code dir/NNNNNN.html}; files already there with the right name are kept
     * (the corpus is a pure function of the seed), so a rerun reuses them.
     */
    public List<Path> write(Path dir, int n) {
        List<Path> files = new ArrayList<>(n);
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < n; i++) {
                Path f = dir.resolve(String.format(Locale.ROOT, "%06d.html", i));
                if (!Files.isRegularFile(f)) {
                    Files.writeString(f, html(i), StandardCharsets.UTF_8);
                }
                files.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus to " + dir, e);
        }
        return files;
    }
}
