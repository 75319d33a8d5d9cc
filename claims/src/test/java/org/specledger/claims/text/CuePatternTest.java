package org.specledger.claims.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The literal pre-filter of cue expressions: which pieces it reads from an expression, and that a filtered search
 * answers exactly as the plain search does (a filter that refused a real match would silently lose claims).
 */
class CuePatternTest {
    @Test
    void piecesAreTheLiteralRunsEveryMatchHolds() {
        assertThat(pieces("train|pre-?train|训练")).containsExactly("train", "训练");
        assertThat(pieces("rumou?red")).containsExactly("rumo");
        assertThat(pieces("\\bcould\\b|\\bmight\\b")).containsExactly("could", "might");
        // a group every match passes through gives its alternatives' pieces
        assertThat(pieces("\\b(?:could|may(?! \\d)|speculat\\w{0,6})\\b|或将")).containsExactly("could", "may", "speculat", "或将");
        // an optional group gives nothing; the required word after it does
        assertThat(pieces("(?:has |had )?(?:just )?released")).containsExactly("released");
        // escaped punctuation is literal; a repeated character ends its run after itself
        assertThat(pieces("US ?\\$|\\$\\d+|x+yz")).containsExactly("US", "$", "yz");
        assertThat(pieces("CONTEXT", Pattern.CASE_INSENSITIVE)).containsExactly("context");
    }

    @Test
    void anAlternativeWithoutALiteralTurnsTheFilterOff() {
        assertThat(pieces("[a-z]+|walked")).isNull();
        assertThat(pieces("[a-z]+ing|walked")).containsExactly("ing", "walked");
        assertThat(pieces("(?=x)\\d+")).isNull();
        assertThat(pieces("\\d{4}-\\d{2}")).containsExactly("-");
        assertThat(CuePattern.compile("[0-9]+").mayMatch("no digits here")).isTrue();
    }

    @Test
    void aFilteredSearchFindsExactlyWhatThePlainSearchFinds() {
        String[] expressions = {
                "\\b(?:could|might|may(?! \\d)|would|if true|speculat\\w{0,6}|rumou?red to be)\\b|或将|可能",
                "(?:comparable|similar)(?: \\w+){0,2} (?:to|with)(?: a| the)?|from(?: the usual)?|up from|相比|比",
                "^[- ]?(?:token )?(?:context|上下文|window|tokens? of context)",
                "(?:\\bof|\\bat|\\bis|:|：|为|是) ?$",
                "(?:'s )?(?: has| had)? (?:just )?(?:released|launched) (?:its|a|the) (?:\\w+ ){0,3}(?:model|llm)|(?:正式)?(?:发布|推出)了?",
                "US ?\\$|USD ?|\\$|＄", "x+yz|a{2,3}b|c{0,2}d", "(?i:open)-?sourc|closed"};
        String[] fragments = {"could", "Could", "may 3", "may", "rumored to be", "rumoured", "speculation", "或将", "可能",
                "similar", "comparable in size to", "from", "up from", "the usual", "相比", "比", "context", "Context",
                "window", "tokens of context", "token ", "of", "at", "is", ":", "：", "为", "是", "released", "launched",
                "its", "model", "LLM", "正式", "发布", "了", "US", "$", "USD", "＄", "xxyz", "aab", "cd", "d", "OPEN",
                "-", "sourc", "closed", " ", " ", " ", ",", ".", "1", "2024", "a", "the", "s", "'s", "has", "just"};
        SplittableRandom r = new SplittableRandom(20261130L);
        for (String e : expressions) {
            for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE}) {
                CuePattern cue = CuePattern.compile(e, flags);
                Pattern plain = Pattern.compile(e, flags);
                int matched = 0;
                for (int i = 0; i < 4000; i++) {
                    StringBuilder text = new StringBuilder();
                    for (int k = r.nextInt(6); k >= 0; k--) {
                        text.append(fragments[r.nextInt(fragments.length)]);
                    }
                    String s = text.toString();
                    boolean expected = plain.matcher(s).find();
                    assertThat(cue.in(s)).as("%s on \"%s\"", e, s).isEqualTo(expected);
                    matched += expected ? 1 : 0;
                }
                assertThat(matched).as("the fuzz reaches matches of %s", e).isGreaterThan(50);
            }
        }
    }

    private static List<String> pieces(String regex) {
        return pieces(regex, 0);
    }

    private static List<String> pieces(String regex, int flags) {
        List<String> p = CuePattern.compile(regex, flags).pieces();
        return p == null ? null : new ArrayList<>(p);
    }
}
