package org.specledger.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchStateTest {
    static SearchState parse(String... kv) {
        Map<String, List<String>> params = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            params.computeIfAbsent(kv[i], k -> new java.util.ArrayList<>()).add(kv[i + 1]);
        }
        return SearchState.fromParams(params);
    }

    @Test
    void theUrlHoldsTheWholeStateAndReadsBackTheSame() {
        SearchState s = parse("q", "上下文 \"Ascend 910C\"", "model", "GLM-4.5", "model", "Kimi K2", "hedge", "rumoured",
                "sort", "date", "page", "3");
        assertThat(s.url()).isEqualTo("/search?q=%E4%B8%8A%E4%B8%8B%E6%96%87+%22Ascend+910C%22&model=GLM-4.5"
                + "&model=Kimi+K2&hedge=rumoured&sort=date&page=3");
        java.net.URI uri = java.net.URI.create("http://x" + s.url());
        Map<String, List<String>> back = new java.util.LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] p = pair.split("=", 2);
            back.computeIfAbsent(p[0], k -> new java.util.ArrayList<>())
                    .add(java.net.URLDecoder.decode(p[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(SearchState.fromParams(back)).isEqualTo(s);
    }

    @Test
    void addingAndRemovingAFacetValueGoesBackToPageOne() {
        SearchState s = parse("q", "glm", "page", "4");
        SearchState added = s.adding("publisher", "36氪");
        assertThat(added.has("publisher", "36氪")).isTrue();
        assertThat(added.page()).isEqualTo(1);
        assertThat(added.url()).isEqualTo("/search?q=glm&publisher=36%E6%B0%AA");
        assertThat(added.adding("publisher", "36氪")).isEqualTo(added);
        assertThat(added.toggling("publisher", "36氪").url()).isEqualTo("/search?q=glm");
        assertThat(added.adding("year", "2026").removing("publisher", "36氪").url()).isEqualTo("/search?q=glm&year=2026");
    }

    @Test
    void defaultsAreLeftOutAndJunkIsIgnored() {
        SearchState s = parse("q", "  ", "page", "x", "sort", "bogus", "evil", "1", "model", "");
        assertThat(s.url()).isEqualTo("/search");
        assertThat(s.sort()).isEqualTo(SearchState.RELEVANCE);
        assertThat(parse("page", "-5").page()).isEqualTo(1);
        assertThat(parse("page", "999999").page()).isEqualTo(SearchState.MAX_PAGE);
        assertThat(s.sortedBy("date").url()).isEqualTo("/search?sort=date");
    }

    @Test
    void filtersKeepTheDimensionOrderWhateverTheUrlOrder() {
        SearchState s = parse("year", "2026", "model", "GLM-4.5");
        assertThat(s.filters().keySet()).containsExactly("model", "year");
    }

    @Test
    void pagerShowsAWindowWithGapsAndNoLinkForTheCurrentPage() {
        SearchState s = parse("q", "a", "page", "10");
        List<SearchView.PageLink> links = SearchView.pager(s, 20L * 30);
        assertThat(links).extracting(SearchView.PageLink::label)
                .containsExactly("← Previous", "1", "…", "8", "9", "10", "11", "12", "…", "30", "Next →");
        assertThat(links.get(5).url()).isNull();
        assertThat(links.get(5).current()).isTrue();
        assertThat(links.get(0).url()).isEqualTo("/search?q=a&page=9");
        assertThat(links.get(1).url()).isEqualTo("/search?q=a");
        assertThat(SearchView.pager(s, 15)).isEmpty();
        assertThat(SearchView.pager(parse("page", "1"), 41)).extracting(SearchView.PageLink::label)
                .containsExactly("1", "2", "3", "Next →");
    }

    @Test
    void activeFiltersAreChipsThatRemoveThemselves() {
        SearchState s = parse("q", "x", "model", "A", "flagged", "true");
        assertThat(SearchView.unavailable(s).activeFilters()).extracting(SearchView.FacetValue::value, SearchView.FacetValue::url)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Model: A", "/search?q=x&flagged=true"),
                        org.assertj.core.groups.Tuple.tuple("Flagged: true", "/search?q=x&model=A"));
    }
}
