package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.model.DiagnosticException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdRegistryTest {

    @TempDir
    Path dir;

    private static IdRegistry.Entry entry(String id, String source, boolean retired) {
        return new IdRegistry.Entry(
                id, IdRegistry.Span.parse(source), List.of("yes", "calf", "true", "10"), "0123456789ab", retired);
    }

    @Test
    void writtenRegistryReadsBackTheSameAndIsSortedOneItemALine() throws Exception {
        IdRegistry registry = IdRegistry.absent()
                .with(
                        "leg-cramps",
                        List.of(entry("remedy.b", "a.txt:7, 9-12; b.txt:3", false), entry("cause.a", "a.txt:1", true)))
                .with(
                        "arm-cramps",
                        List.of(new IdRegistry.Entry(
                                "remedy.c",
                                IdRegistry.Span.parse("x/y.txt:2-3"),
                                List.of("no"),
                                "123456789012",
                                false)));
        Path file = dir.resolve("ids.json");

        assertThat(registry.write(file)).isTrue();
        assertThat(registry.write(file)).as("unchanged bytes are not rewritten").isFalse();
        IdRegistry read = IdRegistry.read(file);

        assertThat(read.exists()).isTrue();
        assertThat(read.guideIds()).containsExactly("arm-cramps", "leg-cramps");
        assertThat(read.entries("leg-cramps"))
                .containsExactly(entry("cause.a", "a.txt:1", true), entry("remedy.b", "a.txt:7, 9-12; b.txt:3", false));
        assertThat(read.entries("arm-cramps")).singleElement().satisfies(e -> {
            assertThat(e.words()).containsExactly("no");
            assertThat(e.fingerprint()).isEqualTo("123456789012");
        });
        assertThat(read.toJson()).isEqualTo(Files.readString(file));
        assertThat(Files.readString(file)).isEqualTo("""
                {
                  "arm-cramps" : {
                    "remedy.c" : "x/y.txt:2-3 | 123456789012 | no"
                  },
                  "leg-cramps" : {
                    "cause.a" : "retired | a.txt:1 | 0123456789ab | 10 calf true yes",
                    "remedy.b" : "a.txt:7, 9-12; b.txt:3 | 0123456789ab | 10 calf true yes"
                  }
                }
                """);
    }

    @Test
    void purgeDropsRetiredEntriesAndGuidesThatLeftTheContent() {
        IdRegistry registry = IdRegistry.absent()
                .with("leg-cramps", List.of(entry("remedy.b", "a.txt:7", false), entry("cause.a", "a.txt:1", true)))
                .with("gone", List.of(entry("remedy.c", "a.txt:2", false)));
        IdRegistry purged = registry.purged(Set.of("leg-cramps"));
        assertThat(purged.guideIds()).containsExactly("leg-cramps");
        assertThat(purged.entries("leg-cramps"))
                .extracting(IdRegistry.Entry::id)
                .containsExactly("remedy.b");
        assertThat(registry.retired("gone").entries("gone"))
                .extracting(IdRegistry.Entry::retired)
                .containsExactly(true);
    }

    @Test
    void aRegistryLargerThanTheDefaultYamlLimitReads() {
        List<IdRegistry.Entry> entries = new java.util.ArrayList<>();
        for (int i = 1; i <= 30_000; i++) {
            entries.add(new IdRegistry.Entry(
                    "remedy.item-" + i,
                    IdRegistry.Span.parse("article-" + i + ".txt:" + i),
                    List.of("massage", "calf", "muscle", "strong", "circular", "motions", "before", "sleep", "" + i),
                    "0123456789ab",
                    false));
        }
        Path file = dir.resolve("ids.json");
        IdRegistry.absent().with("g", entries).write(file);

        assertThat(file.toFile().length()).isGreaterThan(3 << 20);
        assertThat(IdRegistry.read(file).entries("g")).hasSize(30_000);
    }

    @Test
    void missingFileIsNoRegistry() {
        assertThat(IdRegistry.read(dir.resolve("ids.json")).exists()).isFalse();
        assertThat(IdRegistry.read(null).exists()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            '{"g": {\\n"remedy.x": "a.txt | 0123456789ab | calf"}}'           => entry of 'remedy.x' must be
            '{"g": {\\n"remedy.x": "a.txt:3-1 | 0123456789ab | calf"}}'       => entry of 'remedy.x' must be
            '{"g": {\\n"remedy.x": "a.txt:3 | 12 | calf"}}'                   => entry of 'remedy.x' must be
            '{"g": {\\n"remedy.x": "a.txt:3 | 0123456789ab"}}'                => entry of 'remedy.x' must be
            '{"g": {\\n"remedy.x": {"source": "a.txt:3"}}}'                   => entry of 'remedy.x' must be
            '{"g": {\\n"Remedy X": "a.txt:3 | 0123456789ab | calf"}}'         => 'Remedy X' is not an item id
            '{"g": {\\n"remedy.x": "gone | a.txt:3 | 0123456789ab | calf"}}'  => entry of 'remedy.x' must be
            '{"g": {"remedy.x": "a.txt:3 | 0123456789ab | a",\\n"remedy.x": "a.txt:4 | 0123456789ab | b"}}' => not a valid id registry: Duplicate field 'remedy.x'
            '{"g":\\n ["remedy.x"]}'                                           => not a valid id registry: guide 'g' must map
            """)
    void badEntryIsAnErrorAtItsPosition(String yaml, String message) throws Exception {
        Path file = dir.resolve("ids.json");
        Files.writeString(file, yaml.replace("\\n", "\n"));
        assertThatThrownBy(() -> IdRegistry.read(file))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e -> assertThat(e.diagnostics()).singleElement().satisfies(d -> {
                            assertThat(d.file()).endsWith("ids.json");
                            assertThat(d.line()).isEqualTo(2);
                            assertThat(d.column()).isPositive();
                            assertThat(d.message()).startsWith(message);
                        }));
    }
}
