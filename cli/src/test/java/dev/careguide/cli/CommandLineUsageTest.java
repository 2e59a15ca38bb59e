package dev.careguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineUsageTest {

    @TempDir
    Path dir;

    @Test
    void helpListsEveryCommandOnStdoutAndExitsZero() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("import", "sync", "check", "export", "stats", "build", "xliff", "tmx");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"import", "sync", "check", "export", "stats", "build"})
    void everyCommandHasHelp(String command) {
        CliRun run = CliRun.of(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: careguide " + command).contains("Exit codes:");
    }

    @Test
    void anUnknownOptionIsAUsageErrorReportedOnStderr() {
        CliRun run = CliRun.of("build", "--no-such-option");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unknown option: '--no-such-option'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingCommandIsAUsageError() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Missing command");
    }

    @Test
    void importingFilesWithoutAnOutputFolderIsAUsageError() throws IOException {
        Path article = Files.writeString(dir.resolve("cramps.txt"), "Leg cramps\n");

        CliRun run = CliRun.of("import", article.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--output-dir");
    }

    @Test
    void aBadOptionValueIsAUsageError() {
        CliRun run = CliRun.of("check", "--format", "xml");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--format");
    }

    @Test
    void aMisspelledCheckNameIsAUsageErrorNamingTheNearestCheck() {
        CliRun run = CliRun.of("check", "--project", dir.toString(), "--severity", "same-as-sorce=off");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("unknown check 'same-as-sorce' (did you mean same-as-source?)");
    }

    @Test
    void listChecksPrintsTheRegistry() {
        CliRun run = CliRun.of("check", "--list-checks");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).containsPattern("(?m)^same-as-source +warning +The translation is identical");
        assertThat(run.out()).containsPattern("(?m)^icu-syntax +error ");
    }

    @Test
    void aNegativeThreadCountIsAUsageError() {
        CliRun run = CliRun.of("build", "--project", dir.toString(), "--threads", "-2");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("threads");
    }

    @Test
    void anOutputFolderOutsideTheProjectIsAUsageErrorNamingIt() {
        Path project = dir.resolve("project");

        CliRun run = CliRun.of(
                "build",
                "--project",
                project.toString(),
                "--output-dir",
                dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("outputDirectory").contains("leads outside the project");
    }

    @Test
    void aMissingArticleIsAContentErrorNamingTheFile() {
        Path missing = dir.resolve("missing.txt");

        CliRun run =
                CliRun.of("import", missing.toString(), "-o", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_ERROR);
        assertThat(run.err()).contains(missing.toString()).contains("does not exist");
        assertThat(Files.exists(dir.resolve("out"))).isFalse();
    }

    @Test
    void versionNamesCareguide() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("careguide ");
    }
}
