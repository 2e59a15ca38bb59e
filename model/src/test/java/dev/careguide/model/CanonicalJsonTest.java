package dev.careguide.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    record Sample(String zeta, BigDecimal amount, List<String> empty, Map<String, Integer> counts, String text) {}

    private static final Sample SAMPLE =
            new Sample("z", new BigDecimal("1E+3"), List.of(), Map.of("b", 2, "a", 1), "🦵 «x» \u0007");

    @Test
    void declaredOrderKeepsFieldsAsDeclaredAndSortsMapKeys() {
        assertThat(CanonicalJson.DECLARED.text(SAMPLE)).isEqualTo("""
                {
                  "zeta": "z",
                  "amount": 1000,
                  "empty": [],
                  "counts": {
                    "a": 1,
                    "b": 2
                  },
                  "text": "🦵 «x» \\u0007"
                }
                """);
    }

    @Test
    void sortedOrderSortsEveryKey() {
        assertThat(CanonicalJson.SORTED.text(SAMPLE)).isEqualTo("""
                {
                  "amount": 1000,
                  "counts": {
                    "a": 1,
                    "b": 2
                  },
                  "empty": [],
                  "text": "🦵 «x» \\u0007",
                  "zeta": "z"
                }
                """);
    }

    @Test
    void aStreamedGeneratorWritesTheSameBytesAndLeavesTheStreamOpen() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var generator = CanonicalJson.DECLARED.generator(out)) {
            generator.writeStartObject();
            generator.writeStringField("a", "b");
            generator.writeArrayFieldStart("list");
            generator.writeEndArray();
            generator.writeEndObject();
            CanonicalJson.end(generator);
        }
        out.write('x');

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(CanonicalJson.DECLARED.text(Map.of("a", "b", "list", List.of())) + "x");
    }
}
