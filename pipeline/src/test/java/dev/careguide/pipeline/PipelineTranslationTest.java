package dev.careguide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.i18n.MessageKeys;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.Guide;
import dev.careguide.model.Item;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sync, check and stats of a small hand-written project's catalogs through the pipeline. */
class PipelineTranslationTest {

    @TempDir
    Path project;

    @BeforeEach
    void writeProject() throws IOException {
        write("src/main/content/night-cramps.txt", PipelineBuildTest.ARTICLE);
    }

    @Test
    void buildNeverWritesIntoTheCatalogFolder() {
        assertThat(pipeline(b -> b.locales(List.of("de"))).build().success()).isTrue();

        assertThat(project.resolve("src/main/i18n")).doesNotExist();
    }

    @Test
    void syncWritesTheCatalogsAndASecondSyncRewritesNothing() {
        SyncOutcome first = pipeline(b -> b.locales(List.of("de"))).sync(false);

        assertThat(first.success()).isTrue();
        assertThat(first.rewrittenFiles())
                .contains(
                        project.resolve("src/main/i18n/night-cramps/messages.properties"),
                        project.resolve("src/main/i18n/night-cramps/messages_de.properties"));

        SyncOutcome second = pipeline(b -> b.locales(List.of("de"))).sync(false);

        assertThat(second.success()).isTrue();
        assertThat(second.rewrittenFiles()).isEmpty();
    }

    @Test
    void withoutConfiguredLocalesTheCatalogsOnDiskAreTheTargets() throws IOException {
        assertThat(pipeline(b -> b.locales(List.of("de", "ru"))).sync(false).success())
                .isTrue();

        StatsOutcome stats = pipeline(UnaryOperator.identity()).stats();

        assertThat(stats.success()).isTrue();
        assertThat(stats.json()).contains("\"de\"").contains("\"ru\"");
        assertThat(stats.table()).contains("de").contains("ru");
    }

    @Test
    void statsWritesItsJsonIntoPlaceAndLeavesNoTemporaryFile() throws IOException {
        assertThat(pipeline(b -> b.locales(List.of("de"))).sync(false).success())
                .isTrue();
        Path file = project.resolve("target/reports/stats.json");

        StatsOutcome stats = pipeline(b -> b.locales(List.of("de"))).stats(file);

        assertThat(stats.success()).isTrue();
        assertThat(file).hasContent(stats.json());
        try (var siblings = Files.list(file.getParent())) {
            assertThat(siblings.toList()).containsExactly(file);
        }
    }

    @Test
    void aConfiguredLocaleWithoutCatalogIsAWarningOfTheCheck() {
        CheckOutcome outcome =
                pipeline(b -> b.locales(List.of("de", "en-XA", "ar-XB"))).check();

        assertThat(outcome.success()).isTrue();
        assertThat(outcome.warnings())
                .filteredOn(d -> d.code().equals("missing-catalog"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.file()).endsWith("src/main/i18n/night-cramps/messages_de.properties");
                    assertThat(d.line()).isZero();
                    assertThat(d.message()).contains("de", "careguide:sync");
                });
    }

    @Test
    void aLocaleBelowTheMinimumCompletenessFailsTheCheck() {
        assertThat(pipeline(b -> b.locales(List.of("de"))).sync(false).success())
                .isTrue();

        CheckOutcome lenient = pipeline(b -> b.locales(List.of("de"))).check();
        CheckOutcome strict =
                pipeline(b -> b.locales(List.of("de")).minCompleteness(50)).check();

        assertThat(lenient.success()).isTrue();
        assertThat(strict.success()).isFalse();
        assertThat(strict.errors()).extracting(Diagnostic::code).contains("completeness");
        assertThat(strict.sarifReport()).isRegularFile();
    }

    @Test
    void aWarningFailsTheCheckOnlyWithFailOnWarnings() throws IOException {
        assertThat(pipeline(b -> b.locales(List.of("de"))).importContent().success())
                .isTrue();
        Guide guide = new dev.careguide.model.GuideCodec()
                .read(project.resolve("target/careguide/model/night-cramps/model.json"));
        Item item = guide.items().get(0);
        write("src/main/i18n/night-cramps/messages_de.properties", MessageKeys.title(item) + "=" + item.title() + "\n");

        CheckOutcome lenient = pipeline(b -> b.locales(List.of("de"))).check();
        CheckOutcome strict =
                pipeline(b -> b.locales(List.of("de")).failOnWarnings(true)).check();

        assertThat(lenient.warnings()).extracting(Diagnostic::code).contains("same-as-source");
        assertThat(lenient.success()).isTrue();
        assertThat(strict.success()).isFalse();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "messages_de-CH.properties | must be named messages_de_CH.properties",
                "messages_DE_at.properties | must be named messages_de_AT.properties",
                "messages_zz.properties    | unknown language 'zz'",
                "message_de.properties     | catalogs are named messages_<locale>.properties",
            })
    void aCatalogFileTheLayoutDoesNotRecognizeIsWarnedWithTheExpectedName(String name, String says) throws IOException {
        write("src/main/i18n/night-cramps/" + name, "guide.title=Nachtkrämpfe\n");

        CheckOutcome check = pipeline(UnaryOperator.identity()).check();
        StatsOutcome stats = pipeline(UnaryOperator.identity()).stats();

        for (List<Diagnostic> diagnostics : List.of(check.diagnostics(), stats.diagnostics())) {
            assertThat(diagnostics)
                    .filteredOn(d -> d.code().equals("catalog-name"))
                    .singleElement()
                    .satisfies(d -> {
                        assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
                        assertThat(d.file()).endsWith(name);
                        assertThat(d.message()).contains("careguide does not read this file", says);
                    });
        }
        assertThat(stats.json()).doesNotContain("\"de-AT\"", "\"de-CH\"");
    }

    private Pipeline pipeline(UnaryOperator<PipelineConfig.Builder> settings) {
        return new Pipeline(
                settings.apply(PipelineConfig.builder(ProjectLayout.defaults(project)))
                        .build(),
                PipelineListener.SILENT);
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
