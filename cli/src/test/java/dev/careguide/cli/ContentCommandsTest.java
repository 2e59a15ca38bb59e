package dev.careguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careguide.i18n.MessageKeys;
import dev.careguide.model.Guide;
import dev.careguide.model.GuideCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands run in-process on a small hand-written content project. */
class ContentCommandsTest {

    static final String ARTICLE = """
            Leg cramps at night

            Leg cramps are sudden, painful contractions of the calf muscles that often wake people at night.

            Causes of leg cramps

              • Deficiency of magnesium, potassium and calcium in the body.
              • Flat feet.

            Exercises to prevent cramps

            1. Rise on your toes and slowly lower yourself onto your heels. Repeat 15 times, three times a day.

            When to see a doctor

            See a doctor if the cramps happen every night or the leg stays swollen and red.
            """;

    @TempDir
    Path project;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void writeProject() throws IOException {
        write("src/main/content/night-cramps.txt", ARTICLE);
    }

    @Test
    void importWritesModelAndReportIntoTheOutputFolder() throws IOException {
        Path out = project.resolve("imported");

        CliRun run = CliRun.of(
                "import", project.resolve("src/main/content/night-cramps.txt").toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Guide guide = new GuideCodec().read(out.resolve("model.json"));
        assertThat(guide.id()).isEqualTo("night-cramps");
        assertThat(guide.items()).isNotEmpty();
        assertThat(json.readTree(out.resolve("import-report.json").toFile())
                        .path("guideId")
                        .asText())
                .isEqualTo("night-cramps");
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("model.json");
    }

    @Test
    void anEmptyArticleIsAContentErrorNamingTheFile() throws IOException {
        Path empty = write("empty.txt", "");

        CliRun run = CliRun.of(
                "import", empty.toString(), "-o", project.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_ERROR);
        assertThat(run.err()).contains(empty.toString());
        assertThat(project.resolve("out/model.json")).doesNotExist();
    }

    @Test
    void buildInAProjectNeedsNoOptionsAndPrintsTheBundleOnStdout() {
        CliRun run = CliRun.of("build", "--project", project.toString(), "--locales", "de");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines())
                .containsExactly(
                        project.resolve("target/careguide/bundle").toString(),
                        project.resolve("target/careguide/careguide-bundle.zip").toString());
        assertThat(run.err()).contains("night-cramps de");
        assertThat(project.resolve("target/careguide/bundle/manifest.json")).isRegularFile();

        CliRun again = CliRun.of("build", "--project", project.toString(), "--locales", "de");

        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).contains("up to date");
        assertThat(again.out()).isEqualTo(run.out());
    }

    @Test
    void sitePrintsItsIndexAndRewritesItWhenTheBuildIsUpToDate() throws IOException {
        CliRun run = CliRun.of("site", "--project", project.toString(), "--locales", "de,ar");
        Path index = project.resolve("target/careguide/site/index.html");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(index.toString());
        assertThat(Files.readString(index)).contains("night-cramps");
        assertThat(project.resolve("target/careguide/site/preview/ar/night-cramps.html"))
                .isRegularFile();

        Files.delete(project.resolve("target/careguide/site/guides/night-cramps.html"));
        CliRun again = CliRun.of("site", "--project", project.toString(), "--locales", "de,ar");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("up to date").contains("Wrote review site");
        assertThat(project.resolve("target/careguide/site/guides/night-cramps.html"))
                .isRegularFile();
    }

    @Test
    void anUpToDateBuildPrintsTheStoredBundlesSummaryAfterTheUpToDateLine() {
        CliRun run = CliRun.of("build", "--project", project.toString(), "--locales", "de,en-XA");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> localeLines =
                run.err().lines().filter(l -> l.startsWith("  night-cramps ")).toList();
        assertThat(localeLines).hasSize(3);

        CliRun again = CliRun.of("build", "--project", project.toString(), "--locales", "de,en-XA");

        assertThat(again.exitCode()).as(again.err()).isZero();
        List<String> lines = again.err().lines().toList();
        assertThat(lines.get(0)).contains("up to date");
        assertThat(lines.subList(1, 1 + localeLines.size())).isEqualTo(localeLines);
    }

    @Test
    void aBrokenTranslationExitsWithOneAndNamesFileAndLineOnStderr() throws IOException {
        assertThat(CliRun.of("import", "--project", project.toString()).exitCode())
                .isZero();
        Guide guide = new GuideCodec().read(project.resolve("target/careguide/model/night-cramps/model.json"));
        Path catalog = write(
                "src/main/i18n/night-cramps/messages_de.properties",
                MessageKeys.title(guide.items().get(0)) + "=Krämpfe {oops\n");

        CliRun run = CliRun.of("build", "--project", project.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_ERROR);
        assertThat(run.err()).contains(catalog + ":1:");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void checkPrintsSarifOnStdoutAndSummariesOnStderr() throws IOException {
        CliRun sync = CliRun.of("sync", "--project", project.toString(), "--locales", "de");
        assertThat(sync.exitCode()).as(sync.err()).isZero();
        assertThat(sync.out()).contains("messages_de.properties");

        CliRun run = CliRun.of("check", "--project", project.toString(), "--format", "sarif");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode sarif = json.readTree(run.out());
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        assertThat(run.err()).contains("Checked catalogs");
    }

    @Test
    void statsJsonIsMachineReadableOnStdout() throws IOException {
        assertThat(CliRun.of("sync", "--project", project.toString(), "--locales", "de")
                        .exitCode())
                .isZero();

        CliRun run = CliRun.of("stats", "--project", project.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode stats = json.readTree(run.out());
        assertThat(stats.path("locales").get(0).path("locale").asText()).isEqualTo("de");
        assertThat(stats.path("locales").get(0).path("percentComplete").asDouble())
                .isZero();
    }

    @Test
    void exportHonoursFormatsPoliciesAndTimestamp() throws IOException {
        CliRun run = CliRun.of(
                "export",
                "--project",
                project.toString(),
                "--formats",
                "json",
                "--policy",
                "unsafe=keep",
                "--content-version",
                "2.1.0",
                "--output-timestamp",
                "2026-02-03T04:05:06Z");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path bundle = project.resolve("target/careguide/bundle");
        JsonNode manifest = json.readTree(bundle.resolve("manifest.json").toFile());
        assertThat(manifest.path("contentVersion").asText()).isEqualTo("2.1.0");
        assertThat(manifest.path("createdAt").asText()).isEqualTo("2026-02-03T04:05:06Z");
        assertThat(manifest.path("policy").path("unsafe").asText()).isEqualTo("keep");
        assertThat(bundle.resolve("json")).isDirectory();
        assertThat(bundle.resolve("csv")).doesNotExist();
    }

    @Test
    void anUnknownPolicyValueIsAUsageError() {
        CliRun run = CliRun.of("export", "--project", project.toString(), "--policy", "unsafe=sometimes");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("unsafe").contains("sometimes");
    }

    @Test
    void anUnknownLocaleIsAUsageError() {
        CliRun run = CliRun.of("build", "--project", project.toString(), "--locales", "xx");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("unknown language 'xx'");
    }

    private Path write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
