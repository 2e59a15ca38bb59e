package dev.careguide.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.model.Diagnostic.Severity;
import dev.careguide.model.Guide;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogCheckerTest {

    @TempDir
    Path i18n;

    private final Guide guide = TestGuides.guide();
    private final CatalogChecker checker = new CatalogChecker();

    @BeforeEach
    void syncFirst() {
        new CatalogSync().sync(guide, i18n, List.of("ru", "de"), false);
    }

    private void writeRu(String relative, String body) throws IOException {
        Files.writeString(i18n.resolve(relative), body, StandardCharsets.UTF_8);
    }

    private Map<Path, String> snapshot() throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(i18n)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(p, java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private List<CatalogProblem> problems(CheckResult result, String locale, Severity severity) {
        return result.problems().stream()
                .filter(p -> p.locale().equals(locale) && p.severity() == severity)
                .toList();
    }

    @Test
    void fiveMistakesGiveFiveDiagnosticsInOneRunAndNothingIsRewritten() throws Exception {
        writeRu(
                "ui/messages_ru.properties",
                String.join(
                        "\n",
                        "summary.remedies={count, plural, one {# средство} few {# средства} many {# средств} other {# средства}",
                        "quantity.time={count, plural, one {# раз} few {# раза} many {# раз}}",
                        "quantity.set={num, plural, one {# подход} few {# подхода} many {# подходов} other {# подхода}}",
                        "section.causes=Причины",
                        "section.causes=Причина",
                        "section.remedies=Что \\q помогает",
                        ""));
        Map<Path, String> before = snapshot();

        CheckResult result = checker.check(guide, i18n, List.of("ru"), CheckConfig.defaults());

        List<CatalogProblem> errors = problems(result, "ru", Severity.ERROR);
        assertThat(errors)
                .extracting(CatalogProblem::code)
                .containsExactly("icu-syntax", "missing-other", "argument-mismatch", "duplicate-key", "unknown-escape");
        assertThat(errors)
                .extracting(p -> p.line() + ":" + p.column())
                .containsExactly("1:18", "2:15", "3:15", "5:1", "6:22");
        assertThat(errors.get(0).message()).isEqualTo("the plural {count} is not closed: add '}'");
        assertThat(errors.get(3).relatedLine()).isEqualTo(4);
        assertThat(errors.get(2).toString())
                .isEqualTo(i18n.resolve("ui/messages_ru.properties").toString()
                        + ":3:15: error: [ru] quantity.set: arguments differ from the source: missing {count}, unknown {num}"
                        + " [argument-mismatch]");
        assertThat(result.hasErrors()).isTrue();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void warningsNameEachSuspiciousTranslation() throws Exception {
        String ru = Files.readString(i18n.resolve("leg-cramps/messages_ru.properties"));
        ru = ru.replace("# guide.title=", "guide.title=Leg cramps in pregnancy")
                .replace("# guide.summary=", "guide.summary=Почему сводит ноги и что помогает")
                .replace("# remedy.stretch-calf.steps.1=", "remedy.stretch-calf.steps.1=Выпрямите ногу.\\ ")
                .replace("# exercise.calf-raises.steps.2=", "exercise.calf-raises.steps.2=Поднимитесь на носки.")
                .replace("# exercise.calf-raises.description=", "exercise.calf-raises.description=")
                .replace(
                        "# exercise.calf-raises.steps.1=",
                        "exercise.calf-raises.steps.1=Встаньте на на край ступеньки.")
                .replace("# cause.magnesium-deficiency.description=", "cause.magnesium-deficiency.description=Мало.");
        writeRu("leg-cramps/messages_ru.properties", ru);

        CheckResult result = checker.checkGuide(guide, i18n, List.of("ru"), CheckConfig.defaults());

        Map<String, String> codes = new TreeMap<>();
        problems(result, "ru", Severity.WARNING).forEach(p -> codes.merge(p.key(), p.code(), (a, b) -> a + "," + b));
        assertThat(codes)
                .containsEntry("guide.title", "same-as-source,source-script")
                .containsEntry("guide.summary", "final-punctuation")
                .containsEntry("remedy.stretch-calf.steps.1", "whitespace")
                .containsEntry("exercise.calf-raises.description", "empty-translation")
                .containsEntry("exercise.calf-raises.steps.1", "doubled-word")
                .containsEntry("cause.magnesium-deficiency.description", "length-ratio");
        assertThat(problems(result, "ru", Severity.ERROR))
                .filteredOn(p -> p.key().equals("exercise.calf-raises.steps.2"))
                .extracting(CatalogProblem::code)
                .containsExactly("quantity");
    }

    @Test
    void russianPluralNeedsFewAndMany() throws Exception {
        writeRu("ui/messages_ru.properties", "quantity.time={count, plural, one {# раз} other {# раза}}\n");
        CheckResult result = checker.checkUi(i18n, List.of("ru"), CheckConfig.defaults());
        assertThat(result.problems())
                .filteredOn(p -> p.code().equals("plural-categories"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("plural {count} lacks few, many, which ru needs"));
    }

    @Test
    void completenessCountsOnlyTheStringsOfItemsThatShip() throws Exception {
        CheckConfig config = CheckConfig.defaults().withMinimumCompleteness("de", 100);
        ShippingPolicy onlyTheGuideShips = item -> "rejected";

        CheckResult all = checker.checkGuide(guide, i18n, List.of("de"), config);
        CheckResult shipped = checker.checkGuide(guide, i18n, List.of("de"), config, onlyTheGuideShips);

        assertThat(all.problems())
                .extracting(CatalogProblem::message)
                .anySatisfy(m -> assertThat(m).startsWith("0.0% translated (0 of 15 strings)"));
        assertThat(shipped.problems())
                .extracting(CatalogProblem::message)
                .anySatisfy(m -> assertThat(m)
                        .startsWith("0.0% translated (0 of 2 strings; 13 of items that do not ship left out)"));
    }

    @Test
    void brokenGermanPluralShowsEveryProblemInOneRun() throws Exception {
        writeRu("ui/messages_de.properties", "quantity.time={count, plural, one {# Mal} few {# Male} other {# Mal}\n");
        CheckResult result = checker.checkUi(i18n, List.of("de"), CheckConfig.defaults());
        assertThat(result.problems())
                .extracting(CatalogProblem::code, CatalogProblem::column, CatalogProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "icu-syntax", 15, "the plural {count} is not closed: add '}'"),
                        org.assertj.core.groups.Tuple.tuple(
                                "unused-plural-category",
                                43,
                                "plural {count} has 'few', "
                                        + "which de never uses (CLDR plural categories of de: one, other): remove it"));
    }

    @Test
    void russianPluralWithTheGermanCategoriesIsNotReportedAsUnused() throws Exception {
        writeRu(
                "ui/messages_ru.properties",
                "quantity.time={count, plural, one {# раз} few {# раза} many {# раз} other {# раза}}\n");
        CheckResult result = checker.checkUi(i18n, List.of("ru"), CheckConfig.defaults());
        assertThat(result.problems())
                .filteredOn(p -> p.key().equals("quantity.time"))
                .isEmpty();
    }

    @Test
    void severityIsConfigurablePerCheckAndCompletenessFailsTheCheck() throws Exception {
        CheckConfig config =
                CheckConfig.defaults().withSeverity("stale-translation", "off").withMinimumCompleteness("de", 100);
        CheckResult result = checker.checkGuide(guide, i18n, List.of("ru", "de"), config);

        assertThat(result.problems())
                .extracting(CatalogProblem::code, CatalogProblem::locale)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("completeness", "de"));
        assertThat(result.problems().get(0).message()).startsWith("0.0% translated (0 of 15 strings)");
        assertThat(result.completeness()).containsEntry("leg-cramps/ru", 0.0);

        CheckConfig lenient = config.withSeverity("completeness", "warning");
        assertThat(checker.checkGuide(guide, i18n, List.of("de"), lenient).hasErrors())
                .isFalse();
    }

    @Test
    void targetLocaleWithoutCatalogIsReportedButPseudoLocalesAreNot() {
        CheckResult result = checker.check(guide, i18n, List.of("ru", "fr", "en-XA", "ar-XB"), CheckConfig.defaults());

        assertThat(result.problems())
                .filteredOn(p -> p.code().equals("missing-catalog"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.severity()).isEqualTo(Severity.WARNING);
                    assertThat(p.locale()).isEqualTo("fr");
                    assertThat(p.file())
                            .isEqualTo(i18n.resolve("leg-cramps/messages_fr.properties")
                                    .toString());
                    assertThat(p.line()).isZero();
                    assertThat(p.message()).contains("fr", "leg-cramps", "careguide:sync");
                });
        assertThat(result.completeness()).containsEntry("leg-cramps/fr", 0.0);
    }

    private List<String> doubledWords(String tag, String translation, CheckConfig config) throws IOException {
        writeRu(
                "leg-cramps/" + CatalogPaths.target(Path.of(""), tag).getFileName(),
                "exercise.calf-raises.steps.1=" + translation + "\n");
        return checker.checkGuide(guide, i18n, List.of(tag), config).problems().stream()
                .filter(p -> p.code().equals("doubled-word"))
                .map(CatalogProblem::message)
                .toList();
    }

    @Test
    void doubledWordsAreFoundInEveryValueAndLocaleOfOneRun() throws Exception {
        writeRu(
                "leg-cramps/messages_ru.properties",
                String.join(
                        "\n",
                        "guide.summary=Встаньте на край ступеньки и медленно поднимитесь на носки носки.",
                        "exercise.calf-raises.steps.1=Тяните тяните носок.",
                        "exercise.calf-raises.steps.2=Стойте ровно.",
                        ""));
        writeRu(
                "leg-cramps/messages_de.properties",
                String.join(
                        "\n",
                        "guide.summary=Stellen Sie sich auf auf die Kante der Stufe.",
                        "exercise.calf-raises.steps.1=Dehnen dehnen.",
                        ""));

        CheckResult result = checker.checkGuide(guide, i18n, List.of("ru", "de"), CheckConfig.defaults());

        assertThat(result.problems())
                .filteredOn(p -> p.code().equals("doubled-word"))
                .extracting(p -> p.locale() + " " + p.key() + " " + p.message())
                .containsExactlyInAnyOrder(
                        "ru guide.summary doubled word \"носки\"",
                        "ru exercise.calf-raises.steps.1 doubled word \"тяните\"",
                        "de guide.summary doubled word \"auf\"",
                        "de exercise.calf-raises.steps.1 doubled word \"dehnen\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de    | Frauen, die die Wade dehnen, stehen auf der Stufe.
            de    | Stellen Sie sich auf die Kante, die die Stufe hat.
            de    | Das ist der Muskel, der der Wade Halt gibt.
            de    | Er sagt, das das Stehen hilft.
            de    | Wenn sie sie spüren, stellen Sie sich auf die Stufe.
            nl    | Zeg dat dat helpt en ga op de rand staan.
            en-GB | She had had cramps before standing on the step.
            en-GB | He said that that step helps.
            fr    | Nous nous tenons sur le bord d'une marche.
            fr    | Vous vous tenez sur le bord d'une marche.
            """)
    void legitimateDoubledWordsOfTheLanguageAreAllowed(String tag, String translation) throws Exception {
        assertThat(doubledWords(tag, translation, CheckConfig.defaults())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de    | Stellen Sie sich auf auf die Kante.            | auf
            nl    | Ga op de de rand van een trede staan.           | de
            en-GB | Stand on the the edge of a step.                | the
            fr    | Tenez-vous sur le le bord d'une marche.          | le
            ru    | Встаньте на край край ступеньки.                 | край
            """)
    void otherDoubledWordsAreStillReported(String tag, String translation, String word) throws Exception {
        assertThat(doubledWords(tag, translation, CheckConfig.defaults()))
                .containsExactly("doubled word \"" + word + "\"");
    }

    @Test
    void allowedDoubledWordsBelongToTheirLanguageOnly() throws Exception {
        assertThat(doubledWords("ru", "Стойте die die на краю ступеньки.", CheckConfig.defaults()))
                .containsExactly("doubled word \"die\"");
    }

    @Test
    void projectAddsAllowedDoubledWords() throws Exception {
        String wer = "Wer wer ist, stellt sich auf die Kante.";
        assertThat(doubledWords("de", wer, CheckConfig.defaults())).containsExactly("doubled word \"wer\"");
        assertThat(doubledWords("de", wer, CheckConfig.defaults().withAllowedDoubledWords("de", List.of("Wer"))))
                .isEmpty();
    }
}
