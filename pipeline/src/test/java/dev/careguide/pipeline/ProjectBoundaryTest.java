package dev.careguide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.model.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic links in the content and i18n folders never bring in files from outside the project. */
class ProjectBoundaryTest {

    private static final String SECRET = "Secret outside text";

    @TempDir
    Path project;

    @TempDir
    Path outside;

    private final PipelineListener quiet = new PipelineListener() {
        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {}
    };

    @BeforeEach
    void writeProject() throws IOException {
        write(project.resolve("src/main/content/night-cramps.txt"), PipelineBuildTest.ARTICLE);
        Files.createDirectories(project.resolve("src/main/i18n"));
        write(outside.resolve("secret.txt"), SECRET + "\n\n" + PipelineBuildTest.ARTICLE.replace("Leg", SECRET));
        write(outside.resolve("guide/a.txt"), SECRET + "\n\n" + PipelineBuildTest.ARTICLE);
        write(outside.resolve("messages_de.properties"), "guide.title=" + SECRET + "\n");
    }

    @org.junit.jupiter.api.AfterEach
    void removeLinks() throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            for (Path link : files.filter(Files::isSymbolicLink).toList()) {
                Files.delete(link);
            }
        }
    }

    private BuildOutcome build() {
        return new Pipeline(
                        PipelineConfig.builder(ProjectLayout.defaults(project))
                                .locales(List.of("de"))
                                .build(),
                        quiet)
                .build();
    }

    private void assertRefused(Path link, String target) throws IOException {
        BuildOutcome outcome = build();

        assertThat(outcome.success()).isFalse();
        assertThat(outcome.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("link-outside-project");
            assertThat(d.file()).isEqualTo(link.toString());
            assertThat(d.message()).contains(target);
        });
        assertThat(project.resolve("target/careguide/bundle")).doesNotExist();
        assertThat(project.resolve("target/careguide/careguide-bundle.zip")).doesNotExist();
        assertThat(filesContaining(project.resolve("target"), SECRET)).isEmpty();
    }

    @Test
    void aLinkToAFileOutsideTheContentFolderIsRefused() throws IOException {
        Path link =
                Files.createSymbolicLink(project.resolve("src/main/content/passwd.txt"), outside.resolve("secret.txt"));

        assertRefused(link, outside.resolve("secret.txt").toString());
    }

    @Test
    void aLinkedGuideFolderOutsideIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(project.resolve("src/main/content/elsewhere"), outside.resolve("guide"));

        assertRefused(link, outside.resolve("guide").toString());
    }

    @Test
    void aLinkedCatalogOutsideIsRefused() throws IOException {
        Files.createDirectories(project.resolve("src/main/i18n/night-cramps"));
        Path link = Files.createSymbolicLink(
                project.resolve("src/main/i18n/night-cramps/messages_de.properties"),
                outside.resolve("messages_de.properties"));

        assertRefused(link, outside.resolve("messages_de.properties").toString());
    }

    @Test
    void aLinkThroughARelativePathUpAndOutIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(
                project.resolve("src/main/content/up.txt"),
                project.resolve("src/main/content").relativize(outside.resolve("secret.txt")));

        assertRefused(link, "secret.txt");
    }

    @Test
    void aLinkThatStaysInsideTheProjectIsRead() throws IOException {
        write(project.resolve("articles/day-cramps.txt"), PipelineBuildTest.ARTICLE.replace("night", "day"));
        Files.createSymbolicLink(
                project.resolve("src/main/content/day-cramps.txt"), project.resolve("articles/day-cramps.txt"));

        BuildOutcome outcome = build();

        assertThat(outcome.errors()).isEmpty();
        assertThat(project.resolve("target/careguide/bundle/json/de/day-cramps.json"))
                .exists();
    }

    @Test
    void aBrokenLinkAndALoopAreEachAnError() throws IOException {
        Files.createSymbolicLink(project.resolve("src/main/content/gone.txt"), outside.resolve("gone.txt"));
        Files.createDirectories(project.resolve("src/main/content/loop"));
        Files.createSymbolicLink(project.resolve("src/main/content/loop/again"), project.resolve("src/main/content"));

        BuildOutcome outcome = build();

        assertThat(outcome.errors())
                .extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).startsWith("broken symbolic link to " + outside.resolve("gone.txt")))
                .anySatisfy(m -> assertThat(m).startsWith("symbolic link loop"));
        assertThat(project.resolve("target/careguide/bundle")).doesNotExist();
    }

    private static List<Path> filesContaining(Path root, String text) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        try {
                            return new String(Files.readAllBytes(f), StandardCharsets.UTF_8).contains(text);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
