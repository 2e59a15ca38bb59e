package dev.careguide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.model.Guide;
import dev.careguide.model.GuideCodec;
import dev.careguide.model.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileImportTest {

    @TempDir
    Path dir;

    @Test
    void aFolderOfArticlesIsOneGuideNamedAfterTheFolderWithArticlesNamedInside() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("Night Cramps"));
        Files.writeString(folder.resolve("b.txt"), "Exercises\n\n1. Rise on your toes. Repeat 15 times.\n");
        Files.writeString(folder.resolve("a.txt"), PipelineBuildTest.ARTICLE);
        Path out = dir.resolve("out");

        ImportOutcome outcome = FileImport.of(List.of(folder), out).run(PipelineListener.SILENT);

        assertThat(outcome.success()).as(outcome.diagnostics().toString()).isTrue();
        Guide guide = new GuideCodec().read(out.resolve("model.json"));
        assertThat(guide.id()).isEqualTo("night-cramps");
        assertThat(guide.items().stream().flatMap(i -> i.provenance().stream()).map(Provenance::document))
                .contains("a.txt", "b.txt");
        assertThat(out.resolve("import-report.json")).isRegularFile();
    }

    @Test
    void aFolderWithAStrayFileFailsNamingItAndWritesNothing() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("cramps"));
        Files.writeString(folder.resolve("a.txt"), PipelineBuildTest.ARTICLE);
        Files.write(folder.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        ImportOutcome outcome =
                FileImport.of(List.of(folder), dir.resolve("out")).run(PipelineListener.SILENT);

        assertThat(outcome.success()).isFalse();
        assertThat(outcome.errors()).anySatisfy(d -> assertThat(d.file()).endsWith("photo.png"));
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void invalidUtf8IsAnErrorWithTheFilesFullPathAndLine() throws IOException {
        Path article = dir.resolve("broken.txt");
        Files.write(article, new byte[] {'O', 'k', '\n', 'B', 'a', 'd', ' ', (byte) 0xC3, '(', '\n'});

        ImportOutcome outcome =
                FileImport.of(List.of(article), dir.resolve("out")).run(PipelineListener.SILENT);

        assertThat(outcome.success()).isFalse();
        assertThat(outcome.errors()).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo(article.toString());
            assertThat(d.line()).isEqualTo(2);
        });
    }

    @Test
    void anInvalidGuideIdOrLocaleIsAConfigurationError() throws IOException {
        Path article = Files.writeString(dir.resolve("a.txt"), PipelineBuildTest.ARTICLE);

        assertThatThrownBy(() -> FileImport.of(List.of(article), dir.resolve("out"))
                        .withGuideId("Bad Id")
                        .withSourceLocale("xx")
                        .run(PipelineListener.SILENT))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Bad Id")
                .hasMessageContaining("unknown language 'xx'");
    }
}
