package dev.careguide.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.From;
import net.jqwik.api.constraints.Size;

/** Our writer and reader agree with {@link java.util.Properties} on arbitrary Unicode keys and values. */
class PropertiesAgreementTest {

    @Provide
    Arbitrary<String> unicode() {
        return Arbitraries.strings().all().ofMaxLength(24);
    }

    @Provide
    Arbitrary<String> tricky() {
        return Arbitraries.strings().withChars(" \t\f\r\n\\=:#!u0aЖ\u2028\uD83D\uDE00\uFEFF").ofMaxLength(24);
    }

    @Property(tries = 300)
    boolean writtenFileReadsTheSameInJavaAndOurReader(
            @ForAll @Size(max = 6) Map<@From("unicode") String, @From("unicode") String> map) throws Exception {
        return agree(map);
    }

    @Property(tries = 300)
    boolean trickyCharactersSurviveTheRoundTrip(
            @ForAll @Size(max = 6) Map<@From("tricky") String, @From("tricky") String> map) throws Exception {
        return agree(map);
    }

    @Property(tries = 1000)
    void ourReaderReadsHandWrittenTextLikeJava(@ForAll("rawText") String text) throws Exception {
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

    @Provide
    Arbitrary<String> rawText() {
        return Arbitraries.strings().withChars("ab=: \t\f\\\n\r#!uF0").ofMaxLength(40);
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
        assertThat(CatalogFile.of(ours, null).write()).isEqualTo(text.substring("# header\n\n".length()).isEmpty()
                ? "# header\n" : text);
        return true;
    }

    private static Map<String, String> asMap(Properties p) {
        Map<String, String> m = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }
}
