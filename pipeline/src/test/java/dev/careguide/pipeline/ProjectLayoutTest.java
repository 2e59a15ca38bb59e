package dev.careguide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLayoutTest {

    @TempDir
    Path project;

    @Test
    void defaultsFollowTheConventionalLayoutAndUseOnlyExistingOptionalFiles() throws IOException {
        Files.createDirectories(project.resolve("src/main/careguide"));
        Files.writeString(project.resolve("src/main/careguide/glossary.yaml"), "terms: []\n");

        ProjectLayout layout = ProjectLayout.defaults(project);

        assertThat(layout.sourceDirectory()).isEqualTo(project.resolve("src/main/content"));
        assertThat(layout.i18nDirectory()).isEqualTo(project.resolve("src/main/i18n"));
        assertThat(layout.outputDirectory()).isEqualTo(project.resolve("target/careguide"));
        assertThat(layout.glossary()).contains(project.resolve("src/main/careguide/glossary.yaml"));
        assertThat(layout.rules()).isEmpty();
        assertThat(layout.editorial()).isEmpty();
        assertThat(layout.bundleZip()).isEqualTo(project.resolve("target/careguide/careguide-bundle.zip"));
    }

    @Test
    void relativePathsResolveAgainstTheProject() {
        ProjectLayout layout = ProjectLayout.defaults(project)
                .withOutputDirectory(Path.of("build/out"))
                .resolved();

        assertThat(layout.outputDirectory())
                .isEqualTo(project.toAbsolutePath().normalize().resolve("build/out"));
    }

    @Test
    void pathsEscapingTheProjectAreRejectedByName() {
        ProjectLayout layout = ProjectLayout.defaults(project)
                .withOutputDirectory(Path.of("../elsewhere"))
                .withI18nDirectory(project.resolve("src/../../i18n"));

        assertThatThrownBy(layout::resolved)
                .isInstanceOf(ConfigurationException.class)
                .satisfies(e -> assertThat(((ConfigurationException) e).diagnostics())
                        .extracting(Diagnostic::code)
                        .containsExactly("path-outside-project", "path-outside-project"))
                .hasMessageContaining("outputDirectory ../elsewhere leads outside the project")
                .hasMessageContaining("i18nDirectory");
    }

    @Test
    void aSymbolicLinkLeadingOutOfTheProjectIsRejected(@TempDir Path outside) throws IOException {
        Files.createDirectories(project.resolve("src/main"));
        Files.createSymbolicLink(project.resolve("src/main/content"), outside);

        assertThatThrownBy(() -> ProjectLayout.defaults(project).resolved())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("sourceDirectory");
    }

    @Test
    void aNamedOptionalFileThatDoesNotExistIsAnError() {
        ProjectLayout layout = ProjectLayout.defaults(project).withRulesFile(Path.of("rules.yaml"));

        assertThatThrownBy(layout::resolved)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("rulesFile")
                .hasMessageContaining("does not exist");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "-o {0}")
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"src/main/content", "src/main/content/out", "src/main/i18n", "src/main/i18n/ui"})
    void anOutputFolderInsideASourceFolderIsRefused(String output) {
        ProjectLayout layout = ProjectLayout.defaults(project).withOutputDirectory(Path.of(output));

        assertThatThrownBy(layout::resolved)
                .isInstanceOfSatisfying(
                        ConfigurationException.class,
                        e -> assertThat(e.diagnostics()).singleElement().satisfies(d -> {
                            assertThat(d.code()).isEqualTo("output-overlaps-source");
                            assertThat(d.message()).contains("outputDirectory ", output);
                        }));
    }

    @Test
    void anOutputFolderReachingASourceFolderThroughALinkIsRefused() throws IOException {
        Files.createDirectories(project.resolve("src/main/content"));
        Files.createSymbolicLink(project.resolve("dist"), project.resolve("src/main/content"));

        assertThatThrownBy(() -> ProjectLayout.defaults(project)
                        .withOutputDirectory(Path.of("dist"))
                        .resolved())
                .hasMessageContaining("is the same folder as the sourceDirectory");
    }

    @Test
    void aFifoWhereAnOptionalFileGoesIsRefusedNotTakenForAbsent() throws Exception {
        Path careguide = Files.createDirectories(project.resolve("src/main/careguide"));
        Path fifo = careguide.resolve("editorial.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");

        assertThatThrownBy(() -> ProjectLayout.defaults(project).resolved())
                .hasMessageContaining("editorialFile")
                .hasMessageContaining("not a regular file");
    }
}
