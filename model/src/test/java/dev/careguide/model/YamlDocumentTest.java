package dev.careguide.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YamlDocumentTest {

    private static YamlDocument parse(String yaml) {
        return YamlDocument.parse("g.yaml", yaml.replace("\\n", "\n").replace("\\t", "\t"));
    }

    private static Diagnostic problem(String yaml) {
        try {
            parse(yaml);
        } catch (DiagnosticException e) {
            assertThat(e.diagnostics()).hasSize(1);
            return e.diagnostics().get(0);
        }
        throw new AssertionError("accepted: " + yaml);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "alias as a value          | a: &the the\\nb: {from: *the, to: x}     | yaml-alias         | 2 | 11",
                "alias as a title          | t: &t Title\\ntitle: *t                  | yaml-alias         | 2 | 8",
                "alias in a list           | a: &x 1\\nl: [*x]                        | yaml-alias         | 2 | 5",
                "merge key                 | base: {a: 1}\\nitem:\\n  <<: {b: 2}      | yaml-alias         | 3 | 3",
                "duplicate key             | g:\\n  a: 1\\ng:\\n  b: 2                 | yaml-duplicate-key | 3 | 1",
                "quoted duplicate          | a: 1\\n'a': 2                            | yaml-duplicate-key | 2 | 1",
                "binary tag                | a: !!binary aGVsbG8=                    | yaml-tag           | 1 | 4",
                "custom tag                | a: !custom x                            | yaml-tag           | 1 | 4",
                "python tag                | a: !!python/object:os.system x          | yaml-tag           | 1 | 4",
                "map tag on a scalar       | a: !!map x                              | yaml-tag           | 1 | 4",
                "set tag                   | a: !!set {x: null}                      | yaml-tag           | 1 | 4",
                "second document           | a: 1\\n---\\nb: 2                        | yaml-documents     | 2 | 1",
                "map as a key              | ? {a: 1}\\n: x                           | yaml-key           | 1 | 3",
                "TAB as indentation        | a:\\n\\tb: 1                             | yaml-syntax        | 2 | 1",
                "unclosed quote            | a: \"x\\nb: 1                           | yaml-syntax        | 2 | 5",
            })
    void whatWouldBeMisreadIsRefusedAtItsPosition(String what, String yaml, String code, int line, int column) {
        Diagnostic d = problem(yaml);

        assertThat(d.code()).isEqualTo(code);
        assertThat(d.file()).isEqualTo("g.yaml");
        assertThat(d.line()).as("line of " + d).isEqualTo(line);
        assertThat(d.column()).as("column of " + d).isEqualTo(column);
    }

    @Test
    void aDuplicateKeyNamesBothPlaces() {
        Diagnostic d = problem("leg-cramps:\n  a: {review: rejected}\nother: 1\nleg-cramps:\n  b: {}\n");

        assertThat(d.message())
                .contains("duplicate key 'leg-cramps'", "first at line 1, column 1", "again at line 4, column 1");
    }

    @Test
    void anAnchorThatIsNeverUsedIsHarmless() {
        assertThat(parse("a: &x value").root().get("a").asText()).isEqualTo("value");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            value = {
                "off      | BOOLEAN",
                "yes  | BOOLEAN",
                "True | BOOLEAN",
                "'off' | STRING",
                "\"no\" | STRING",
                "~        | NULL",
                "null | NULL",
                "'' | STRING",
                "12 | STRING",
                "1e3 | STRING",
                "2024-01-01 | STRING",
                "!!str yes | STRING",
                "!!bool true | BOOLEAN",
                "!!null '' | NULL",
            })
    void plainScalarsResolveAsYaml11AndQuotedOnesStayText(String scalar, String type) {
        JsonNode value = parse("a: " + scalar).root().get("a");

        assertThat(value.getNodeType().name()).isEqualTo(type);
    }

    @Test
    void everyScalarHasItsOwnPositionNullsBooleansAndEmptyStringsIncluded() {
        YamlDocument doc = parse("a: ''\\nb: ''\\nc: true\\nd: true\\ne:\\nf: ~\\n");
        JsonNode root = doc.root();

        assertThat(doc.line(root.get("b"))).isEqualTo(2);
        assertThat(doc.column(root.get("b"))).isEqualTo(4);
        assertThat(doc.line(root.get("d"))).isEqualTo(4);
        assertThat(doc.line(root.get("e"))).isEqualTo(5);
        assertThat(doc.line(root.get("f"))).isEqualTo(6);
        assertThat(doc.column(root.get("f"))).isEqualTo(4);
    }

    @Test
    void columnsCountCodePoints() {
        Diagnostic d = problem("🦵: {x: *a}");

        assertThat(d.column()).isEqualTo(8);
    }

    @Test
    void nestingIsBounded() {
        Diagnostic d = problem("a: " + "[".repeat(200) + "]".repeat(200));

        assertThat(d.code()).isEqualTo("yaml-depth");
    }

    @Test
    void anEmptyFileIsAnEmptyMap() {
        assertThat(parse("").root().isObject()).isTrue();
        assertThat(parse("# only a comment\n").root().size()).isZero();
    }

    @Test
    void invalidUtf8IsReportedWithItsPosition(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("glossary.yaml");
        Files.write(file, new byte[] {'a', ':', ' ', 'x', '\n', 'b', ':', ' ', (byte) 0xC3, '\n'});

        assertThatThrownBy(() -> YamlDocument.read(file)).isInstanceOfSatisfying(DiagnosticException.class, e -> {
            Diagnostic d = e.diagnostics().get(0);
            assertThat(d.code()).isEqualTo(Utf8Text.INVALID_UTF8);
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.column()).isEqualTo(4);
        });
    }

    @Test
    void aControlCharacterIsRefusedWithItsPosition() {
        Diagnostic d = problem("a: x\nb: y\u0007z\n");

        assertThat(d.line()).isEqualTo(2);
        assertThat(d.column()).isEqualTo(5);
        assertThat(d.message()).contains("U+0007");
    }

    @Test
    void aFifoOrDeviceIsRefusedNotRead() {
        assertThatThrownBy(() -> YamlDocument.read(Path.of("/dev/null"))).hasMessageContaining("not a regular file");
    }
}
