package dev.careguide.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.model.DiagnosticException;
import dev.careguide.model.FileTransaction;
import dev.careguide.model.Guide;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostile catalogs from issue 14: each is refused or flagged with its position, and nothing is lost. */
class HostileCatalogTest {

    @TempDir
    Path i18n;

    private final Guide guide = TestGuides.guide();
    private Path ru;

    @BeforeEach
    void syncFirst() {
        new CatalogSync().sync(guide, i18n, List.of("ru", "de"), false);
        ru = i18n.resolve("leg-cramps/messages_ru.properties");
    }

    @AfterEach
    void removeHook() {
        FileTransaction.onStep(null);
    }

    /** Sets the Russian guide title (escaped as written) and returns the check's problems of that key. */
    private List<CatalogProblem> checkTitle(String escapedValue) throws IOException {
        Files.writeString(
                ru,
                Files.readString(ru).replace("# guide.title=", "guide.title=" + escapedValue),
                StandardCharsets.UTF_8);
        CheckResult result = new CatalogChecker().checkGuide(guide, i18n, List.of("ru"), CheckConfig.defaults());
        return result.problems().stream()
                .filter(p -> p.key().equals("guide.title"))
                .toList();
    }

    private int titleLine() throws IOException {
        List<String> lines = Files.readAllLines(ru);
        return lines.indexOf(lines.stream()
                        .filter(l -> l.startsWith("guide.title="))
                        .findFirst()
                        .orElseThrow())
                + 1;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a lone high surrogate      | Судороги \\uD800 ног            | lone-surrogate    | 22",
                "a lone low surrogate       | \\uDC00Судороги                  | lone-surrogate    | 13",
                "a NUL                      | Судороги\\u0000ног              | control-character | 21",
                "a BEL                      | Судороги\\u0007                 | control-character | 21",
                "an ESC sequence            | \\u001B[31mСудороги             | control-character | 13",
                "a DEL                      | Судороги\\u007F                 | control-character | 21",
                "a stray closing brace      | Судороги} в ногах                | stray-brace       | 21",
                "2,000 nested selects       | NESTED                           | icu-nesting       | 0",
            })
    void aHostileTranslationIsAnErrorOrWarningAtItsPosition(String what, String value, String code, int column)
            throws IOException {
        String written = value.equals("NESTED") ? "{a, select, x {".repeat(2000) + "x" + "}}".repeat(2000) : value;

        List<CatalogProblem> problems = checkTitle(written);

        assertThat(problems).extracting(CatalogProblem::code).contains(code);
        CatalogProblem problem =
                problems.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
        assertThat(problem.line()).isEqualTo(titleLine());
        if (column > 0) {
            assertThat(problem.column()).isEqualTo(column);
        }
        assertThat(problem.toString().chars()).noneMatch(c -> c < 0x20 || c == 0x7F);
    }

    @Test
    void aSurrogatePairWrittenAsTwoEscapesIsOneCharacterAndFine() throws IOException {
        assertThat(checkTitle("Судороги \\uD83E\\uDDB5 ног"))
                .extracting(CatalogProblem::code)
                .doesNotContain("lone-surrogate");
    }

    @Test
    void aLoneSurrogateKeepsTheCatalogFromBeingExported() throws IOException {
        checkTitle("Судороги \\uD800");

        assertThatThrownBy(() -> Localization.load(guide, i18n, List.of("ru")))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e -> assertThat(e.diagnostics())
                                .extracting(d -> d.code())
                                .contains("lone-surrogate"));
    }

    @Test
    void aUtf16CatalogIsOneErrorSayingSaveAsUtf8() throws IOException {
        String text = Files.readString(ru).replace("# guide.title=", "guide.title=Судороги");
        Files.write(ru, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));

        CheckResult result = new CatalogChecker().checkGuide(guide, i18n, List.of("ru"), CheckConfig.defaults());

        List<CatalogProblem> inFile = result.problems().stream()
                .filter(p -> p.file().endsWith("messages_ru.properties"))
                .toList();
        assertThat(inFile)
                .extracting(CatalogProblem::code)
                .containsOnlyOnce("utf16-text")
                .doesNotContain("invalid-utf8", "control-character");
        assertThat(inFile.stream()
                        .filter(p -> p.code().equals("utf16-text"))
                        .findFirst()
                        .orElseThrow()
                        .message())
                .startsWith("UTF-16 text: save it as UTF-8");
    }

    @ParameterizedTest(name = "{0} is shipped as {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "'{'name'}'       | {name}",
                "it''s            | it's",
                "don't            | don't",
                "a '{b}' c        | a {b} c",
                "plain            | plain",
            })
    void aTranslationIsShippedAsIcuShowsIt(String written, String shipped) throws IOException {
        checkTitle(written);

        LocaleView view = Localization.load(guide, i18n, List.of("ru")).locale("ru");

        assertThat(view.text("guide.title").text()).isEqualTo(shipped);
    }

    @Test
    void aSyncWithOneReadOnlyCatalogChangesNoFileAndSaysWhich() throws IOException {
        Guide changed = guide.toBuilder().title("Leg cramps during pregnancy").build();
        Files.setPosixFilePermissions(ru, PosixFilePermissions.fromString("r--r--r--"));
        Map<Path, String> before = snapshot();

        assertThatThrownBy(() -> new CatalogSync().sync(changed, i18n, List.of("ru", "de"), false))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e -> assertThat(e.diagnostics()).singleElement().satisfies(d -> {
                            assertThat(d.code()).isEqualTo("read-only");
                            assertThat(d.file()).isEqualTo(ru.toString());
                        }));
        assertThat(snapshot()).isEqualTo(before);
    }

    /** What a killed process leaves: nothing runs after the step it died in. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aSyncKilledWhileMovingFilesInLosesNoPreviousSourceHint() throws IOException {
        Files.writeString(ru, Files.readString(ru).replace("# guide.title=", "guide.title=Судороги"));
        new CatalogSync().sync(guide, i18n, List.of("ru", "de"), false);
        Guide changed = guide.toBuilder().title("Leg cramps during pregnancy").build();
        FileTransaction.onStep(step -> {
            if (step.equals("moved:0")) {
                throw new Killed();
            }
        });
        assertThatThrownBy(() -> new CatalogSync().sync(changed, i18n, List.of("ru", "de"), false))
                .isInstanceOf(Killed.class);
        FileTransaction.onStep(null);

        new CatalogSync().sync(changed, i18n, List.of("ru", "de"), false);

        String catalog = Files.readString(ru);
        assertThat(catalog).contains("#| previous source: Leg cramps in pregnancy", "guide.title=Судороги");
        try (Stream<Path> entries = Files.list(i18n)) {
            assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    private Map<Path, String> snapshot() throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(i18n)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(p, HexFormat.of().formatHex(Files.readAllBytes(p)));
            }
        }
        return files;
    }
}
