package org.specledger.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.specledger.claims.Claim;
import org.specledger.claims.Hedge;
import org.specledger.db.ClaimView;
import org.specledger.web.server.WebServer;

/** The search page rendered from a fake index: hits, marks, claims, facet links, the parser's message. */
class SearchPageTest {
    static final Searcher.Found HIT = new Searcher.Found(7, "GLM-4.5 <script>x()</script>", "https://a.example/1",
            "36氪", "2026-03-05", List.of(List.of(new SearchView.Part("总参数", false),
            new SearchView.Part("3550亿", true), new SearchView.Part(" <img src=x>", false))));

    static final Searcher FAKE = state -> {
        if (state.query().contains("\"")) {
            throw new Searcher.Unreadable("The quote opened at column 1 is not closed.");
        }
        return new Searcher.Result(45, List.of(HIT), Map.of(
                "model", List.of(new Searcher.Count("GLM-4.5", 40), new Searcher.Count("Kimi K2", 5)),
                "hedge", List.of(new Searcher.Count("rumoured", 3))));
    };

    static List<ClaimView> claims(long documentId) {
        Claim c = Claim.number("GLM-4.5", "total_parameters", 355e9, null, null, "3550亿", "总参数3550亿", 0, 8,
                Hedge.REPORTED).withIds(99, documentId);
        return List.of(new ClaimView(c, "glm-4-5", "https://a.example/1", "t", "2026-03-05", "36氪"));
    }

    static String render(SearchView v) {
        return WebServer.render("pages/search.jte", Map.of("view", v));
    }

    @Test
    void hitsShowMarkedSnippetsEscapedAndTheirClaims() {
        SearchState s = SearchStateTest.parse("q", "参数", "model", "Kimi K2");
        String html = render(new SearchPage(FAKE, SearchPageTest::claims).view(s));
        assertThat(html).contains("总参数<mark>3550亿</mark> &lt;img src=x&gt;");
        assertThat(html).contains("GLM-4.5 &lt;script&gt;x()&lt;/script&gt;").doesNotContain("<script>x()");
        assertThat(html).contains("href=\"/models/glm-4-5\"", "total_parameters = <a href=\"/documents/7#claim-99\">355 B</a>");
        assertThat(html).contains("45 reports");
    }

    @Test
    void facetLinksAddOrRemoveAValueAndKeepTheRest() {
        SearchState s = SearchStateTest.parse("q", "参数", "model", "Kimi K2", "page", "2");
        SearchView v = new SearchPage(FAKE, SearchPageTest::claims).view(s);
        var model = v.facets().get(0);
        assertThat(model.dimension()).isEqualTo("model");
        assertThat(model.values()).extracting(SearchView.FacetValue::value, SearchView.FacetValue::active,
                SearchView.FacetValue::url).containsExactly(
                org.assertj.core.groups.Tuple.tuple("GLM-4.5", false, "/search?q=%E5%8F%82%E6%95%B0&model=Kimi+K2&model=GLM-4.5"),
                org.assertj.core.groups.Tuple.tuple("Kimi K2", true, "/search?q=%E5%8F%82%E6%95%B0"));
        assertThat(v.facets()).extracting(SearchView.FacetGroup::dimension).containsExactly("model", "hedge");
        assertThat(v.pages()).extracting(SearchView.PageLink::label).containsExactly("← Previous", "1", "2", "3", "Next →");
        String html = render(v);
        assertThat(html).contains("href=\"/search?q=%E5%8F%82%E6%95%B0&amp;model=Kimi+K2&amp;model=GLM-4.5\"");
        assertThat(html).contains("<span class=\"count\">40</span>");
    }

    @Test
    void aChosenValueOutsideTheTopListCanStillBeRemoved() {
        SearchState s = SearchStateTest.parse("hedge", "speculative");
        SearchView v = new SearchPage(FAKE, SearchPageTest::claims).view(s);
        var hedge = v.facets().stream().filter(g -> g.dimension().equals("hedge")).findFirst().orElseThrow();
        assertThat(hedge.values().get(0).value()).isEqualTo("speculative");
        assertThat(hedge.values().get(0).url()).isEqualTo("/search");
    }

    @Test
    void anUnreadableQueryShowsTheParsersMessageInThePage() {
        SearchView v = new SearchPage(FAKE, SearchPageTest::claims).view(SearchStateTest.parse("q", "\"open"));
        assertThat(v.error()).isEqualTo("The quote opened at column 1 is not closed.");
        String html = render(v);
        assertThat(html).contains("The query could not be read:", "The quote opened at column 1 is not closed.");
        assertThat(html).contains("value=\"&#34;open\"");
    }

    @Test
    void withoutAnIndexThePageSaysSo() {
        assertThat(render(new SearchPage(null, SearchPageTest::claims).view(SearchStateTest.parse("q", "x"))))
                .contains("search index is not available");
    }
}
