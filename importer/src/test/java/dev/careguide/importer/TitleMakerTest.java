package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TitleMakerTest {

    @Test
    void stripsTrailingPunctuationAsTheRegexDid() {
        String alphabet = "ab ,;:.\t\n\r\u000B\f\u0085\u2028\u2029\u00A0!";
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(8);
            for (int k = 0; k < length; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertThat(TitleMaker.stripTrailingPunctuation(s)).as("'%s'", s).isEqualTo(s.replaceAll("[\\s,;:.]+$", ""));
        }
    }
}
