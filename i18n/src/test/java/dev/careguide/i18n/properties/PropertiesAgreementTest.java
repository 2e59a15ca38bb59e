package dev.careguide.i18n.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.i18n.CatalogFile;
import dev.careguide.i18n.RandomText;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Our writer and reader agree with {@link java.util.Properties} on arbitrary Unicode keys and values. */
class PropertiesAgreementTest {

    private static final String TRICKY = " \t\f\r\n\\=:#!u0aЖ\u2028\uD83D\uDE00\uFEFF";

    static LongStream seeds300() {
        return RandomText.seeds(300);
    }

    static LongStream seeds1000() {
        return RandomText.seeds(1000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds300")
    void writtenFileReadsTheSameInJavaAndOurReader(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        agree(map(random, r -> RandomText.unicode(r, 24)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds300")
    void trickyCharactersSurviveTheRoundTrip(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        agree(map(random, r -> RandomText.from(r, TRICKY, 24)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds1000")
    void ourReaderReadsHandWrittenTextLikeJava(long seed) throws Exception {
        String text = RandomText.from(new SplittableRandom(seed), "ab=: \t\f\\\n\r#!uF0", 40);
        Properties java = new Properties();
        try {
            java.load(new StringReader(text));
        } catch (IllegalArgumentException malformedUnicodeEscape) {
            assertThat(PropertiesReader.parse(text, "f", null).problems())
                    .anyMatch(p -> p.code().equals("invalid-escape"));
            return;
        }
        Map<String, String> ours = PropertiesReader.parse(text, "f", null).asMap();
        assertThat(ours).isEqualTo(asMap(java));
    }

    private static Map<String, String> map(SplittableRandom random, Function<SplittableRandom, String> strings) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = random.nextInt(7); i > 0; i--) {
            map.put(strings.apply(random), strings.apply(random));
        }
        return map;
    }

    private static boolean agree(Map<String, String> map) throws Exception {
        StringBuilder sb = new StringBuilder("# header\n\n");
        map.forEach((k, v) -> sb.append(PropertiesWriter.property(k, v)).append('\n'));
        String text = sb.toString();
        Properties java = new Properties();
        java.load(new StringReader(text));
        PropertiesFile ours = PropertiesReader.read(text.getBytes(StandardCharsets.UTF_8), "f", null);
        assertThat(ours.problems()).isEmpty();
        Map<String, String> expected = new LinkedHashMap<>(map);
        assertThat(asMap(java)).isEqualTo(expected);
        assertThat(ours.asMap()).isEqualTo(expected);
        assertThat(CatalogFile.of(ours, null).write())
                .isEqualTo(text.substring("# header\n\n".length()).isEmpty() ? "# header\n" : text);
        return true;
    }

    private static Map<String, String> asMap(Properties p) {
        Map<String, String> m = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }
}
