package org.specledger.claims.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.specledger.claims.text.CuePattern;

/**
 * Every cue of the extractor answers with its literal pre-filter exactly as its plain expression does, on every
 * sentence and sentence tail of the repository's sample pages (original case and lower case, as the rules pass it).
 */
class CuesFilterTest {
    @Test
    void everyCueAnswersAsItsExpressionOnTheSamples() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("..", "samples"))) {
            for (Path p : files.filter(f -> f.toString().matches(".*\\.(txt|html)$")).toList()) {
                for (String sentence : read(p).split("(?<=[.!?。！？\\n])")) {
                    for (int cut = 0; cut < sentence.length(); cut += 60) {
                        texts.add(sentence.substring(cut)); // tails too: rules test the left and right of a number
                    }
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(1000);
        int cues = 0;
        for (Field f : Cues.class.getDeclaredFields()) {
            if (f.getType() != CuePattern.class || !Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            CuePattern cue = (CuePattern) f.get(null);
            cues++;
            for (String t : texts) {
                for (String s : new String[] {t, t.toLowerCase(Locale.ROOT)}) {
                    boolean expected = cue.pattern().matcher(s).find();
                    assertThat(cue.in(s)).as("%s on \"%s\"", f.getName(), s).isEqualTo(expected);
                }
            }
        }
        assertThat(cues).isGreaterThan(40);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
