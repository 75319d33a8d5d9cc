package org.specledger.claims.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.specledger.claims.Attribution;
import org.specledger.claims.Claim;
import org.specledger.claims.models.Mention;
import org.specledger.claims.models.ModelCatalog;
import org.specledger.claims.text.NormalizedText;
import org.specledger.claims.text.Sentences;

/** The annotation layers one by one, on sentences written for this test. */
class LayersTest {
    private static DocumentAnnotation doc(String text) {
        NormalizedText nt = NormalizedText.of(text);
        DocumentAnnotation d = new DocumentAnnotation(nt, Sentences.split(nt.text()), LocalDate.of(2026, 3, 1),
                ModelCatalog.defaults());
        List<List<Mention>> named = new ArrayList<>();
        for (var s : d.sentences) {
            List<Mention> ms = ModelAnnotator.named(d, s.start(), s.end());
            named.add(ms);
            ms.forEach(m -> d.remember(m.model()));
        }
        d.subject = SubjectAnnotator.documentSubject(d, named);
        return d;
    }

    @Test
    void theHeadlineNamesTheSubjectAndAReferenceModelNeverIsOne() {
        assertThat(doc("GPT-4o meets GLM-4.5 in a new test\n\nThe scores came in on Monday.").subject.name())
                .isEqualTo("GLM-4.5");
        // two models named as often in the lead: no subject is clear
        assertThat(doc("Kimi K2 was set beside DeepSeek-V3. Both are large.").subject).isNull();
    }

    @Test
    void aShortNameResolvesToTheFamilyMemberTheDocumentNames() {
        DocumentAnnotation d = doc("DeepSeek-V3 came first.\n\nLater its V3 model got a quieter update.");
        SentenceAnnotation s = new SentenceAnnotation(d, 1);
        s.mentions = ModelAnnotator.withShortNames(d, s.start, s.end, List.of(), s.contextual);
        assertThat(s.mentions).extracting(m -> m.model().name()).containsExactly("DeepSeek-V3");
        assertThat(s.contextual).hasSize(1);
    }

    @Test
    void aNameGluedToItsVersionIsAModelOnlyInASpecSentence() {
        DocumentAnnotation d = doc("Ridgeline Labs put out OrcaChat4 with 52B parameters.\n\n"
                + "北辰研究院发布大模型OrcaChat5，参数规模为1200亿。\n\nThe PlayBox5 sold well in March.");
        List<String> names = new ArrayList<>();
        for (var s : d.sentences) {
            ModelAnnotator.named(d, s.start(), s.end()).forEach(m -> names.add(m.model().name() + "/" + m.model().family()));
        }
        assertThat(names).containsExactly("OrcaChat4/OrcaChat", "OrcaChat5/OrcaChat"); // a console sale names no model
        assertThat(claims("Ridgeline Labs put out OrcaChat4 with 52B parameters.", null))
                .extracting(Claim::model, Claim::attribute, Claim::value).contains(tuple("OrcaChat4", "total_parameters", 52e9));
    }

    @Test
    void aFamilyNameWithAWordOfItsOwnIsAnotherModel() {
        // the document is about Kimi K2; a sibling the catalog does not list must not lend it its numbers
        assertThat(claims("Kimi K2 leads this week's list.\n\nThe runner-up is Kimi Sparrow, a 12B-parameter model "
                + "with a 64K context window.", null)).extracting(Claim::model, Claim::attribute)
                .contains(tuple("Kimi Sparrow", "total_parameters"), tuple("Kimi Sparrow", "context_length"))
                .noneMatch(t -> t.toList().get(0).equals("Kimi K2"));
        // a headline's verb, a maker's team or a site after a family name is no model
        assertThat(claims("Qwen Releases a 7B-parameter update as Qwen Team posts on Qwen Reddit.", null))
                .extracting(Claim::model).doesNotContain("Qwen Releases", "Qwen Team", "Qwen Reddit");
    }

    @Test
    void chromeLinesAreMarked() {
        DocumentAnnotation d = doc("Kimi K2 ships\n\nRelated: Qwen3 gets 1T parameters · 17h ago\n\nKimi K2 has 1T parameters.");
        SentenceAnnotation related = new SentenceAnnotation(d, 1);
        new ChromeAnnotator().annotate(related);
        SentenceAnnotation prose = new SentenceAnnotation(d, 2);
        new ChromeAnnotator().annotate(prose);
        assertThat(related.chrome).isTrue();
        assertThat(prose.chrome).isFalse();
    }

    @Test
    void clausesCutAtDashesAndWhatIfsAreMarked() {
        DocumentAnnotation d = doc("A dense 1T model would take 200 days on these cards - far too long, they said.");
        SentenceAnnotation s = new SentenceAnnotation(d, 0);
        new ClauseAnnotator().annotate(s);
        assertThat(s.clauses).hasSize(3);
        assertThat(s.comparisons).hasSize(1);
        assertThat(s.inComparison(d.text.indexOf("200"))).isTrue();
    }

    @Test
    void traditionalChineseReadsAsSimplified() {
        assertThat(NormalizedText.of("這個模型的總參數與激活參數").text()).isEqualTo("这个模型的总参数与激活参数");
        // simplified text is left as written: 昇 of 昇腾 is a name, not a traditional 升
        assertThat(NormalizedText.of("盘古在昇腾上训练,总参数与激活参数").text()).isEqualTo("盘古在昇腾上训练,总参数与激活参数");
        assertThat(claims("星河-2 是一個具有2350億總參數的模型。", null)).isEmpty(); // no model of that shape
        assertThat(claims("Qwen3-235B-A22B 具有2350億總參數和220億激活參數。", null))
                .extracting(Claim::attribute, Claim::value)
                .containsExactly(tuple("total_parameters", 235e9), tuple("active_parameters", 22e9));
    }

    static List<Claim> claims(String text, LocalDate published) {
        return ClaimExtractor.withDefaults().extract(text, published == null ? LocalDate.of(2026, 3, 1) : published);
    }

    @Test
    void attributionSaysHowTheModelWasDecided() {
        List<Claim> cs = claims("GLM-4.5 arrives\n\nGLM-4.5 has 355B parameters. It reads a 128K-token "
                + "context.\n\nThe weights are public under the MIT licence.", null);
        assertThat(cs).extracting(Claim::attribute, Claim::attribution).contains(
                tuple("total_parameters", Attribution.EXPLICIT), tuple("context_length", Attribution.CONTEXT),
                tuple("open_weights", Attribution.SUBJECT));
    }
}
