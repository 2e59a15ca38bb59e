package dev.careguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** xliff and tmx as a translator runs them, in-process on a small content project. */
class TranslationExchangeCommandsTest {

    @TempDir
    Path project;

    private Path german;

    @BeforeEach
    void syncAndTranslateOneString() throws IOException {
        write("src/main/content/night-cramps.txt", ContentCommandsTest.ARTICLE);
        assertThat(CliRun.of("sync", "-p", project.toString(), "-l", "de").exitCode())
                .isZero();
        german = project.resolve("src/main/i18n/night-cramps/messages_de.properties");
        String text = Files.readString(german, StandardCharsets.UTF_8);
        assertThat(text).contains("# guide.title=\n");
        Files.writeString(
                german,
                text.replace("# guide.title=\n", "guide.title=Nächtliche Wadenkrämpfe\n"),
                StandardCharsets.UTF_8);
    }

    private Path write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void xliffGoesOutAndAnEditedTargetComesBackIntoTheCatalogAlone() throws IOException {
        Path out = project.resolve("for-translator");
        CliRun export = CliRun.of("xliff", "export", "-p", project.toString(), "-l", "de", "-o", out.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        Path xlf = out.resolve("night-cramps.de.xlf");
        assertThat(export.out().strip()).isEqualTo(xlf.toString());

        String before = Files.readString(german, StandardCharsets.UTF_8);
        String xliff = Files.readString(xlf, StandardCharsets.UTF_8);
        Files.writeString(
                xlf,
                xliff.replace("<target>Nächtliche Wadenkrämpfe</target>", "<target>Wadenkrämpfe in der Nacht</target>"),
                StandardCharsets.UTF_8);
        CliRun imported = CliRun.of("xliff", "import", "-p", project.toString(), xlf.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).isEqualTo(german.toString());
        assertThat(Files.readString(german, StandardCharsets.UTF_8))
                .isEqualTo(
                        before.replace("guide.title=Nächtliche Wadenkrämpfe", "guide.title=Wadenkrämpfe in der Nacht"));
    }

    @Test
    void xliffOfCatalogsBehindTheContentIsRefusedUntilSync() throws IOException {
        write(
                "src/main/content/night-cramps.txt",
                ContentCommandsTest.ARTICLE.replace("Leg cramps at night", "Leg cramps at night and in the morning"));
        CliRun run = CliRun.of(
                "xliff",
                "export",
                "-p",
                project.toString(),
                "-o",
                project.resolve("x").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_ERROR);
        assertThat(run.err()).contains("not in step with the content; run careguide sync first");
        assertThat(project.resolve("x")).doesNotExist();
    }

    @Test
    void tmxExportHoldsTheGermanPairsAndImportedMemoryFeedsSuggestions() throws IOException {
        Path tmx = project.resolve("tm.tmx");
        CliRun export = CliRun.of("tmx", "export", "-p", project.toString(), "-o", tmx.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readString(tmx, StandardCharsets.UTF_8))
                .contains("<tuv xml:lang=\"de\"><seg>Nächtliche " + "Wadenkrämpfe</seg></tuv>")
                .contains("<tuv xml:lang=\"en\"><seg>Leg cramps at night</seg></tuv>");

        Path vendor = write("vendor.tmx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header srclang="en" creationtool="x" creationtoolversion="1" segtype="sentence"
                  o-tmf="x" adminlang="en" datatype="plaintext"/>
                <body><tu><tuv xml:lang="en"><seg>Flat feet.</seg></tuv>
                <tuv xml:lang="de"><seg>Plattfüße.</seg></tuv></tu></body></tmx>
                """);
        CliRun imported = CliRun.of("tmx", "import", "-p", project.toString(), vendor.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(project.resolve("src/main/i18n/memory.tmx")).exists();

        assertThat(CliRun.of("sync", "-p", project.toString()).exitCode()).isZero();
        assertThat(Files.readString(german, StandardCharsets.UTF_8))
                .contains("#? 99% · en: Flat feet. · de: Plattfüße. · from vendor.tmx\n# cause.flat-feet.title=\n")
                .containsPattern("#\\? 100% · en: Flat feet\\. · de: Plattfüße\\. · "
                        + "from vendor\\.tmx\\n# cause\\.flat-feet\\.description=");
    }
}
