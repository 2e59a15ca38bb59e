package dev.careguide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.exporter.BundleValidator;
import dev.careguide.i18n.MessageKeys;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.Guide;
import dev.careguide.model.GuideCodec;
import dev.careguide.model.Item;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds a small hand-written content project end to end through the real importer, i18n and exporter. */
class PipelineBuildTest {

    static final String ARTICLE = """
            Leg cramps at night

            Leg cramps are sudden, painful contractions of the calf muscles that often wake people at night.

            Causes of leg cramps

              • Deficiency of magnesium, potassium and calcium in the body.
              • Anemia - a low level of hemoglobin in the blood.
              • Flat feet.
              • Standing on your feet for a long time.

            What to do during a cramp

            Pull the toes of the affected leg towards you and hold them for a few seconds, then massage the calf.

            Exercises to prevent cramps

            1. Stand facing a wall, put your hands on it and step back with one leg. Keep the heel on the floor and hold for twenty seconds. Repeat 10 times with each leg.
            2. Rise on your toes and slowly lower yourself onto your heels. Repeat 15 times, three times a day.

            When to see a doctor

            See a doctor if the cramps happen every night or the leg stays swollen and red.
            """;

    @TempDir
    Path project;

    @Test
    void anArticleWithoutAHeadingIsTitledByItsFirstSentenceAndBuilt() throws IOException {
        write(
                "src/main/content/no-heading.txt",
                "leg cramps are painful and wake people at night, and they come back again and again.\n");

        BuildOutcome outcome = pipeline(List.of("de")).build();

        assertThat(outcome.success()).as("%s", outcome.errors()).isTrue();
        assertThat(Files.readString(project.resolve("target/careguide/model/no-heading/model.json")))
                .contains("\"title\": \"Leg cramps are painful");
    }

    private final List<String> log = new ArrayList<>();
    private final PipelineListener listener = new PipelineListener() {
        @Override
        public void info(String message) {
            log.add(message);
        }

        @Override
        public void warn(String message) {
            log.add("warning: " + message);
        }
    };

    @BeforeEach
    void writeProject() throws IOException {
        write("src/main/content/night-cramps.txt", ARTICLE);
        Files.createDirectories(project.resolve("src/main/i18n"));
    }

    @Test
    void buildImportsChecksAndExportsABundle() throws IOException {
        BuildOutcome outcome = pipeline(List.of("de", "en-XA")).build();

        assertThat(outcome.diagnostics()).noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
        assertThat(outcome.success()).isTrue();
        assertThat(outcome.upToDate()).isFalse();
        Path out = project.resolve("target/careguide");
        assertThat(out.resolve("model/night-cramps/model.json")).isRegularFile();
        assertThat(out.resolve("model/night-cramps/import-report.json")).isRegularFile();
        assertThat(out.resolve("check/check-report.json")).isRegularFile();
        assertThat(out.resolve("check/check-report.sarif")).isRegularFile();
        assertThat(out.resolve("bundle/manifest.json")).isRegularFile();
        assertThat(out.resolve("careguide-bundle.zip")).isRegularFile();
        assertThat(outcome.exportStep().orElseThrow().locales())
                .extracting(ExportOutcome.LocaleSummary::tag)
                .containsExactly("en", "de", "en-XA");
        Guide guide = new GuideCodec().read(out.resolve("model/night-cramps/model.json"));
        assertThat(guide.items()).isNotEmpty();
    }

    @Test
    void aSecondBuildIsUpToDateAndRewritesNothing() throws IOException {
        Pipeline pipeline = pipeline(List.of("de"));
        assertThat(pipeline.build().success()).isTrue();
        Map<String, byte[]> before = snapshot();
        backdateOutputs();
        Map<String, FileTime> times = modificationTimes();

        log.clear();
        BuildOutcome second = pipeline(List.of("de")).build();

        assertThat(second.success()).isTrue();
        assertThat(second.upToDate()).isTrue();
        assertThat(log).hasSize(1).first().asString().contains("up to date");
        assertThat(modificationTimes()).isEqualTo(times);
        Map<String, byte[]> after = snapshot();
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void theBuildWritesTheReviewSiteAndARebuildGivesTheSameBytes() throws IOException {
        BuildOutcome outcome = pipeline(List.of("de", "ar-XB")).build();
        assertThat(outcome.siteStep())
                .hasValueSatisfying(site ->
                        assertThat(site.index()).isEqualTo(project.resolve("target/careguide/site/index.html")));
        assertThat(log).contains("Wrote review site " + project.resolve("target/careguide/site/index.html"));
        assertThat(project.resolve("target/careguide/site/guides/night-cramps.html"))
                .isRegularFile();
        assertThat(project.resolve("target/careguide/site/preview/ar-XB/night-cramps.html"))
                .isRegularFile();
        Map<String, byte[]> first = snapshot();

        deleteTree(project.resolve("target"));
        assertThat(pipeline(List.of("de", "ar-XB")).build().success()).isTrue();
        Map<String, byte[]> second = snapshot();
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void aDeletedSiteMakesTheBuildRunAgain() throws IOException {
        assertThat(pipeline(List.of("de")).build().success()).isTrue();
        deleteTree(project.resolve("target/careguide/site"));
        BuildOutcome second = pipeline(List.of("de")).build();
        assertThat(second.upToDate()).isFalse();
        assertThat(project.resolve("target/careguide/site/index.html")).isRegularFile();
    }

    @Test
    void siteOnAnUpToDateProjectRewritesTheSiteAndNothingElse() throws IOException {
        assertThat(pipeline(List.of("de")).build().success()).isTrue();
        Map<String, byte[]> before = snapshot();
        backdateOutputs();
        Map<String, FileTime> times = modificationTimes();

        log.clear();
        SiteOutcome site = pipeline(List.of("de")).site();

        assertThat(site.success()).isTrue();
        assertThat(log).hasSize(2).anyMatch(l -> l.contains("up to date")).anyMatch(l -> l.contains("review site"));
        Map<String, FileTime> after = modificationTimes();
        times.forEach((path, time) -> {
            if (path.startsWith("target/careguide/site/") && !Files.isDirectory(project.resolve(path))) {
                assertThat(after.get(path)).as(path).isNotEqualTo(time);
            } else if (!path.equals("target/careguide") && !path.startsWith("target/careguide/site")) {
                assertThat(after.get(path)).as(path).isEqualTo(time);
            }
        });
        Map<String, byte[]> now = snapshot();
        before.forEach((path, bytes) -> assertThat(now.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void anUpToDateBuildReportsTheStoredBundlesLocalesFromItsManifest() {
        BuildOutcome first = pipeline(List.of("de", "en-XA")).build();
        assertThat(first.success()).isTrue();

        log.clear();
        BuildOutcome second = pipeline(List.of("de", "en-XA")).build();

        assertThat(second.upToDate()).isTrue();
        assertThat(second.exportStep()).isEmpty();
        assertThat(second.locales()).isNotEmpty().isEqualTo(first.locales());
        assertThat(second.locales())
                .map(Object::toString)
                .isEqualTo(first.exportStep().orElseThrow().locales().stream()
                        .map(Object::toString)
                        .toList());
        assertThat(log).hasSize(1).first().asString().contains("up to date");
    }

    @Test
    void anUnreadableStoredManifestMakesTheBuildRunAgainAndRefuseToReplaceWhatItCannotTellIsABundle()
            throws IOException {
        assertThat(pipeline(List.of("de")).build().success()).isTrue();
        write("target/careguide/bundle/manifest.json", "{ not json");

        BuildOutcome second = pipeline(List.of("de")).build();

        assertThat(second.success()).isFalse();
        assertThat(second.upToDate()).isFalse();
        assertThat(second.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("bundle-target");
            assertThat(d.message()).contains("manifest.json is not valid JSON");
        });
        assertThat(project.resolve("target/careguide/bundle/manifest.json")).hasContent("{ not json");

        Files.delete(project.resolve("target/careguide/bundle/manifest.json"));
        dev.careguide.model.AtomicFiles.deleteRecursively(project.resolve("target/careguide/bundle"));
        BuildOutcome third = pipeline(List.of("de")).build();
        assertThat(third.success()).isTrue();
        assertThat(third.locales()).extracting(ExportOutcome.LocaleSummary::tag).containsExactly("en", "de");
    }

    @Test
    void changingAnArticleRebuildsAndChangesTheModel() throws IOException {
        assertThat(pipeline(List.of("de")).build().success()).isTrue();
        Path model = project.resolve("target/careguide/model/night-cramps/model.json");
        String before = Files.readString(model);

        write("src/main/content/night-cramps.txt", ARTICLE.replace("three times a day", "four times a day"));
        BuildOutcome second = pipeline(List.of("de")).build();

        assertThat(second.success()).isTrue();
        assertThat(second.upToDate()).isFalse();
        assertThat(Files.readString(model)).isNotEqualTo(before);
    }

    @Test
    void changingTheConfigurationRebuilds() {
        assertThat(pipeline(List.of("de")).build().success()).isTrue();

        BuildOutcome second = pipeline(List.of("de", "en-XA")).build();

        assertThat(second.upToDate()).isFalse();
        assertThat(project.resolve("target/careguide/bundle")).isDirectoryRecursivelyContaining("glob:**/*en-XA*");
    }

    @Test
    void aBrokenTranslationFailsWithItsFileAndLine() throws IOException {
        assertThat(pipeline(List.of("de")).importContent().success()).isTrue();
        Guide guide = new GuideCodec().read(project.resolve("target/careguide/model/night-cramps/model.json"));
        Item item = guide.items().get(0);
        Path catalog = write(
                "src/main/i18n/night-cramps/messages_de.properties",
                "# German\n" + MessageKeys.title(item) + "=Wadenkrämpfe {unclosed\n");

        BuildOutcome outcome = pipeline(List.of("de")).build();

        assertThat(outcome.success()).isFalse();
        assertThat(outcome.exportStep()).isEmpty();
        assertThat(outcome.errors()).anySatisfy(d -> {
            assertThat(d.file()).endsWith("night-cramps/messages_de.properties");
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.toString()).startsWith(d.file() + ":2:");
        });
        assertThat(project.resolve("target/careguide/.careguide-fingerprint")).doesNotExist();
        assertThat(Files.readString(catalog)).contains("{unclosed");
    }

    @Test
    void aFailedBuildLeavesTheLastGoodBundleUntouched() throws IOException {
        assertThat(pipeline(List.of("de")).build().success()).isTrue();
        Path out = project.resolve("target/careguide");
        byte[] zip = Files.readAllBytes(out.resolve("careguide-bundle.zip"));
        byte[] manifest = Files.readAllBytes(out.resolve("bundle/manifest.json"));
        Guide guide = new GuideCodec().read(out.resolve("model/night-cramps/model.json"));
        write(
                "src/main/i18n/night-cramps/messages_de.properties",
                MessageKeys.title(guide.items().get(0)) + "=kaputt {0\n");
        write("src/main/content/night-cramps.txt", ARTICLE.replace("Flat feet.", "Flat feet and tight shoes."));

        BuildOutcome failed = pipeline(List.of("de")).build();

        assertThat(failed.success()).isFalse();
        assertThat(Files.readAllBytes(out.resolve("careguide-bundle.zip"))).isEqualTo(zip);
        assertThat(Files.readAllBytes(out.resolve("bundle/manifest.json"))).isEqualTo(manifest);
        assertThat(out.resolve(".careguide-fingerprint")).doesNotExist();
    }

    @Test
    void severalGuidesAreExportedOneByOneIntoABundleThatPassesTheFullValidation() throws IOException {
        write("src/main/content/calf-cramps.txt", ARTICLE.replace("Leg cramps at night", "Calf cramps"));

        BuildOutcome outcome = pipeline(List.of("de", "ar-XB")).build();

        assertThat(outcome.success()).isTrue();
        Path bundle = project.resolve("target/careguide/bundle");
        assertThat(new BundleValidator().validate(bundle)).isEmpty();
        assertThat(outcome.exportStep().orElseThrow().locales())
                .extracting(l -> l.guideId() + " " + l.tag())
                .containsExactly(
                        "calf-cramps en",
                        "calf-cramps ar-XB",
                        "calf-cramps de",
                        "night-cramps en",
                        "night-cramps ar-XB",
                        "night-cramps de");
        assertThat(bundle.resolve("yaml/de/calf-cramps.yaml")).content().contains("Calf cramps");
    }

    @Test
    void aParallelBuildWritesAndReportsExactlyWhatASequentialOneDoes() throws IOException {
        for (String topic : List.of("Calf cramps", "Foot cramps", "Toe cramps", "Thigh cramps", "Hand cramps")) {
            String id = topic.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
            write(
                    "src/main/content/" + id + ".txt",
                    ARTICLE.replace("Leg cramps at night", topic)
                            .replace("Flat feet.", "Flat feet of " + topic.toLowerCase(java.util.Locale.ROOT) + "."));
            write("src/main/i18n/" + id + "/messages_de.properties", "cause.flat-feet.title=Plattfüße\n");
        }

        Map<String, List<String>> runs = new TreeMap<>();
        Map<String, Map<String, byte[]>> outputs = new TreeMap<>();
        for (int threads : List.of(1, 4)) {
            deleteTree(project.resolve("target"));
            log.clear();
            PipelineConfig config = PipelineConfig.builder(ProjectLayout.defaults(project))
                    .locales(List.of("de"))
                    .threads(threads)
                    .build();
            BuildOutcome outcome = new Pipeline(config, listener).build();
            List<String> lines = new ArrayList<>(log);
            outcome.diagnostics().forEach(d -> lines.add(d.toString()));
            runs.put("threads=" + threads, lines);
            outputs.put("threads=" + threads, snapshot());
        }

        assertThat(runs.get("threads=4")).containsExactlyElementsOf(runs.get("threads=1"));
        assertThat(runs.get("threads=1")).anyMatch(line -> line.contains("[unknown-key]"));
        Map<String, byte[]> sequential = outputs.get("threads=1");
        Map<String, byte[]> parallel = outputs.get("threads=4");
        assertThat(parallel.keySet()).containsExactlyElementsOf(sequential.keySet());
        sequential.forEach(
                (file, bytes) -> assertThat(parallel.get(file)).as(file).isEqualTo(bytes));
    }

    @Test
    void aNegativeThreadCountIsRejected() {
        assertThatThrownByConfig(() -> PipelineConfig.builder(ProjectLayout.defaults(project))
                .threads(-1)
                .build());
    }

    @Test
    void aMissingContentFolderFailsTheBuildWithADiagnostic() throws IOException {
        Files.delete(project.resolve("src/main/content/night-cramps.txt"));

        BuildOutcome outcome = pipeline(List.of()).build();

        assertThat(outcome.success()).isFalse();
        assertThat(outcome.errors()).extracting(Diagnostic::code).contains("no-content");
    }

    private Pipeline pipeline(List<String> locales) {
        PipelineConfig config = PipelineConfig.builder(ProjectLayout.defaults(project))
                .locales(locales)
                .outputTimestamp("2026-01-01T00:00:00Z")
                .build();
        return new Pipeline(config, listener);
    }

    private static void assertThatThrownByConfig(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        org.assertj.core.api.Assertions.assertThatThrownBy(call)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private Path write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Map<String, byte[]> snapshot() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(project.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private void backdateOutputs() throws IOException {
        FileTime past = FileTime.fromMillis(1_000_000_000_000L);
        try (Stream<Path> walk = Files.walk(project.resolve("target"))) {
            for (Path file : walk.toList()) {
                Files.setLastModifiedTime(file, past);
            }
        }
    }

    private Map<String, FileTime> modificationTimes() throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path file : walk.toList()) {
                times.put(project.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }
}
