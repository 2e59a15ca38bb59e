package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.model.Dosage;
import dev.careguide.model.Exercise;
import dev.careguide.model.Guide;
import dev.careguide.model.GuideValidator;
import dev.careguide.model.Item;
import dev.careguide.model.Provenance;
import dev.careguide.model.Quantity;
import dev.careguide.model.Remedy;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extraction, table-driven: each {@code extract/NN-name.txt} article is imported with the built-in rules and its
 * items must be exactly the lines of {@code extract/NN-name.drafts}, one line per item in source order:
 * {@code <type> <provenance lines> [<kind>/<safety>] | <title>}. The articles are written for these tests in the
 * layouts and forms the importer meets (dash bullets, Markdown, prose causes, warned-against practices, answered
 * questions, tables and contents, CRLF with a BOM, repetitions). Run with {@code -Dcareguide.writeExpected=true}
 * to rewrite the expectations from the current output, then read every changed line before committing it.
 */
class ExtractionTableTest {

    static Stream<String> articles() throws IOException, URISyntaxException {
        Path dir = Path.of(ExtractionTableTest.class.getResource("extract").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .sorted()
                    .map(n -> n.substring(0, n.length() - 4))
                    .toList()
                    .stream();
        }
    }

    /** Every sentence of the article stands in an item's provenance or in the report's unused list. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void everySentenceEndsInAnItemOrTheUnusedList(String name) throws Exception {
        Path dir = Path.of(ExtractionTableTest.class.getResource("extract").toURI());
        Path article = dir.resolve(name + ".txt");
        ImportResult result = new GuideImporter(ImportOptions.defaults()).importGuide(name, List.of(article), dir);
        List<String> spans = new ArrayList<>();
        result.guide().items().forEach(i -> i.provenance().forEach(p -> spans.add(p.text())));
        result.report().unused().forEach(u -> spans.add(u.text()));
        result.report().defects().forEach(d -> spans.add(d.text()));
        String text = Files.readString(article, StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .replace("\r", "");
        List<String> pieces = new ArrayList<>();
        for (String span : spans) {
            for (String piece : span.split("\n")) {
                if (!piece.isBlank()) {
                    pieces.add(piece.strip());
                }
            }
        }
        pieces.sort(java.util.Comparator.comparingInt(String::length).reversed());
        for (String piece : pieces) {
            text = text.replace(piece, "");
        }
        LanguageProfile english = LanguageProfile.forLocale("en");
        for (String line : text.split("\n")) {
            List<String> left = java.util.Arrays.stream(line.split("[^\\p{L}]+"))
                    .filter(w -> !w.isEmpty() && !english.functionWords.contains(w.toLowerCase(java.util.Locale.ROOT)))
                    .toList();
            assertThat(left)
                    .as("%s: text in no item and not reported unused: %s", name, line)
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void articleGivesItsDrafts(String name) throws Exception {
        Path dir = Path.of(ExtractionTableTest.class.getResource("extract").toURI());
        Path article = dir.resolve(name + ".txt");
        Guide guide = new GuideImporter(ImportOptions.defaults())
                .importGuide(name, List.of(article), dir)
                .guide();
        assertThat(new GuideValidator().validate(guide))
                .as("%s is a valid model", name)
                .isEmpty();
        List<String> actual = lines(guide);
        Path expectedFile = dir.resolve(name + ".drafts");
        if (Boolean.getBoolean("careguide.writeExpected")) {
            Path source = Path.of("src/test/resources/dev/careguide/importer/extract", name + ".drafts");
            Files.writeString(source, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
        assertThat(actual).as(name).containsExactlyElementsOf(expected);
    }

    /** An exercise's dosage as " [reps 8-10, 2/day, 30 s]"; empty when it has none. */
    private static String dosage(Dosage d) {
        if (d == null || d.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (d.repetitions() != null) {
            parts.add("reps " + range(d.repetitions()));
        }
        if (d.sets() != null) {
            parts.add("sets " + range(d.sets()));
        }
        if (d.timesPerDay() != null) {
            parts.add(range(d.timesPerDay()) + "/day");
        }
        if (d.duration() != null) {
            parts.add(range(d.duration()) + " " + d.duration().unit().wireName());
        }
        return " [" + String.join(", ", parts) + "]";
    }

    private static String range(Quantity q) {
        String min = q.min().stripTrailingZeros().toPlainString();
        String max = q.max().stripTrailingZeros().toPlainString();
        return min.equals(max) ? min : min + "-" + max;
    }

    /** One line per cause, remedy, exercise and warning sign, in order of first appearance. */
    static List<String> lines(Guide guide) {
        List<Item> items = new ArrayList<>();
        items.addAll(guide.causes());
        items.addAll(guide.remedies());
        items.addAll(guide.exercises());
        items.addAll(guide.warningSigns());
        items.sort((a, b) -> Integer.compare(
                a.provenance().get(0).startLine(), b.provenance().get(0).startLine()));
        List<String> out = new ArrayList<>();
        for (Item item : items) {
            String lines = item.provenance().stream()
                    .map(Provenance::startLine)
                    .distinct()
                    .map(String::valueOf)
                    .collect(Collectors.joining(","));
            String labels = item instanceof Remedy r
                    ? " " + r.kind().wireName() + "/" + r.safety().level().wireName()
                    : item instanceof Exercise e ? dosage(e.dosage()) : "";
            out.add(item.type().prefix() + " " + lines + labels + " | " + item.title());
        }
        return out;
    }
}
