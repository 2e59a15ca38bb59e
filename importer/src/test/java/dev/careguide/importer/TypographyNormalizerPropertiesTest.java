package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the normalizer checked on many seeded random strings of the characters it treats specially. */
class TypographyNormalizerPropertiesTest {

    private static final char[] ALPHABET = {'a', 'B', ' ', '.', ',', '-', '\u2013', '(', ')', '"', '\n', '\t', '?'};

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(60);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    @Test
    void everyCleanedCharacterMapsToTheSameSourceCharacter() {
        Random random = new Random(20261125L);
        for (int run = 0; run < 500; run++) {
            String source = randomText(random);
            MappedText text = TypographyNormalizer.normalize(source);
            for (int i = 0; i < text.length(); i++) {
                char c = text.text().charAt(i);
                if (c != ' ') {
                    assertThat(source.charAt(text.origin(i)))
                            .as("source %s", source)
                            .isEqualTo(c);
                }
            }
        }
    }

    @Test
    void cleaningTwiceChangesNothingMore() {
        Random random = new Random(42L);
        for (int run = 0; run < 500; run++) {
            String source = randomText(random).replace("\"", "");
            String once = TypographyNormalizer.normalize(source).text();
            assertThat(TypographyNormalizer.normalize(once).text())
                    .as("source %s", source)
                    .isEqualTo(once);
        }
    }
}
