package org.specledger.claims.hedges;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.specledger.claims.Hedge;

class HedgesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DeepSeek-V3 has 671B parameters. | STATED",
            "DeepSeek-V4 reportedly has a trillion parameters. | REPORTED",
            "According to the paper, it used 2,048 GPUs. | REPORTED",
            "MiniMax says the run used 512 H800 GPUs. | REPORTED",
            "Insider reports put it at 1.2 T. | RUMOURED",
            "People familiar with the matter said it will be open. | RUMOURED",
            "Chatter suggests 2.4 T total parameters. | RUMOURED",
            "If true, it could arrive in May. | SPECULATIVE",
            "据报道，该模型有1万亿参数。 | REPORTED",
            "据悉，训练使用了6000张卡。 | REPORTED",
            "知情人士透露，总参数约1.2万亿。 | RUMOURED",
            "传闻该模型或将开源。 | SPECULATIVE",
            "Wu added that the model reads 256K tokens. | REPORTED",
            "Liu noted that the weights went up in October. | REPORTED",
            "华为方面介绍，训练全程在昇腾平台上完成。 | REPORTED",
            "据官方介绍，该模型总参数1万亿。 | REPORTED",
            "DeepSeek added a thinking mode to V3.1. | STATED",
            "不少开发者称其为最强的开源模型。 | STATED"})
    void readsCueWords(String sentence, Hedge expected) {
        assertThat(Hedges.of(sentence)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "According to people familiar with the plan, V4 is big. | true",
            "V4 is big, according to people familiar. | false"})
    void framesOpenOnlyAtTheStart(String sentence, boolean opens) {
        assertThat(Hedges.opensFrame(sentence)).isEqualTo(opens);
    }
}
