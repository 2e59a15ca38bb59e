package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.model.Guide;
import dev.careguide.model.Item;
import dev.careguide.model.Provenance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The example project's model, as its build imports it (the article with the project's glossary and editorial
 * file), must keep every item under its type and on its lines: {@code example-model.golden} lists one line per
 * item, {@code <type> <provenance line ranges>}, sorted. The file names no titles and quotes no text, so it
 * fails when an item moves between types, appears, disappears or changes its lines. After a deliberate change
 * to the importer, run with {@code -Dcareguide.writeExpected=true} and read the diff before committing it.
 */
class ExampleModelGoldenTest {

    private static final Path EXAMPLE = Path.of("../examples/leg-cramps/src/main");
    private static final Path GOLDEN = Path.of("src/test/resources/dev/careguide/importer/example-model.golden");

    @Test
    void everyItemKeepsItsTypeAndItsLines() throws Exception {
        Path content = EXAMPLE.resolve("content");
        ImportOptions options = ImportOptions.defaults()
                .withGlossaryFile(EXAMPLE.resolve("careguide/glossary.yaml"))
                .withEditorialFile(EXAMPLE.resolve("careguide/editorial.yaml"))
                .withIdsFile(EXAMPLE.resolve("careguide/ids.json"));
        Guide guide = new GuideImporter(options)
                .importGuide("leg-cramps-pregnancy", List.of(content.resolve("leg-cramps-pregnancy.txt")), content)
                .guide();
        List<String> actual = new ArrayList<>();
        for (Item item : guide.items()) {
            String lines = item.provenance().stream()
                    .map(ExampleModelGoldenTest::range)
                    .distinct()
                    .collect(Collectors.joining(","));
            actual.add(item.type().prefix() + " " + lines);
        }
        actual.sort(null);
        if (Boolean.getBoolean("careguide.writeExpected")) {
            Files.writeString(GOLDEN, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(actual).containsExactlyElementsOf(Files.readAllLines(GOLDEN, StandardCharsets.UTF_8));
    }

    private static String range(Provenance p) {
        return p.startLine() == p.endLine() ? String.valueOf(p.startLine()) : p.startLine() + "-" + p.endLine();
    }
}
