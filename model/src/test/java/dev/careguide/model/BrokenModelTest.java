package dev.careguide.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken variants of the golden model.json, each rejected with the JSON path and position of its problem. */
class BrokenModelTest {

    private static final String FILE = "target/careguide/model/leg-cramps-pregnancy/model.json";

    private final GuideCodec codec = new GuideCodec();

    /** The golden file with {@code target} (which must occur exactly once) replaced. */
    static String broken(String target, String replacement) {
        String golden = GuideCodecTest.golden();
        int at = golden.indexOf(target);
        assertThat(at).as("occurrences of %s", target).isNotNegative();
        assertThat(golden.indexOf(target, at + 1))
                .as("second occurrence of %s", target)
                .isNegative();
        return golden.substring(0, at) + replacement + golden.substring(at + target.length());
    }

    /** The 1-based line and column where {@code marker} first starts in {@code text}. */
    static String positionOf(String text, String marker) {
        int at = text.indexOf(marker);
        assertThat(at).as("marker %s", marker).isNotNegative();
        String before = text.substring(0, at);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = at - before.lastIndexOf('\n');
        return line + ":" + column;
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of(
                        "unknown enum value",
                        broken("\"kind\": \"first-aid\"", "\"kind\": \"first aid\""),
                        "$.remedies[0].kind",
                        "\"first aid\"",
                        "enumeration"),
                Arguments.of(
                        "missing title",
                        broken("      \"title\": \"Нехватка магния\",\n", ""),
                        "$.causes[0].title",
                        "{\n      \"id\": \"cause.magnesium-deficiency\"",
                        "required property 'title'"),
                Arguments.of(
                        "item id not matching its type's pattern",
                        broken("\"cause.magnesium-deficiency\"", "\"cause.Magnesium_deficiency\""),
                        "$.causes[0].id",
                        "\"cause.Magnesium_deficiency\"",
                        "regex"),
                Arguments.of(
                        "item id of another type",
                        broken("\"id\": \"warning.swelling\"", "\"id\": \"cause.swelling\""),
                        "$.warningSigns[0].id",
                        "\"cause.swelling\"",
                        "regex"),
                Arguments.of(
                        "range with min greater than max",
                        broken(
                                "\"min\": 10,\n          \"max\": 15,\n          \"unit\": \"second\"",
                                "\"min\": 20,\n          \"max\": 15,\n          \"unit\": \"second\""),
                        "$.remedies[0].quantities[0].min",
                        "20,",
                        "greater than max 15"),
                Arguments.of(
                        "negative quantity",
                        broken("\"min\": 0.5,", "\"min\": -0.5,"),
                        "$.remedies[0].quantities[1].min",
                        "-0.5",
                        "minimum"),
                Arguments.of(
                        "unknown schemaVersion",
                        broken("\"schemaVersion\": 1", "\"schemaVersion\": 2"),
                        "$.schemaVersion",
                        "2,",
                        "unsupported schemaVersion 2"),
                Arguments.of(
                        "missing schemaVersion",
                        broken("  \"schemaVersion\": 1,\n", ""),
                        "$.schemaVersion",
                        "{",
                        "missing schemaVersion"),
                Arguments.of(
                        "wrong type",
                        broken("\"startLine\": 3,", "\"startLine\": \"3\","),
                        "$.causes[0].provenance[0].startLine",
                        "\"3\"",
                        "integer"),
                Arguments.of(
                        "extra property",
                        broken("\"review\": \"approved\",", "\"review\": \"approved\",\n      \"colour\": \"red\","),
                        "$.remedies[0].colour",
                        "\"colour\"",
                        "not allowed"),
                Arguments.of(
                        "duplicate ids",
                        broken("\"id\": \"exercise.walk\"", "\"id\": \"exercise.calf-stretch\""),
                        "$.exercises[1].id",
                        "\"exercise.calf-stretch\",\n      \"title\": \"Прогулка\"",
                        "duplicate id 'exercise.calf-stretch', already used at $.exercises[0].id"),
                Arguments.of(
                        "negative line",
                        broken("\"startLine\": 3,", "\"startLine\": -3,"),
                        "$.causes[0].provenance[0].startLine",
                        "-3",
                        "minimum"),
                Arguments.of(
                        "end line before start line",
                        broken("\"endLine\": 4,", "\"endLine\": 2,"),
                        "$.causes[0].provenance[0].endLine",
                        "2,\n",
                        "endLine 2 is before startLine 3"),
                Arguments.of(
                        "remedy naming an unknown specialist",
                        broken(
                                "        \"specialist.obstetrician-gynecologist\"\n",
                                "        \"specialist.midwife\"\n"),
                        "$.remedies[0].specialists[0]",
                        "\"specialist.midwife\"",
                        "names no specialist"),
                Arguments.of(
                        "guide id not kebab-case",
                        broken("\"id\": \"leg-cramps-pregnancy\"", "\"id\": \"Leg Cramps\""),
                        "$.id",
                        "\"Leg Cramps\"",
                        "regex"),
                Arguments.of(
                        "source locale not BCP 47",
                        broken("\"sourceLocale\": \"ru\"", "\"sourceLocale\": \"ru-abcdefghi\""),
                        "$.sourceLocale",
                        "\"ru-abcdefghi\"",
                        "regex"),
                Arguments.of(
                        "source locale passing the pattern but ill-formed",
                        broken("\"sourceLocale\": \"ru\"", "\"sourceLocale\": \"ru-x\""),
                        "$.sourceLocale",
                        "\"ru-x\"",
                        "not a well-formed BCP 47 tag"),
                Arguments.of(
                        "blank step",
                        broken("\"Сядьте.\"", "\"   \""),
                        "$.remedies[0].steps[0]",
                        "\"   \"",
                        "step is blank"),
                Arguments.of(
                        "unsafe remedy without a reason",
                        broken(
                                "\"level\": \"needs-medical-review\",\n        \"reason\": \"folk remedy, not checked by a doctor\"",
                                "\"level\": \"unsafe\""),
                        "$.remedies[1].safety.reason",
                        "{\n        \"level\": \"unsafe\"",
                        "required property 'reason'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenModelIsRejectedWithPathAndPosition(
            String problem, String json, String path, String marker, String messagePart) {
        ModelFormatException e = catchThrowableOfType(ModelFormatException.class, () -> codec.fromJson(json, FILE));

        assertThat(e).as(problem).isNotNull();
        Diagnostic d = e.diagnostics().stream()
                .filter(x -> x.message().startsWith(path + ": "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no diagnostic for " + path + " in\n" + e.getMessage()));
        assertThat(d.file()).isEqualTo(FILE);
        assertThat(d.message()).contains(messagePart);
        assertThat(d.line() + ":" + d.column()).isEqualTo(positionOf(json, marker));
        assertThat(e.getMessage()).contains(FILE + ":" + d.line() + ":" + d.column() + ": error: " + path + ": ");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        String json = broken("\"kind\": \"first-aid\",", "\"kind\": \"first-aid\"");

        ModelFormatException e = catchThrowableOfType(ModelFormatException.class, () -> codec.fromJson(json, FILE));

        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("model-syntax");
            assertThat(d.message()).startsWith("malformed JSON: ");
            assertThat(d.line() + ":" + d.column()).isEqualTo(positionOf(json, "\"steps\""));
        });
    }

    @Test
    void duplicateJsonKeyIsMalformed() {
        String json = broken("\"kind\": \"first-aid\",", "\"kind\": \"first-aid\",\n      \"kind\": \"folk\",");

        ModelFormatException e = catchThrowableOfType(ModelFormatException.class, () -> codec.fromJson(json, FILE));

        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("Duplicate field 'kind'");
            assertThat(d.line())
                    .isEqualTo(Integer.parseInt(
                            positionOf(json, "\"kind\": \"folk\"").split(":")[0]));
        });
    }

    @Test
    void contentAfterTheDocumentIsMalformed() {
        ModelFormatException e = catchThrowableOfType(
                ModelFormatException.class, () -> codec.fromJson(GuideCodecTest.golden() + "{}\n", FILE));

        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("unexpected content after the JSON document");
            assertThat(d.line()).isEqualTo(GuideCodecTest.golden().split("\n").length + 1);
        });
    }

    @Test
    void invalidUtf8IsReportedWithItsPosition(@TempDir Path dir) throws IOException {
        byte[] golden = GuideCodecTest.golden().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = golden.clone();
        int at = GuideCodecTest.golden().indexOf("leg-cramps-pregnancy");
        bytes[at] = (byte) 0xC3;
        bytes[at + 1] = (byte) 0x28;
        Path file = dir.resolve("model.json");
        Files.write(file, bytes);

        ModelFormatException e = catchThrowableOfType(ModelFormatException.class, () -> codec.read(file));

        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(file.toString());
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).containsIgnoringCase("UTF-8");
        });
    }

    @Test
    void emptyDocumentIsMalformed() {
        ModelFormatException e = catchThrowableOfType(ModelFormatException.class, () -> codec.fromJson("", FILE));

        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("model-syntax");
            assertThat(d.line()).isEqualTo(1);
        });
    }

    @Test
    void hostilyDeepNestingIsRejectedWithoutOverflowingTheStack() {
        String json = "{\"schemaVersion\": 1, \"causes\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        ModelFormatException e = catchThrowableOfType(ModelFormatException.class, () -> codec.fromJson(json, FILE));

        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("model-syntax");
            assertThat(d.message()).contains("nesting depth");
        });
    }

    @Test
    void unreadableFileIsADiagnostic(@TempDir Path dir) {
        Path missing = dir.resolve("missing/model.json");

        DiagnosticException e = catchThrowableOfType(DiagnosticException.class, () -> codec.read(missing));

        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(missing.toString());
            assertThat(d.code()).isEqualTo("model-io");
        });
    }

    @Test
    void rootThatIsNotAnObjectIsRejected() {
        ModelFormatException e = catchThrowableOfType(ModelFormatException.class, () -> codec.fromJson("[1]", FILE));

        assertThat(e.getMessage()).contains(FILE + ":1:1: error: $: expected a JSON object, found array");
    }

    @Test
    void everySchemaProblemOfOneFileIsReportedTogetherInDocumentOrder() {
        String json = broken("\"kind\": \"first-aid\"", "\"kind\": \"first aid\"")
                .replace("\"startLine\": 3,", "\"startLine\": \"3\",")
                .replace("\"review\": \"approved\",", "\"review\": \"approved\",\n      \"colour\": \"red\",");

        ModelFormatException e = catchThrowableOfType(ModelFormatException.class, () -> codec.fromJson(json, FILE));

        assertThat(e.diagnostics())
                .extracting(d -> d.message().substring(0, d.message().indexOf(": ")))
                .containsExactly("$.causes[0].provenance[0].startLine", "$.remedies[0].kind", "$.remedies[0].colour");
    }

    @Test
    void everyGuideProblemOfOneFileIsReportedTogether() {
        String json = broken("\"id\": \"exercise.walk\"", "\"id\": \"exercise.calf-stretch\"")
                .replace("\"endLine\": 4,", "\"endLine\": 2,")
                .replace("\"Сядьте.\"", "\" \"")
                .replace("\"max\": 1.25,", "\"max\": 0.25,");

        ModelFormatException e = catchThrowableOfType(ModelFormatException.class, () -> codec.fromJson(json, FILE));

        assertThat(e.diagnostics())
                .extracting(d -> d.message().substring(0, d.message().indexOf(": ")))
                .containsExactly(
                        "$.causes[0].provenance[0].endLine",
                        "$.remedies[0].steps[0]",
                        "$.remedies[0].quantities[1].min",
                        "$.exercises[1].id");
        assertThat(e.diagnostics()).allSatisfy(d -> assertThat(d.line()).isPositive());
        assertThat(List.copyOf(e.diagnostics())).extracting(Diagnostic::line).isSorted();
    }
}
