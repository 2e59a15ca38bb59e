package dev.careguide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.model.DiagnosticException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentSourcesTest {

    @TempDir
    Path content;

    @Test
    void filesAndFoldersAreGuidesSortedByIdWithArticlesSortedByName() throws IOException {
        write("night-cramps.txt");
        write("back-pain/02-exercises.txt");
        write("back-pain/01-causes.txt");
        write(".hidden.txt");

        List<GuideSource> guides = ContentSources.scan(content);

        assertThat(guides).extracting(GuideSource::id).containsExactly("back-pain", "night-cramps");
        assertThat(guides.get(0).documents())
                .containsExactly(
                        content.resolve("back-pain/01-causes.txt"), content.resolve("back-pain/02-exercises.txt"));
        assertThat(guides.get(1).documents()).containsExactly(content.resolve("night-cramps.txt"));
    }

    @Test
    void aGuideIdThatIsNotKebabCaseIsAnErrorNamingTheFile() throws IOException {
        write("Leg Cramps.txt");

        assertThatThrownBy(() -> ContentSources.scan(content))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("Leg Cramps.txt")
                .hasMessageContaining("must be kebab-case");
    }

    @Test
    void aStrayFileIsAnErrorNotSilentlySkipped() throws IOException {
        write("leg-cramps.txt");
        write("notes.docx");

        assertThatThrownBy(() -> ContentSources.scan(content))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("notes.docx");
    }

    @Test
    void anEmptyContentFolderIsAnError() {
        assertThatThrownBy(() -> ContentSources.scan(content))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("holds no");
    }

    private void write(String path) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Leg cramps\n\nStretch the calf.\n");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "ui.txt      | reserved for the UI messages",
                "con.txt     | Windows reserves",
                "nul.txt     | Windows reserves",
                "aux/a.txt   | Windows reserves",
                "com1.txt    | Windows reserves",
                "lpt9.txt    | Windows reserves",
                "prn.txt     | Windows reserves",
                "Leg.txt     | kebab-case",
            })
    void aGuideIdThatCannotNameItsFilesIsAContentErrorNamingTheArticle(String file, String says) throws IOException {
        write(file);

        assertThatThrownBy(() -> ContentSources.scan(content))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e -> assertThat(e.diagnostics()).singleElement().satisfies(d -> {
                            assertThat(d.code()).isEqualTo("guide-id");
                            assertThat(d.file())
                                    .startsWith(
                                            content.resolve(file.split("/")[0]).toString());
                            assertThat(d.message()).contains(says);
                        }));
    }

    @Test
    void aGuideIdLongerThanAnItemIdMayBeIsRefusedWithTheLimit() throws IOException {
        write("a".repeat(81) + ".txt");

        assertThatThrownBy(() -> ContentSources.scan(content))
                .hasMessageContaining("81 characters long, more than" + " the 80 allowed");
    }
}
