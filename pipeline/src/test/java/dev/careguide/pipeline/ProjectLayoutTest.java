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
        ProjectLayout layout = ProjectLayout.defaults(project).withOutputDirectory(Path.of("build/out")).resolved();

        assertThat(layout.outputDirectory()).isEqualTo(project.toAbsolutePath().normalize().resolve("build/out"));
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
}
