package org.specledger.claims.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyndicationTest {
    private static final String ORIGINAL = Fixtures.resource("article-original.txt");
    private static final String UNRELATED = """
            Baidu said on Friday that its cloud unit had brought a new data centre online in Yangquan, Shanxi province,
            adding capacity for customers that rent computing power by the hour. The company did not name the chips
            installed there. A spokesperson said demand from manufacturers and from local governments running public
            services had grown faster than expected during the year, and that prices would stay unchanged for now.
            """;

    @Test
    void aLightlyEditedCopyJoinsItsOriginalAndAnUnrelatedStoryDoesNot() {
        String copy = Fixtures.lightlyEdited(ORIGINAL);
        assertThat(Syndication.similarity(ORIGINAL, copy)).isGreaterThan(Syndication.NEAR_DUPLICATE);
        Map<Long, Long> g = Syndication.groups(List.of(
                new DocInfo(7, "https://wire.example/kimi", null, "Wire", "2026-03-03", ORIGINAL),
                new DocInfo(3, "https://portal.example/tech/kimi-k3", null, "Portal", "2026-03-04", copy),
                new DocInfo(9, "https://news.example/baidu", null, "News", "2026-03-04", UNRELATED)));
        assertThat(g).containsEntry(7L, 3L).containsEntry(3L, 3L).containsEntry(9L, 9L);
    }

    @Test
    void canonicalLinksToOnePageMakeOneGroup() {
        Map<Long, Long> g = Syndication.groups(List.of(
                new DocInfo(1, "https://www.site.example/story/1/?utm_source=x", null, "Site", null, "a"),
                new DocInfo(2, "https://amp.site.example/s1", "https://site.example/story/1", "Site", null, "b"),
                new DocInfo(3, "https://other.example/s", "https://other.example/s#top", "Other", null, "c")));
        assertThat(g).containsEntry(1L, 1L).containsEntry(2L, 1L).containsEntry(3L, 3L);
    }

    @Test
    void anAttributionLineNamingThePublisherOfASimilarTextGroupsThem() {
        // Heavier rewrite than a copy: the first paragraph only, plus the attribution line.
        String rewrite = ORIGINAL.substring(0, ORIGINAL.indexOf("The launch comes")) + "\nOriginally published by Wire.";
        assertThat(Syndication.attributions(rewrite)).containsExactly("Wire");
        Map<Long, Long> g = Syndication.groups(List.of(
                new DocInfo(1, "https://wire.example/kimi", null, "Wire", null, ORIGINAL),
                new DocInfo(2, "https://wire.example/baidu", null, "Wire", null, UNRELATED),
                new DocInfo(5, "https://blog.example/k3", null, "Blog", null, rewrite)));
        assertThat(g).containsEntry(5L, 1L).containsEntry(2L, 2L);
    }

    @Test
    void sourceLinesNameUrlsOrPublishers() {
        assertThat(Syndication.attributions("Text.\nSource: https://caixin.example/2026/k3.html\nMore."))
                .containsExactly("https://caixin.example/2026/k3.html");
        assertThat(Syndication.attributions("正文。\n来源：新华社\n")).containsExactly("新华社");
        assertThat(Syndication.attributions("The source: a person familiar with the plan said so.")).isEmpty();
    }

    @Test
    void chineseCopiesAreFoundByCharacterShingles() {
        String zh = "月之暗面周二发布了新一代大模型，公司表示该模型总参数达到一万二千亿，激活参数约为四百八十亿，"
                + "上下文长度为二十五万六千个词元。技术报告显示，预训练在国产昇腾芯片集群上进行了大约九周，"
                + "每张卡配备一百二十八吉字节的高带宽内存。分析人士认为，此举意在向客户表明国产生态已能支撑前沿规模的训练。";
        String edited = zh.replace("周二", "本周").replace("分析人士认为", "有分析师指出");
        assertThat(Syndication.similarity(zh, edited)).isGreaterThan(Syndication.NEAR_DUPLICATE);
        assertThat(Syndication.similarity(zh, "百度周五表示，其云业务在山西阳泉新建的数据中心已经投入使用，为按小时租用算力的客户增加了容量。"))
                .isLessThan(0.1);
    }
}
