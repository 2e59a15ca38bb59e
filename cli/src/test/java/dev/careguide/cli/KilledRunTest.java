package dev.careguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A build killed between replacing the bundle and its zip, or a sync killed while moving the catalogs in, is
 * finished by the next run, and nothing a translator wrote is lost.
 */
class KilledRunTest {

    @TempDir
    Path project;

    private Path out;

    @BeforeEach
    void buildOnce() throws IOException {
        Files.createDirectories(project.resolve("src/main/content"));
        Files.writeString(project.resolve("src/main/content/night-cramps.txt"), ContentCommandsTest.ARTICLE);
        out = project.resolve("target/careguide");
        assertThat(CliRun.of("build", "-p", project.toString(), "-l", "de").exitCode())
                .isZero();
    }

    @ParameterizedTest(name = "killed at {0}")
    @ValueSource(strings = {"journal", "moved:0", "aside:1"})
    void aBuildKilledMidWayIsFinishedByTheNextAndLeavesNothingBehind(String step) throws Exception {
        Files.writeString(
                project.resolve("src/main/content/day-cramps.txt"),
                ContentCommandsTest.ARTICLE.replace("night", "day"));

        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingMain.class.getName(),
                        step,
                        "build",
                        "-p",
                        project.toString(),
                        "-l",
                        "de",
                        "-t",
                        "1")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(child.waitFor()).isEqualTo(CrashingMain.KILLED);
        assertThat(hiddenEntries()).isNotEmpty();

        CliRun next = CliRun.of("build", "-p", project.toString(), "-l", "de");

        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(out.resolve("bundle/json/de/day-cramps.json")).exists();
        assertThat(zipContent()).isEqualTo(bundleContent());
        assertThat(hiddenEntries()).containsOnly(".careguide-fingerprint");
    }

    @ParameterizedTest(name = "killed at {0}")
    @ValueSource(strings = {"journal", "moved:0"})
    void aSyncKilledMidWayLosesNoTranslationOrPreviousSourceHint(String step) throws Exception {
        Path i18n = project.resolve("src/main/i18n");
        Path de = i18n.resolve("night-cramps/messages_de.properties");
        assertThat(CliRun.of("sync", "-p", project.toString(), "-l", "de,ru").exitCode())
                .isZero();
        Files.writeString(de, Files.readString(de).replace("# guide.title=", "guide.title=Wadenkrämpfe in der Nacht"));
        assertThat(CliRun.of("sync", "-p", project.toString(), "-l", "de,ru").exitCode())
                .isZero();
        Files.writeString(
                project.resolve("src/main/content/night-cramps.txt"),
                ContentCommandsTest.ARTICLE.replace("Leg cramps at night", "Leg cramps at night and in the day"));

        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingMain.class.getName(),
                        step,
                        "sync",
                        "-p",
                        project.toString(),
                        "-l",
                        "de,ru")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(child.waitFor()).isEqualTo(CrashingMain.KILLED);

        CliRun next = CliRun.of("sync", "-p", project.toString(), "-l", "de,ru");

        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(Files.readString(de))
                .contains("#| previous source: Leg cramps at night\n", "guide.title=Wadenkrämpfe in der Nacht");
        try (Stream<Path> entries = Files.list(i18n)) {
            assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    private List<String> hiddenEntries() throws IOException {
        try (Stream<Path> entries = Files.list(out)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("."))
                    .toList();
        }
    }

    private Map<String, String> bundleContent() throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path bundle = out.resolve("bundle");
        try (Stream<Path> walk = Files.walk(bundle)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(
                        bundle.relativize(p).toString().replace('\\', '/'),
                        Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private Map<String, String> zipContent() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (ZipFile zip = new ZipFile(out.resolve("careguide-bundle.zip").toFile())) {
            for (ZipEntry entry : new ArrayList<>(java.util.Collections.list(zip.entries()))) {
                files.put(
                        entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
